// SPDX-License-Identifier: Apache-2.0
// One order across two desks, in the windows the app builds (MainWindow +
// RoleSession, each with its own light node) on one in-process demo chain:
// the bank orders from the catalogue, the bureau accepts it in its inbox and
// delivers a report set in the built-in template from its own data file
// (JSON, REPORT_DATA.md), the bank opens the
// report in the viewer (pages and text read back through Poppler) and
// confirms receipt. Everything is driven through the widgets' objectNames.
#include "DemoChain.h"
#include "bank/MyOrdersPage.h"
#include "bank/PlaceOrderDialog.h"
#include "bureau/FulfilDialog.h"
#include "bureau/OrderInboxPage.h"
#include "catalogue/ProductCatalogueModel.h"
#include "catalogue/ProductCataloguePage.h"
#include "node/LightNode.h"
#include "crypto/KeyFile.h"
#include "main/MainWindow.h"
#include "orders/OrderDetailsPanel.h"
#include "orders/OrdersModel.h"
#include "orders/ReportDialog.h"
#include "session/RoleSession.h"
#include "desk/DeskSession.h"
#include "settings/TerminalSettings.h"
#include "viewer/ReportViewer.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace credit;
using market::OrderState;

namespace {
constexpr int kSlowMs = 120000;
const QString kEnterprise = QStringLiteral("上海浦东示范科技有限公司");
const QString kCode = QStringLiteral("91310115303456638P");

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    if (!found)
        qWarning("no child %s", name);
    return found;
}

//! One desk: a role's main window and its session (light node, worker).
struct Desk {
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<ui::RoleSession> session;
};
} // namespace

class TestRoleJourney final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void orderFromCatalogueToConfirmedReceipt();

private:
    Desk open(ui::Role role, const QString &keyFile, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_devnet;
    chain::NetworkProfile m_profile;
    std::unique_ptr<ui::TerminalSettings> m_settings;
    Desk m_bank, m_bureau;
};

Desk TestRoleJourney::open(ui::Role role, const QString &keyFile, const QString &name)
{
    Desk desk;
    auto key = test::DemoChain::key(keyFile);
    if (!key)
        return desk;
    desk.window = std::make_unique<ui::MainWindow>(role, name, *m_settings);
    desk.window->resize(1280, 800);
    desk.window->show();
    desk.session = std::make_unique<ui::RoleSession>(
        *desk.window, m_profile, desk::SigningKey(*key), m_dir.filePath(QStringLiteral("desk-") + keyFile));
    return desk;
}

void TestRoleJourney::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")), 200);
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_devnet = std::move(chain->devnet);
    m_profile = chain->profile;
    m_settings = std::make_unique<ui::TerminalSettings>(
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat));

    m_bank = open(ui::Role::Bank, QStringLiteral("bank-shanghai.pem"), QStringLiteral("上海申江商业银行"));
    m_bureau = open(ui::Role::Bureau, QStringLiteral("bureau-shanghai.pem"), QStringLiteral("上海浦江资信评估"));
    QVERIFY(m_bank.session && m_bureau.session);
    for (Desk *desk : { &m_bank, &m_bureau }) {
        QSignalSpy caughtUp(&desk->session->context().node(), &chain::LightNode::caughtUp);
        QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty(), kSlowMs);
    }
}

void TestRoleJourney::cleanupTestCase()
{
    for (Desk *desk : { &m_bank, &m_bureau }) {
        desk->session.reset();
        desk->window.reset();
    }
    m_devnet.reset();
}

void TestRoleJourney::orderFromCatalogueToConfirmedReceipt()
{
    // Bank: the catalogue, product 1001 (the Shanghai bureau's, letter required), Place order….
    m_bank.window->showPage(ui::PageId::ProductCatalogue);
    auto *catalogue = qobject_cast<ui::ProductCataloguePage *>(m_bank.window->page(ui::PageId::ProductCatalogue));
    QVERIFY(catalogue);
    auto *table = child<QTableView>(catalogue, "catalogueTable");
    QTRY_VERIFY(table->model()->rowCount() > 0);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, ui::ProductCatalogueModel::Name).data().toString()
                == QStringLiteral("企业信用基础报告")
            && table->model()
                   ->index(row, ui::ProductCatalogueModel::Bureau)
                   .data()
                   .toString()
                   .startsWith(QStringLiteral("上海浦江")))
            table->selectRow(row);
    QCOMPARE(catalogue->selectedProduct(), quint64(1001));
    QTest::mouseClick(child<QPushButton>(catalogue, "placeOrderButton"), Qt::LeftButton);
    auto *dialog = child<ui::PlaceOrderDialog>(m_bank.window.get(), "placeOrderDialog");
    QVERIFY(dialog && dialog->isVisible());
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    child<QLineEdit>(dialog, "enterpriseName")->setText(kEnterprise); // keyClicks cannot type Chinese
    QTest::keyClicks(child<QLineEdit>(dialog, "creditCode"), kCode);
    QTest::keyClicks(child<QLineEdit>(dialog, "purpose"), QStringLiteral("Working capital loan"));
    const QString letterPath = m_dir.filePath(QStringLiteral("letter.pdf"));
    QFile letter(letterPath);
    QVERIFY(letter.open(QIODevice::WriteOnly));
    letter.write("%PDF-1.4\n% signed authorisation of the enterprise\n");
    letter.close();
    dialog->setLetterFile(letterPath);
    auto *review = child<QPushButton>(dialog, "reviewButton");
    QTRY_VERIFY_WITH_TIMEOUT(review->isEnabled(), 10000);
    QTest::mouseClick(review, Qt::LeftButton);
    QSignalSpy sent(dialog, &ui::PlaceOrderDialog::orderSent);
    QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
    const quint64 orderId = dialog->orderId();
    QVERIFY(orderId != 0);
    QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), kSlowMs);
    delete dialog;
    auto *myOrders = qobject_cast<ui::MyOrdersPage *>(m_bank.window->page(ui::PageId::MyOrders));
    QVERIFY(myOrders);
    const ui::OrdersModel &orders = myOrders->model();
    const auto bankState = [&orders, orderId] {
        const int row = orders.rowOf(orderId);
        return row < 0 || orders.index(row, 0).data(ui::OrdersModel::kPendingRole).toBool()
            ? -1
            : orders.index(row, 0).data(ui::OrdersModel::kStateRole).toInt();
    };
    QTRY_COMPARE_WITH_TIMEOUT(bankState(), int(OrderState::Placed), kSlowMs);

    // Bureau: the order reaches its inbox through its own light node; accept, fulfil, deliver.
    m_bureau.window->showPage(ui::PageId::OrderInbox);
    auto *inbox = qobject_cast<ui::OrderInboxPage *>(m_bureau.window->page(ui::PageId::OrderInbox));
    QVERIFY(inbox);
    QTRY_VERIFY_WITH_TIMEOUT(inbox->selectOrder(orderId), kSlowMs);
    auto *requestStatus = child<QLabel>(inbox, "requestStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(requestStatus->text().startsWith(QStringLiteral("Request decrypted")), kSlowMs);
    QCOMPARE(child<QLabel>(inbox, "enterpriseNameLabel")->text(), kEnterprise);
    QCOMPARE(child<QLabel>(inbox, "enterpriseCodeLabel")->text(), kCode);
    QTest::mouseClick(child<QPushButton>(inbox, "acceptOrderButton"), Qt::LeftButton);
    auto *fulfil = child<QPushButton>(inbox, "fulfilOrderButton");
    QTRY_VERIFY_WITH_TIMEOUT(fulfil->isEnabled(), kSlowMs);
    QTest::mouseClick(fulfil, Qt::LeftButton);
    auto *fulfilDialog = child<ui::FulfilDialog>(inbox, "fulfilDialog");
    QVERIFY(fulfilDialog);
    // The bureau's own data for the enterprise, exported by its systems (the shipped example, about kEnterprise).
    const QString dataPath = m_dir.filePath(QStringLiteral("bureau-data.json"));
    {
        QFile example(QStringLiteral(CREDIT_REPORT_DATA_EXAMPLE));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject data = QJsonDocument::fromJson(example.readAll()).object();
        QJsonObject enterprise = data.value(QStringLiteral("enterprise")).toObject();
        enterprise.insert(QStringLiteral("name"), kEnterprise);
        enterprise.insert(QStringLiteral("creditCode"), kCode);
        data.insert(QStringLiteral("enterprise"), enterprise);
        data.insert(QStringLiteral("orderId"), QString::number(orderId));
        QFile out(dataPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(QJsonDocument(data).toJson()) > 0);
    }
    fulfilDialog->importBureauData(dataPath);
    auto *fulfilStatus = child<QLabel>(fulfilDialog, "fulfilStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(
        !fulfilDialog->pdf().isEmpty() || fulfilStatus->styleSheet().contains(QStringLiteral("#b00020")), kSlowMs);
    if (fulfilDialog->pdf().isEmpty()) {
        QString problems;
        const auto *list = child<QTreeWidget>(fulfilDialog, "reportDataErrorList");
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            problems += u'\n' + list->topLevelItem(i)->text(0) + QStringLiteral(": ") + list->topLevelItem(i)->text(1);
        QFAIL(qPrintable(fulfilStatus->text() + problems));
    }
    QSignalSpy delivered(fulfilDialog, &ui::FulfilDialog::delivered);
    auto *deliver = child<QPushButton>(fulfilDialog, "deliverReportButton");
    QTRY_VERIFY(deliver->isEnabled());
    QTest::mouseClick(deliver, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), kSlowMs);

    // Bank: Delivered after its own node verified the block; open the report in the viewer.
    QTRY_COMPARE_WITH_TIMEOUT(bankState(), int(OrderState::Delivered), kSlowMs);
    m_bank.window->showPage(ui::PageId::MyOrders);
    myOrders->selectOrder(orderId);
    auto *view = child<QPushButton>(&myOrders->details(), "viewReportButton");
    QTRY_VERIFY(view->isVisible() && view->isEnabled());
    QTest::mouseClick(view, Qt::LeftButton);
    ui::ReportDialog *report = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((report = m_bank.window->findChild<ui::ReportDialog *>()) != nullptr, kSlowMs);
    QVERIFY(report->loaded().ok());
    auto document = Poppler::Document::loadFromData(report->pdf());
    QVERIFY(document);
    QVERIFY(document->numPages() >= 2);
    QCOMPARE(report->viewer().pageCount(), document->numPages());
    QString text;
    for (int page = 0; page < document->numPages(); ++page)
        text += document->page(page)->text(QRectF());
    QVERIFY2(text.contains(kEnterprise), qPrintable(text.left(400)));
    QVERIFY(text.contains(kCode));
    // What the bureau's data says, not an invented sample.
    QVERIFY(text.contains(QStringLiteral("示例银行上海分行")));
    QVERIFY(!text.contains(QStringLiteral("演示数据")));
    report->close();

    // Confirm receipt: the question, Yes, then Completed once the block is verified.
    QTest::mouseClick(child<QPushButton>(&myOrders->details(), "confirmReceiptButton"), Qt::LeftButton);
    auto *box = child<QMessageBox>(myOrders, "confirmReceiptBox");
    QVERIFY(box);
    QTest::mouseClick(
        box->button(QMessageBox::Yes) ? box->button(QMessageBox::Yes) : box->button(QMessageBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(bankState(), int(OrderState::Completed), kSlowMs);
}

QTEST_MAIN(TestRoleJourney)
#include "TestRoleJourney.moc"
