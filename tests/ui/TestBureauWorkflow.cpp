// SPDX-License-Identifier: Apache-2.0
// The bureau's pages against the demo network in-process (real devnet on
// loopback, the Shanghai bureau's demo key, a real desk::DeskSession with its
// light node): the inbox lists the bureau's orders and decrypts a request;
// a reject without reason is refused; accept then fulfil with a report set
// from the bureau's data file (a file about another enterprise refused first,
// field by field) reaches Delivered in verified blocks and the stored envelope
// opens with the bank's key to the same PDF; a new product shows in My products.
#include "DemoChain.h"
#include "bureau/BureauProductsModel.h"
#include "bureau/FulfilDialog.h"
#include "desk/ChainBureauDesk.h"
#include "bureau/MyProductsPage.h"
#include "bureau/OrderInboxModel.h"
#include "bureau/OrderInboxPage.h"
#include "bureau/ProductEditorDialog.h"
#include "bureau/RejectOrderDialog.h"
#include "chain/DocumentStoreClient.h"
#include "chain/NetworkProfile.h"
#include "codec/Hex.h"
#include "crypto/Envelope.h"
#include "crypto/KeyFile.h"
#include "crypto/Sm3.h"
#include "market/OrderRequest.h"
#include "desk/DeskSession.h"
#include "store/MarketQueries.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace credit;

namespace {
constexpr int kSlowMs = 300000; // demo history, sync and PBKDF2 in a Debug build on a shared machine
const char *const kPassword = "demo-only";

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QPushButton *okButton(QObject *parent, const char *boxName)
{
    return child<QDialogButtonBox>(parent, boxName)->button(QDialogButtonBox::Ok);
}

//! The shipped example of the bureau's data file, rewritten to be about (name, code) when given.
QString bureauDataFile(const QString &dir, const QString &name = {}, const QString &code = {})
{
    QFile example(QStringLiteral(CREDIT_REPORT_DATA_EXAMPLE));
    if (!example.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(example.readAll()).object();
    if (!name.isEmpty()) {
        QJsonObject enterprise = o.value(QStringLiteral("enterprise")).toObject();
        enterprise.insert(QStringLiteral("name"), name);
        enterprise.insert(QStringLiteral("creditCode"), code);
        o.insert(QStringLiteral("enterprise"), enterprise);
    }
    const QString path = dir + (name.isEmpty() ? QStringLiteral("/example.json") : QStringLiteral("/bureau-data.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(o).toJson()) < 0)
        return {};
    return path;
}
} // namespace

class TestBureauWorkflow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void inboxListsPlacedOrdersAndDecryptsTheRequest();
    void rejectWithoutAReasonIsRefused();
    void acceptThenFulfilWithTheBureausData();
    void createdProductShowsInMyProducts();

private:
    store::Database &database() { return **m_context->reader().database(); }
    store::MarketQueries queries() { return store::MarketQueries(database()); }
    //! The bureau's own orders (it leads), optionally in one state; withParts adds the 链融 orders of
    //! other bureaus' products in which it owes a part (what its inbox lists).
    QList<market::OrderSummary> myOrders(
        std::optional<market::OrderState> state = std::nullopt, bool withParts = false);
    //! Its own orders in state Placed that are no 链融 order (nothing waits for a partner).
    QList<market::OrderSummary> placedSingleBureauOrders();
    market::OrderState stateOf(quint64 orderId);
    QByteArray column(quint64 orderId, const char *name);
    crypto::Sm2PrivateKey keyOf(const QByteArray &account);
    //! Chooses orderId in the inbox and waits for its request to be decrypted.
    void chooseAndDecrypt(ui::OrderInboxPage &page, quint64 orderId);

    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_devnet;
    chain::NetworkProfile m_profile;
    std::unique_ptr<desk::DeskSession> m_context;
    std::unique_ptr<desk::ChainBureauDesk> m_desk;
};

void TestBureauWorkflow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")));
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_devnet = std::move(chain->devnet);
    m_profile = chain->profile;

    auto key = test::DemoChain::key(QStringLiteral("bureau-shanghai.pem"));
    QVERIFY(key.ok());
    m_context = std::make_unique<desk::DeskSession>(
        m_profile, desk::SigningKey(*key), m_dir.filePath(QStringLiteral("terminal")));
    QSignalSpy caughtUp(&m_context->node(), &chain::LightNode::caughtUp);
    QSignalSpy failed(&m_context->node(), &chain::LightNode::syncFailed);
    m_context->start();
    QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty() || !failed.isEmpty(), kSlowMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(m_context->reader().isReady());
    m_desk = std::make_unique<desk::ChainBureauDesk>(*m_context);
}

void TestBureauWorkflow::cleanupTestCase()
{
    m_desk.reset();
    m_context.reset();
    m_devnet.reset();
}

QList<market::OrderSummary> TestBureauWorkflow::myOrders(std::optional<market::OrderState> state, bool withParts)
{
    market::OrderFilter filter;
    filter.bureau = m_context->account();
    if (withParts)
        filter.partner = m_context->account();
    if (state)
        filter.states = { *state };
    auto orders = queries().orders(filter);
    return orders ? *orders : QList<market::OrderSummary> {};
}

QList<market::OrderSummary> TestBureauWorkflow::placedSingleBureauOrders()
{
    QList<market::OrderSummary> out;
    for (const market::OrderSummary &o : myOrders(market::OrderState::Placed))
        if (!o.isJoint())
            out << o;
    return out;
}

market::OrderState TestBureauWorkflow::stateOf(quint64 orderId)
{
    for (const market::OrderSummary &o : myOrders())
        if (o.orderId == orderId)
            return o.state;
    return market::OrderState::None;
}

QByteArray TestBureauWorkflow::column(quint64 orderId, const char *name)
{
    // Tests may read the projection directly: here it is the independent witness.
    auto stmt
        = database().prepare(QStringLiteral("SELECT %1 FROM orders WHERE order_id = ?1").arg(QLatin1String(name)));
    if (!stmt)
        return {};
    stmt->bind(1, static_cast<qint64>(orderId));
    auto row = stmt->step();
    return row && *row ? stmt->blob(0) : QByteArray();
}

crypto::Sm2PrivateKey TestBureauWorkflow::keyOf(const QByteArray &account)
{
    QFile file(QStringLiteral(CREDIT_DEMO_DIR "/identities.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray all
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("identities")).toArray();
    for (const QJsonValue &v : all) {
        const QJsonObject id = v.toObject();
        if (id.value(QStringLiteral("address")).toString() == hex::encodePrefixed(account)) {
            auto key = crypto::keyfile::load(
                QStringLiteral(CREDIT_DEMO_DIR "/") + id.value(QStringLiteral("keyFile")).toString(), kPassword);
            if (key)
                return *key;
        }
    }
    return {};
}

void TestBureauWorkflow::chooseAndDecrypt(ui::OrderInboxPage &page, quint64 orderId)
{
    QVERIFY(page.selectOrder(orderId));
    auto *status = child<QLabel>(&page, "requestStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Request decrypted"))
            || status->styleSheet().contains(QStringLiteral("#b00020")),
        kSlowMs);
    QVERIFY2(status->text().startsWith(QStringLiteral("Request decrypted")), qPrintable(status->text()));
}

void TestBureauWorkflow::inboxListsPlacedOrdersAndDecryptsTheRequest()
{
    // The inbox: the bureau's own orders and the 链融 orders it owes a part of.
    const QList<market::OrderSummary> all = myOrders(std::nullopt, true);
    const QList<market::OrderSummary> placed = myOrders(market::OrderState::Placed, true);
    QVERIFY(!placed.isEmpty());
    QVERIFY(all.size() > placed.size());
    QVERIFY(all.size() > myOrders().size());

    ui::OrderInboxPage page(m_context->reader(), *m_desk, m_profile);
    page.show();
    auto *table = child<QTableView>(&page, "orderInboxTable");
    QCOMPARE(table->model()->rowCount(), all.size());
    // New orders first: exactly the Placed ones of this bureau's products (a 链融 part another
    // bureau has still to accept is no new order for this one), then none.
    const qsizetype newOrders = myOrders(market::OrderState::Placed).size();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const market::OrderSummary &o = page.model().order(row);
        QCOMPARE(o.state == market::OrderState::Placed && o.bureau == m_context->account(), row < newOrders);
        QCOMPARE(table->model()->index(row, 0).data(ui::OrderInboxModel::kOrderIdRole).toULongLong(), o.orderId);
    }

    // The page's request for the first new order equals one decrypted here independently.
    const quint64 id = table->model()->index(0, 0).data(ui::OrderInboxModel::kOrderIdRole).toULongLong();
    chain::DocumentStoreClient documents(m_profile.documentStore);
    auto envelope = documents.fetch(column(id, "request_document"));
    QVERIFY(envelope.ok());
    auto plain = crypto::envelope::open(*envelope, m_context->key());
    QVERIFY(plain.ok());
    auto request = market::OrderRequest::parse(*plain);
    QVERIFY(request.ok());
    QVERIFY(!request->enterpriseName.isEmpty());

    table->selectRow(0);
    chooseAndDecrypt(page, id);
    QCOMPARE(child<QLabel>(&page, "enterpriseNameLabel")->text(), request->enterpriseName);
    QCOMPARE(child<QLabel>(&page, "enterpriseCodeLabel")->text(), request->enterpriseCode);
    QCOMPARE(child<QLabel>(&page, "purposeLabel")->text(), request->purpose);
    QVERIFY(child<QLabel>(&page, "requestBankLabel")->text().contains(request->bankName));
    if (request->authorisation)
        QVERIFY(child<QLabel>(&page, "letterValidityLabel")->text().contains(request->authorisation->validUntil));

    // An order placed with a recorded authorisation opens only after the desk
    // checked the request's enterprise and letter against it (demo history:
    // products that need one are always ordered with one).
    bool checked = false;
    for (int row = 1; row < table->model()->rowCount() && !checked; ++row) {
        const quint64 other = table->model()->index(row, 0).data(ui::OrderInboxModel::kOrderIdRole).toULongLong();
        auto otherRequest = market::OrderRequest::parse(
            crypto::envelope::open(documents.fetch(column(other, "request_document")).value(), m_context->key())
                .value());
        QVERIFY(otherRequest.ok());
        if (otherRequest->authorisationId == 0)
            continue;
        table->selectRow(row);
        chooseAndDecrypt(page, other);
        QCOMPARE(child<QLabel>(&page, "enterpriseCodeLabel")->text(), otherRequest->enterpriseCode);
        checked = true;
    }
    QVERIFY2(checked, "no order in this bureau's inbox names a recorded authorisation");

    // The state filter shows only what it names.
    auto *filter = child<QComboBox>(&page, "orderStateFilter");
    filter->setCurrentIndex(filter->findData(int(market::OrderState::Placed)));
    QCOMPARE(table->model()->rowCount(), placed.size());
}

void TestBureauWorkflow::rejectWithoutAReasonIsRefused()
{
    const QList<market::OrderSummary> placed = placedSingleBureauOrders();
    QVERIFY(placed.size() >= 3);
    const quint64 id = placed.at(1).orderId;
    ui::OrderInboxPage page(m_context->reader(), *m_desk, m_profile);
    page.show();
    QVERIFY(page.selectOrder(id));
    QTest::mouseClick(child<QPushButton>(&page, "rejectOrderButton"), Qt::LeftButton);
    auto *dialog = child<ui::RejectOrderDialog>(&page, "rejectOrderDialog");
    QVERIFY(dialog && dialog->isVisible());
    QTest::mouseClick(okButton(dialog, "rejectButtons"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "rejectReasonError")->isVisible());
    // Nothing was sent: the order can still be acted on and is not shown pending.
    QVERIFY(child<QPushButton>(&page, "acceptOrderButton")->isEnabled());
    const int row = page.model().rowOf(id);
    QCOMPARE(page.model().index(row, ui::OrderInboxModel::State).data().toString(), QStringLiteral("Placed"));

    // With a reason it goes on chain.
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "rejectReasonEdit"), QStringLiteral("Authorisation letter expired"));
    QTest::mouseClick(okButton(dialog, "rejectButtons"), Qt::LeftButton);
    QCOMPARE(page.model().index(row, ui::OrderInboxModel::State).data().toString(), QStringLiteral("Rejecting…"));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), market::OrderState::Rejected, kSlowMs);
    QTRY_COMPARE_WITH_TIMEOUT(page.model().index(page.model().rowOf(id), ui::OrderInboxModel::State).data().toString(),
        QStringLiteral("Rejected"), kSlowMs);
}

void TestBureauWorkflow::acceptThenFulfilWithTheBureausData()
{
    const QList<market::OrderSummary> placed = placedSingleBureauOrders();
    QVERIFY(!placed.isEmpty());
    const market::OrderSummary order = placed.first();
    ui::OrderInboxPage page(m_context->reader(), *m_desk, m_profile);
    page.show();
    chooseAndDecrypt(page, order.orderId);
    const QString enterprise = child<QLabel>(&page, "enterpriseNameLabel")->text();
    const QString code = child<QLabel>(&page, "enterpriseCodeLabel")->text();

    QTest::mouseClick(child<QPushButton>(&page, "acceptOrderButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(order.orderId), market::OrderState::Accepted, kSlowMs);
    auto *fulfil = child<QPushButton>(&page, "fulfilOrderButton");
    QTRY_VERIFY_WITH_TIMEOUT(fulfil->isEnabled(), kSlowMs);
    QTest::mouseClick(fulfil, Qt::LeftButton);
    auto *dialog = child<ui::FulfilDialog>(&page, "fulfilDialog");
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(enterprise));
    QVERIFY(!child<QPushButton>(dialog, "deliverReportButton")->isEnabled());

    // The demo network: the marked sample is offered, but this bureau delivers its own data.
    QVERIFY(dialog->offersDemoSample());
    auto *status = child<QLabel>(dialog, "fulfilStatusLabel");
    const auto settled = [dialog, status] {
        return !dialog->pdf().isEmpty() || status->styleSheet().contains(QStringLiteral("#b00020"));
    };
    // A file about another enterprise is refused, by field, with nothing to deliver.
    dialog->importBureauData(bureauDataFile(m_dir.path()));
    QVERIFY(child<QWidget>(dialog, "fulfilProgress")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(settled(), kSlowMs);
    QVERIFY(dialog->pdf().isEmpty());
    auto *problems = child<QTreeWidget>(dialog, "reportDataErrorList");
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->topLevelItemCount(), 2);
    QCOMPARE(problems->topLevelItem(0)->text(0), QStringLiteral("enterprise.name"));
    QCOMPARE(problems->topLevelItem(1)->text(0), QStringLiteral("enterprise.creditCode"));
    QVERIFY(!child<QPushButton>(dialog, "deliverReportButton")->isEnabled());

    dialog->importBureauData(bureauDataFile(m_dir.path(), enterprise, code));
    QVERIFY(child<QWidget>(dialog, "fulfilProgress")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(settled(), kSlowMs);
    QVERIFY(!problems->isVisible());
    QVERIFY2(!dialog->pdf().isEmpty(), qPrintable(child<QLabel>(dialog, "fulfilStatusLabel")->text()));
    const QByteArray pdf = dialog->pdf();
    QVERIFY(pdf.startsWith("%PDF-"));
    auto *deliver = child<QPushButton>(dialog, "deliverReportButton");
    QVERIFY(deliver->isEnabled());
    QSignalSpy delivered(dialog, &ui::FulfilDialog::delivered);
    QTest::mouseClick(deliver, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), kSlowMs);

    QTRY_COMPARE_WITH_TIMEOUT(stateOf(order.orderId), market::OrderState::Delivered, kSlowMs);
    QCOMPARE(column(order.orderId, "report_hash"), crypto::sm3(pdf));
    const QByteArray document = column(order.orderId, "report_document");
    chain::DocumentStoreClient documents(m_profile.documentStore);
    auto envelope = documents.fetch(document);
    QVERIFY(envelope.ok());
    auto info = crypto::envelope::inspect(*envelope);
    QVERIFY(info.ok());
    QVERIFY(info->recipientAddresses.contains(m_context->account()));
    QVERIFY(info->recipientAddresses.contains(order.bank));
    QVERIFY(info->recipientAddresses.contains(
        QByteArray::fromHex("fd8ba93a31683ab8939d5e8c896528d16581c00e"))); // regulator
    const crypto::Sm2PrivateKey bankKey = keyOf(order.bank);
    QCOMPARE(bankKey.address(), order.bank);
    auto opened = crypto::envelope::open(*envelope, bankKey);
    QVERIFY(opened.ok());
    QCOMPARE(*opened, pdf);
}

void TestBureauWorkflow::createdProductShowsInMyProducts()
{
    ui::MyProductsPage page(m_context->reader(), *m_desk);
    page.show();
    auto *table = child<QTableView>(&page, "myProductsTable");
    const int before = table->model()->rowCount();
    QCOMPARE(before, 10); // the Shanghai bureau's demo products, listed and delisted

    QTest::mouseClick(child<QPushButton>(&page, "newProductButton"), Qt::LeftButton);
    auto *editor = child<ui::ProductEditorDialog>(&page, "productEditorDialog");
    QVERIFY(editor && editor->isVisible());
    const quint64 id = child<QLineEdit>(editor, "productIdEdit")->text().toULongLong();
    QVERIFY(id > 1030);
    child<QLineEdit>(editor, "productNameEdit")->setText(QStringLiteral("企业ESG信用报告"));
    child<QPlainTextEdit>(editor, "productDescriptionEdit")->setPlainText(QStringLiteral("环境、社会与治理信用评估。"));
    child<QDoubleSpinBox>(editor, "productPriceSpin")->setValue(456.78);
    child<QSpinBox>(editor, "productSlaSpin")->setValue(48);
    QTest::mouseClick(okButton(editor, "productEditorButtons"), Qt::LeftButton);

    // At once, as pending; then as verified.
    ui::BureauProductsModel &model = page.model();
    QCOMPARE(table->model()->rowCount(), before + 1);
    QCOMPARE(
        model.index(model.rowOf(id), ui::BureauProductsModel::Status).data().toString(), QStringLiteral("Listing…"));
    QTRY_COMPARE_WITH_TIMEOUT(model.index(model.rowOf(id), ui::BureauProductsModel::Status).data().toString(),
        QStringLiteral("Listed"), kSlowMs);
    auto products = queries().products(true);
    QVERIFY(products.ok());
    const auto stored = std::find_if(
        products->cbegin(), products->cend(), [id](const market::ProductInfo &p) { return p.productId == id; });
    QVERIFY(stored != products->cend());
    QCOMPARE(stored->bureau, m_context->account());
    QCOMPARE(stored->priceFen, quint64(45678));
    QCOMPARE(stored->slaHours, quint32(48));
    QCOMPARE(stored->name, QStringLiteral("企业ESG信用报告"));
    QCOMPARE(table->model()->rowCount(), before + 1);

    // Delist it, confirming the question.
    table->selectRow(table->model()->rowCount() - 1); // sorted by id: the new one is last
    QCOMPARE(model.product(model.rowOf(id)).productId, id);
    QTest::mouseClick(child<QPushButton>(&page, "delistProductButton"), Qt::LeftButton);
    auto *box = child<QMessageBox>(&page, "delistConfirmBox");
    QVERIFY(box && box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(model.rowOf(id), ui::BureauProductsModel::Status).data().toString(),
        QStringLiteral("Delisted"), kSlowMs);
}

QTEST_MAIN(TestBureauWorkflow)
#include "TestBureauWorkflow.moc"
