// SPDX-License-Identifier: Apache-2.0
// The order dialog's inputs in real widgets against a fake bank desk: the
// attached letter (PDF or scan) can be previewed and removed, its validity
// dates only take input where a letter matters, and messages that come and go
// as the officer types never move the rest of the form. A recorded
// authorisation of the typed enterprise that covers the product is offered
// instead of a new letter, and the order then names it.
#include "FakeAuthorisationDesk.h"
#include "FakeClock.h"
#include "FakeDesks.h"
#include "market/AuthorisationDocument.h"
#include "bank/PlaceOrderDialog.h"
#include "viewer/ReportViewer.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kNeedsLetter = 1001, kNoLetter = 1002;

QList<market::ProductInfo> products()
{
    market::ProductInfo withLetter;
    withLetter.productId = kNeedsLetter;
    withLetter.name = u"企业信用报告（标准版）"_s;
    withLetter.bureauName = u"华信征信有限公司"_s;
    withLetter.priceFen = 168000;
    withLetter.slaHours = 24;
    withLetter.authorisationRequired = true;
    market::ProductInfo withoutLetter = withLetter;
    withoutLetter.productId = kNoLetter;
    withoutLetter.name = u"工商信息查询"_s;
    withoutLetter.authorisationRequired = false;
    return { withLetter, withoutLetter };
}

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QString writePdfLetter(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"授权书.pdf"_s);
    QPdfWriter writer(path);
    QPainter painter(&writer);
    painter.drawText(QPointF(200, 400), u"Authorisation letter"_s);
    painter.end();
    return path;
}

QString writeScanLetter(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"scan.png"_s);
    QImage scan(300, 420, QImage::Format_RGB32);
    scan.fill(Qt::white);
    scan.save(path, "PNG");
    return path;
}

bool letterRead(ui::PlaceOrderDialog &dialog)
{
    return child<QPushButton>(&dialog, "previewLetterButton")->isEnabled();
}

} // namespace

class TestOrderInputs final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void offersTheEnterprisesRecordedAuthorisation()
    {
        constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
        const QString code = u"91310115303456638P"_s;
        const QByteArray salt(16, '\x33');
        test::FakeClock clock;
        test::FakeAuthorisationDesk authorisations;
        const auto recorded = [&](quint64 id, qint64 fromDays, qint64 untilDays) {
            market::AuthorisationInfo a;
            a.authorisationId = id;
            a.enterpriseCommitment = market::enterpriseCommitment(salt, code);
            a.productIds = { kNeedsLetter };
            a.validFromMs = static_cast<quint64>(clock.epochMs() + fromDays * kDayMs);
            a.validUntilMs = static_cast<quint64>(clock.epochMs() + untilDays * kDayMs);
            return a;
        };
        market::AuthorisationInfo usable = recorded(77, -5, 100);
        usable.uses = 3;
        market::AuthorisationInfo otherEnterprise = recorded(79, -5, 100);
        otherEnterprise.enterpriseCommitment = market::enterpriseCommitment(salt, u"91110000100000589B"_s);
        authorisations.list = { otherEnterprise, usable, recorded(78, -300, -1) };

        test::FakeBankDesk desk;
        ui::PlaceOrderDialog dialog(desk, products(), kNeedsLetter, nullptr, clock, &authorisations);
        dialog.show();
        // Only letters of authorisations valid today are opened.
        QCOMPARE(authorisations.letterRequests, (QList<QList<quint64>> { { 79, 77 } }));
        auto *choice = child<QComboBox>(&dialog, "authorisationChoice");
        QVERIFY(!choice->isVisible());
        desk::AuthorisationLetterView letter;
        letter.authorisationId = 77;
        letter.enterpriseName = u"上海浦江机电有限公司"_s;
        letter.enterpriseCode = code;
        letter.fileName = u"授权书.pdf"_s;
        letter.mediaType = u"application/pdf"_s;
        const QDate today = QDateTime::fromMSecsSinceEpoch(clock.epochMs()).date();
        letter.validFrom = today.addDays(-5).toString(Qt::ISODate);
        letter.validUntil = today.addDays(99).toString(Qt::ISODate);
        letter.content = "%PDF-1.4\n% recorded letter\n";
        letter.commitmentSalt = salt;
        Q_EMIT authorisations.letterOpened(letter);
        desk::AuthorisationLetterView other = letter;
        other.authorisationId = 79;
        other.enterpriseCode = u"91110000100000589B"_s;
        Q_EMIT authorisations.letterOpened(other);
        QVERIFY(!choice->isVisible()); // no enterprise typed yet

        child<QLineEdit>(&dialog, "enterpriseName")->setText(letter.enterpriseName);
        QTest::keyClicks(child<QLineEdit>(&dialog, "creditCode"), code);
        QTest::keyClicks(child<QLineEdit>(&dialog, "purpose"), u"Credit line review"_s);
        QVERIFY(choice->isVisible());
        QCOMPARE(choice->count(), 2);
        QCOMPARE(choice->itemText(0),
            u"Use recorded authorisation 77 (valid %1 to %2, used 3 time(s))"_s.arg(
                letter.validFrom, letter.validUntil));
        QCOMPARE(choice->itemText(1), u"Attach a new letter"_s);
        QCOMPARE(choice->currentIndex(), 0);
        auto *review = child<QPushButton>(&dialog, "reviewButton");
        QVERIFY(review->isEnabled()); // no letter attached: the recorded one's goes with the order
        QVERIFY(!child<QPushButton>(&dialog, "attachLetterButton")->isEnabled());

        // Attach a new letter instead: the product needs one, so the order waits for it.
        dialog.useRecordedAuthorisation(0);
        QVERIFY(!review->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "attachLetterButton")->isEnabled());
        // Another enterprise typed: its own authorisation only; one without any: nothing to offer.
        auto *codeEdit = child<QLineEdit>(&dialog, "creditCode");
        codeEdit->setText(other.enterpriseCode);
        QVERIFY(choice->isVisible());
        QCOMPARE(choice->count(), 2);
        QVERIFY(choice->itemText(0).startsWith(u"Use recorded authorisation 79 "_s));
        codeEdit->setText(u"914403001922038216"_s);
        QVERIFY(!choice->isVisible());
        // Back to the first: the officer's choice of a new letter stays.
        codeEdit->setText(code);
        QVERIFY(choice->isVisible());
        QCOMPARE(choice->currentData().toULongLong(), 0ULL);

        dialog.useRecordedAuthorisation(77);
        QTest::mouseClick(review, Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "orderSummary")->text().contains(u"recorded authorisation 77"_s));
        QTest::mouseClick(child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
        QCOMPARE(desk.placed.size(), 1);
        const desk::OrderDraft &placed = desk.placed.first();
        QCOMPARE(placed.recordedAuthorisationId, 77ULL);
        QCOMPARE(placed.commitmentSalt, salt);
        QVERIFY(placed.letter.has_value());
        QCOMPARE(placed.letter->content, letter.content);
        QCOMPARE(placed.letter->validUntil, letter.validUntil);
        QVERIFY(authorisations.recorded.isEmpty()); // nothing recorded anew
    }

    void letterDatesOnlyWhereALetterMatters()
    {
        test::FakeBankDesk desk;
        ui::PlaceOrderDialog dialog(desk, products(), kNoLetter);
        dialog.show();
        auto *from = child<QDateEdit>(&dialog, "validFrom");
        auto *until = child<QDateEdit>(&dialog, "validUntil");
        QVERIFY(!from->isEnabled());
        QVERIFY(!until->isEnabled());

        auto *productCombo = dialog.findChild<QComboBox *>(u"productCombo"_s);
        productCombo->setCurrentIndex(0); // the product that needs a letter
        QVERIFY(from->isEnabled());
        QVERIFY(until->isEnabled());
        productCombo->setCurrentIndex(1);
        QVERIFY(!from->isEnabled());

        // A letter attached anyway goes with the order: its dates can be given.
        dialog.setLetterFile(writePdfLetter(m_dir));
        QTRY_VERIFY(letterRead(dialog));
        QVERIFY(from->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, "removeLetterButton"), Qt::LeftButton);
        QVERIFY(!from->isEnabled());
    }

    void pdfLetterCanBePreviewedAndRemoved()
    {
        test::FakeBankDesk desk;
        ui::PlaceOrderDialog dialog(desk, products(), kNeedsLetter);
        dialog.show();
        QVERIFY(!child<QPushButton>(&dialog, "previewLetterButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "removeLetterButton")->isEnabled());

        dialog.setLetterFile(writePdfLetter(m_dir));
        QTRY_VERIFY(letterRead(dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, "previewLetterButton"), Qt::LeftButton);
        QDialog *preview = nullptr;
        QTRY_VERIFY((preview = dialog.findChild<QDialog *>(u"letterPreview"_s)) && preview->isVisible());
        QVERIFY(preview->windowTitle().contains(u"授权书.pdf"_s));
        auto *viewer = child<ui::ReportViewer>(preview, "letterPdfViewer");
        QCOMPARE(child<QStackedWidget>(preview, "letterStack")->currentWidget(), viewer);
        QCOMPARE(viewer->pageCount(), 1);
        preview->close();

        QTest::mouseClick(child<QPushButton>(&dialog, "removeLetterButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&dialog, "letterStatus")->text(), u"No letter attached."_s);
        QVERIFY(!child<QPushButton>(&dialog, "previewLetterButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "removeLetterButton")->isEnabled());
        // The order no longer carries it: this product asks for one again.
        child<QLineEdit>(&dialog, "enterpriseName")->setText(u"上海示例数据科技有限公司"_s);
        child<QLineEdit>(&dialog, "creditCode")->setText(u"91310115303456638P"_s);
        child<QLineEdit>(&dialog, "purpose")->setText(u"贷前审查"_s);
        QVERIFY2(dialog.problem().contains(u"authorisation letter"_s), qPrintable(dialog.problem()));
        QVERIFY(!child<QPushButton>(&dialog, "reviewButton")->isEnabled());
    }

    void scannedLetterPreviewsAsAnImage()
    {
        test::FakeBankDesk desk;
        ui::PlaceOrderDialog dialog(desk, products(), kNeedsLetter);
        dialog.show();
        dialog.setLetterFile(writeScanLetter(m_dir));
        QTRY_VERIFY(letterRead(dialog));
        dialog.previewLetter();
        auto *preview = dialog.findChild<QDialog *>(u"letterPreview"_s);
        QVERIFY(preview && preview->isVisible());
        auto *image = child<QLabel>(preview, "letterImageLabel");
        QCOMPARE(image->pixmap().size(), QSize(300, 420));
        QVERIFY(image->isVisible());
    }

    void letterErrorKeepsTheFormInPlace()
    {
        test::FakeBankDesk desk;
        ui::PlaceOrderDialog dialog(desk, products(), kNeedsLetter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QHash<QWidget *, QRect> before;
        for (QWidget *w : dialog.findChildren<QWidget *>())
            before.insert(w, w->geometry());
        // Not a PDF, PNG or JPEG: refused, with what to do, and nothing moves.
        const QString path = m_dir.filePath(u"letter-signed-by-the-enterprise-director.docx"_s);
        QFile notALetter(path);
        QVERIFY(notALetter.open(QIODevice::WriteOnly));
        notALetter.write("PK\x03\x04 a word document");
        notALetter.close();
        auto *status = child<QLabel>(&dialog, "letterStatus");
        dialog.setLetterFile(path);
        QTRY_VERIFY(status->text().contains(u"not a PDF, PNG or JPEG"_s));
        QVERIFY(!child<QPushButton>(&dialog, "previewLetterButton")->isEnabled());
        QVERIFY2(status->heightForWidth(status->width()) <= status->height(), qPrintable(status->text()));
        QApplication::processEvents();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(it.key()->geometry() == it.value(), qPrintable(it.key()->objectName()));
    }

    void messagesDoNotMoveTheForm()
    {
        test::FakeBankDesk desk;
        ui::PlaceOrderDialog dialog(desk, products(), kNeedsLetter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *hint = child<QLabel>(&dialog, "creditCodeHint");
        auto *problem = child<QLabel>(&dialog, "formProblem");
        QVERIFY(hint->text().isEmpty());
        QVERIFY(problem->text().isEmpty());
        const QSize dialogSize = dialog.size();
        QHash<QWidget *, QRect> before;
        for (QWidget *w : dialog.findChildren<QWidget *>())
            before.insert(w, w->geometry());

        // A character not allowed (I): the longest message the code check gives.
        QTest::keyClicks(child<QLineEdit>(&dialog, "creditCode"), u"91310115303456638I"_s);
        QVERIFY2(hint->text().contains(u"not allowed"_s), qPrintable(hint->text()));
        QVERIFY(!hint->text().isEmpty());
        QVERIFY(!problem->text().isEmpty());
        QApplication::processEvents();
        QCOMPARE(dialog.size(), dialogSize);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(it.key()->geometry() == it.value(), qPrintable(it.key()->objectName()));
        // The reserved lines hold the whole message: nothing is cut off.
        for (QLabel *label : { hint, problem, child<QLabel>(&dialog, "productInfo") })
            QVERIFY2(label->heightForWidth(label->width()) <= label->height(),
                qPrintable(u"%1 px wide, needs %2 px, has %3: %4"_s.arg(label->width())
                               .arg(label->heightForWidth(label->width()))
                               .arg(label->height())
                               .arg(label->text())));

        // A wrong check character, then a right code: still nothing moves.
        QLineEdit *code = child<QLineEdit>(&dialog, "creditCode");
        code->setText(u"91310115303456638X"_s);
        QVERIFY(!hint->text().isEmpty());
        code->setText(u"91310115303456638P"_s);
        QVERIFY(hint->text().isEmpty());
        QApplication::processEvents();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(it.key()->geometry() == it.value(), qPrintable(it.key()->objectName()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestOrderInputs)
#include "TestOrderInputs.moc"
