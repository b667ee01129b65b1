// SPDX-License-Identifier: Apache-2.0
// The bureau's models and dialogs without a chain: model contracts
// (QAbstractItemModelTester), new-first order and the SLA countdown, pending
// rows, the reject dialog's required reason, price in fen, the authorisation
// letter's validity and viewers, and the checks on an attached report PDF.
#include "bureau/AuthorisationLetterView.h"
#include "bureau/BureauProductsModel.h"
#include "FakeClock.h"
#include "bureau/OrderInboxModel.h"
#include "bureau/ProductEditorDialog.h"
#include "bureau/RejectOrderDialog.h"
#include "bureau/ReportSource.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using ui::BureauProductsModel;
using ui::OrderInboxModel;

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kT0 = 1'750'000'000'000; // a fixed "now"

market::OrderSummary order(quint64 id, market::OrderState state, qint64 placedAt, quint32 slaHours)
{
    market::OrderSummary o;
    o.orderId = id;
    o.state = state;
    o.placedAtMs = static_cast<quint64>(placedAt);
    o.updatedAtMs = o.placedAtMs;
    o.slaHours = slaHours;
    o.productName = QStringLiteral("企业信用基础报告");
    o.bankName = QStringLiteral("上海申江商业银行股份有限公司");
    o.priceFen = 8800;
    return o;
}

market::ProductInfo product(quint64 id, bool listed)
{
    market::ProductInfo p;
    p.productId = id;
    p.name = QStringLiteral("产品 %1").arg(id);
    p.priceFen = 12345;
    p.slaHours = 24;
    p.deliveryFormat = QStringLiteral("PDF");
    p.listed = listed;
    return p;
}

QByteArray smallPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.drawText(QPointF(100, 100), QStringLiteral("Authorisation"));
    painter.end();
    return bytes;
}

market::AuthorisationLetter letter(const QString &type, const QByteArray &content)
{
    market::AuthorisationLetter l;
    l.fileName = QStringLiteral("letter");
    l.mediaType = type;
    l.validFrom = QStringLiteral("2025-01-01");
    l.validUntil = QStringLiteral("2025-12-31");
    l.content = content;
    return l;
}
} // namespace

class TestBureauModels final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void inboxPutsNewOrdersFirstAndCountsDown()
    {
        test::FakeClock clock;
        clock.setEpochMs(kT0);
        OrderInboxModel model(clock);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(OrderInboxModel::kStateRole);
        proxy.setFilterKeyColumn(OrderInboxModel::State);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Newest first, as MarketQueries returns them.
        model.setOrders({ order(5, market::OrderState::Accepted, kT0 - 30 * kHour, 24),
            order(4, market::OrderState::Placed, kT0 - 2 * kHour, 24),
            order(3, market::OrderState::Completed, kT0 - 50 * kHour, 24),
            order(2, market::OrderState::Placed, kT0 - 26 * kHour, 24) });
        QList<quint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(OrderInboxModel::kOrderIdRole).toULongLong();
        QCOMPARE(ids, (QList<quint64> { 4, 2, 5, 3 }));

        const auto sla = [&model](int row) { return model.index(row, OrderInboxModel::Sla); };
        QCOMPARE(sla(0).data().toString(), QStringLiteral("22 h 0 min left"));
        QVERIFY(!sla(0).data(OrderInboxModel::kOverdueRole).toBool());
        QCOMPARE(sla(1).data().toString(), QStringLiteral("overdue by 2 h 0 min"));
        QVERIFY(sla(1).data(OrderInboxModel::kOverdueRole).toBool());
        QVERIFY(sla(1).data(Qt::ForegroundRole).isValid());
        QVERIFY(sla(2).data(OrderInboxModel::kOverdueRole).toBool()); // accepted, still owes the report
        QVERIFY(!sla(3).data(OrderInboxModel::kOverdueRole).toBool()); // completed: no countdown
        QCOMPARE(sla(3).data().toString(), QStringLiteral("—"));

        // Once accepted, the SLA runs from the acceptance (as the bank's My orders shows it).
        auto accepted = order(6, market::OrderState::Accepted, kT0 - 30 * kHour, 24);
        accepted.updatedAtMs = static_cast<quint64>(kT0 - 2 * kHour);
        QCOMPARE(model.slaRemaining(accepted), std::optional<qint64>(22 * kHour));

        clock.advanceMs(23 * kHour); // the clock moves: order 4 is now late too
        model.tick();
        QVERIFY(sla(0).data(OrderInboxModel::kOverdueRole).toBool());
        QCOMPARE(sla(0).data().toString(), QStringLiteral("overdue by 1 h 0 min"));

        proxy.setFilterRegularExpression(QStringLiteral("^%1$").arg(int(market::OrderState::Placed)));
        QCOMPARE(proxy.rowCount(), 2);
        model.setActionText(4, QStringLiteral("Accepting…"));
        QCOMPARE(model.index(0, OrderInboxModel::State).data().toString(), QStringLiteral("Accepting…"));
        model.setActionText(4, {});
        // The same word as the bank's My orders (OrderText): one state, one name.
        QCOMPARE(model.index(0, OrderInboxModel::State).data().toString(), QStringLiteral("Placed"));

        // A commit changes one order: it moves in place, the others stay; a new one joins.
        auto four = order(4, market::OrderState::Accepted, kT0 - 2 * kHour, 24);
        model.updateOrders({ four, order(7, market::OrderState::Placed, kT0, 24) });
        ids.clear();
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(OrderInboxModel::kOrderIdRole).toULongLong();
        QCOMPARE(ids, (QList<quint64> { 7, 2, 4, 5, 3 }));
        model.setOrders({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void productsShowUnconfirmedAndPendingRows()
    {
        BureauProductsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProducts({ product(1001, true), product(1002, false) });
        QCOMPARE(model.index(0, BureauProductsModel::Status).data().toString(), QStringLiteral("Listed"));
        QCOMPARE(model.index(1, BureauProductsModel::Status).data().toString(), QStringLiteral("Delisted"));
        QCOMPARE(model.index(1, 0).data(BureauProductsModel::kListedRole).toString(), QStringLiteral("delisted"));
        QVERIFY(model.index(0, BureauProductsModel::Price).data().toString().contains(QStringLiteral("123.45")));

        model.addUnconfirmed(product(2001, true));
        model.setPendingText(2001, QStringLiteral("Listing…"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, BureauProductsModel::Status).data().toString(), QStringLiteral("Listing…"));
        // A refresh without it keeps it (not verified yet); one with it replaces it.
        model.setProducts({ product(1001, true), product(1002, false) });
        QCOMPARE(model.rowOf(2001), 2);
        model.setProducts({ product(1001, true), product(1002, false), product(2001, true) });
        QCOMPARE(model.rowCount(), 3);
        model.setPendingText(2001, {});
        QCOMPARE(model.index(2, BureauProductsModel::Status).data().toString(), QStringLiteral("Listed"));

        model.addUnconfirmed(product(2002, true));
        QCOMPARE(model.rowCount(), 4);
        model.removeUnconfirmed(2002); // its transaction failed
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(2002), -1);
    }

    void rejectNeedsAReason()
    {
        ui::RejectOrderDialog dialog(7);
        dialog.show();
        auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("rejectButtons"))->button(QDialogButtonBox::Ok);
        auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("rejectReasonEdit"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("rejectReasonError"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        reason->setPlainText(QStringLiteral("   \n "));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QTest::keyClicks(reason, QStringLiteral("Authorisation letter expired"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.reason(), QStringLiteral("Authorisation letter expired"));
    }

    void editorConvertsYuanToFenAndRefusesTakenIds()
    {
        ui::ProductEditorDialog dialog({ 1001, 1002 }, 1003);
        dialog.show();
        auto *id = dialog.findChild<QLineEdit *>(QStringLiteral("productIdEdit"));
        QCOMPARE(id->text(), QStringLiteral("1003"));
        dialog.findChild<QLineEdit *>(QStringLiteral("productNameEdit"))->setText(QStringLiteral("企业信用评分"));
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("productPriceSpin"))->setValue(1234.56);
        dialog.findChild<QSpinBox *>(QStringLiteral("productSlaSpin"))->setValue(36);
        id->setText(QStringLiteral("1002"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("productEditorError"))->text().contains(QStringLiteral("1002")));
        id->setText(QStringLiteral("1003"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        const market::calls::ProductListing l = dialog.listing();
        QCOMPARE(l.productId, quint64(1003));
        QCOMPARE(l.priceFen, quint64(123456));
        QCOMPARE(l.slaHours, quint32(36));
        QCOMPARE(l.name, QStringLiteral("企业信用评分"));

        ui::ProductEditorDialog edit(product(1001, true));
        QVERIFY(!edit.findChild<QLineEdit *>(QStringLiteral("productNameEdit"))->isEnabled());
        QVERIFY(edit.findChild<QDoubleSpinBox *>(QStringLiteral("productPriceSpin"))->isEnabled());
        QCOMPARE(edit.listing().priceFen, quint64(12345));
    }

    void letterValidityAndViewers()
    {
        const QDate inside(2025, 6, 1), after(2026, 1, 1), before(2024, 12, 31);
        const market::AuthorisationLetter text
            = letter(QStringLiteral("text/plain; charset=utf-8"), QStringLiteral("授权书：同意查询。").toUtf8());
        QVERIFY(!ui::AuthorisationLetterView::isExpired(text, inside));
        QVERIFY(ui::AuthorisationLetterView::isExpired(text, after));
        QVERIFY(ui::AuthorisationLetterView::isNotYetValid(text, before));

        ui::AuthorisationLetterView view;
        auto *stack = view.findChild<QStackedWidget *>(QStringLiteral("letterStack"));
        auto *validity = view.findChild<QLabel *>(QStringLiteral("letterValidityLabel"));
        view.setLetter(text, inside);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("letterTextView"));
        QCOMPARE(view.findChild<QPlainTextEdit *>(QStringLiteral("letterTextView"))->toPlainText(),
            QStringLiteral("授权书：同意查询。"));
        QVERIFY(!validity->property("expired").toBool());
        view.setLetter(text, after);
        QVERIFY(validity->property("expired").toBool());
        QVERIFY(validity->text().contains(QStringLiteral("Expired")));

        view.setLetter(letter(QStringLiteral("application/pdf"), smallPdf()), inside);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("letterPdfViewer"));

        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        view.setLetter(letter(QStringLiteral("image/png"), png), inside);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("letterImageScroll"));
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("letterImageLabel"))->pixmap().isNull());

        view.setLetter(letter(QStringLiteral("image/png"), QByteArrayLiteral("not a png")), inside);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("letterNoneLabel"));
        view.setLetter(std::nullopt, inside);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("letterNoneLabel"));
    }

    void attachedReportsAreChecked()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const char *name, const QByteArray &bytes) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        const QByteArray pdf = smallPdf();
        auto good = ui::ReportSource::readPdfFile(write("good.pdf", pdf));
        QVERIFY2(good.ok(), qPrintable(good ? QString() : good.error().message));
        QCOMPARE(*good, pdf);
        auto text = ui::ReportSource::readPdfFile(write("text.pdf", "hello, not a pdf"));
        QVERIFY(!text.ok());
        QVERIFY(text.error().message.contains(QStringLiteral("not a PDF")));
        auto broken = ui::ReportSource::readPdfFile(write("broken.pdf", "%PDF-1.4\n garbage"));
        QVERIFY(!broken.ok());
        QVERIFY(!ui::ReportSource::readPdfFile(dir.filePath(QStringLiteral("missing.pdf"))).ok());

        QFile big(dir.filePath(QStringLiteral("big.pdf")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(pdf);
        QVERIFY(big.resize(ui::ReportSource::kMaxReportBytes + 1)); // sparse: no 20 MB written
        big.close();
        auto tooBig = ui::ReportSource::readPdfFile(big.fileName());
        QVERIFY(!tooBig.ok());
        QVERIFY(tooBig.error().message.contains(QStringLiteral("at most 20.0 MB")));
    }
};

QTEST_MAIN(TestBureauModels)
#include "TestBureauModels.moc"
