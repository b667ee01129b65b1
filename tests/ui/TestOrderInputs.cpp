// SPDX-License-Identifier: Apache-2.0
// The order dialog's inputs in real widgets against a fake bank desk: the
// attached letter (PDF or scan) can be previewed and removed, its validity
// dates only take input where a letter matters, and messages that come and go
// as the officer types never move the rest of the form.
#include "FakeDesks.h"
#include "bank/PlaceOrderDialog.h"
#include "viewer/ReportViewer.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
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
