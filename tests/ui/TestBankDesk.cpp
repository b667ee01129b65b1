// SPDX-License-Identifier: Apache-2.0
// The bank's screens against the demo network in-process: a real devnet, a
// light node syncing it, the Shanghai bank's demo key, offscreen widgets
// driven by objectName.
#include "DemoChain.h"
#include "bank/MyOrdersPage.h"
#include "desk/AuthorisationCheck.h"
#include "desk/ChainBankDesk.h"
#include "bank/PlaceOrderDialog.h"
#include "codec/Hex.h"
#include "market/Uscc.h"
#include "crypto/KeyFile.h"
#include "crypto/Sm3.h"
#include "market/OrderRequest.h"
#include "orders/OrderDetailsPanel.h"
#include "orders/OrderFilterProxy.h"
#include "orders/OrderTimelineModel.h"
#include "orders/OrdersModel.h"
#include "orders/ReportDialog.h"
#include "store/StoreLookups.h"
#include "desk/DeskSession.h"
#include "store/LightStore.h"
#include "store/MarketQueries.h"
#include "viewer/ReportViewer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using market::OrderState;
using ui::OrdersModel;

namespace {
constexpr int kSlow = 60000; // devnet start, first sync, block intervals on a busy machine
const QString kValidCode = QStringLiteral("91310115303456638P");
} // namespace

class TestBankDesk final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void creditCodeIsCheckedAsTyped();
    void oversizedLetterIsRefused();
    void myOrdersListsTheBanksOrders();
    void myOrdersShowsEachOrdersEnterprise();
    void placesAnOrderEndToEnd();
    void opensAndExportsADeliveredReport();
    void confirmsReceiptAndRaisesADispute();

private:
    QList<market::ProductInfo> products();
    //! The order's request, opened by the test itself with the session's key (not through the desk).
    Result<market::OrderRequest> requestOf(quint64 orderId);
    ui::PlaceOrderDialog *openDialog(quint64 productId);
    template<typename T> T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_devnet;
    std::unique_ptr<desk::DeskSession> m_context;
    std::unique_ptr<desk::ChainBankDesk> m_bankDesk;
    std::unique_ptr<store::LightStore> m_store; // the test's own connection: a second path into the store
    store::LightStore *lightStore()
    {
        if (!m_store)
            if (auto opened = store::LightStore::openReadOnly(m_context->storePath()))
                m_store = std::move(*opened);
        return m_store.get();
    }
    std::unique_ptr<ui::MyOrdersPage> m_page;
};

void TestBankDesk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")), 300);
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_devnet = std::move(chain->devnet);
    auto key = test::DemoChain::key(QStringLiteral("bank-shanghai.pem"));
    QVERIFY(key.ok());
    m_context = std::make_unique<desk::DeskSession>(
        chain->profile, desk::SigningKey(*key), m_dir.filePath(QStringLiteral("terminal")));
    m_bankDesk = std::make_unique<desk::ChainBankDesk>(*m_context);
    m_context->start();
    // Caught up once the store holds the whole history (300 orders).
    QTRY_VERIFY_WITH_TIMEOUT(
        lightStore() && lightStore()->counts().ok() && lightStore()->counts()->orders >= 300, kSlow);
    m_page = std::make_unique<ui::MyOrdersPage>(m_context->reader(), *m_bankDesk);
    m_page->resize(1200, 800);
    m_page->show();
}

void TestBankDesk::cleanupTestCase()
{
    m_page.reset();
    m_bankDesk.reset();
    m_store.reset();
    m_context.reset();
    m_devnet.reset();
}

QList<market::ProductInfo> TestBankDesk::products()
{
    auto all = store::MarketQueries(lightStore()->database()).products();
    return all ? *all : QList<market::ProductInfo> {};
}

Result<market::OrderRequest> TestBankDesk::requestOf(quint64 orderId)
{
    auto docs = store::StoreLookups(lightStore()->database()).orderDocuments(orderId);
    if (!docs || !docs->has_value())
        return makeError(ErrorKind::NotFound, QStringLiteral("no documents for order %1").arg(orderId));
    QFutureWatcher<Result<QByteArray>> watcher;
    QSignalSpy opened(&watcher, &QFutureWatcher<Result<QByteArray>>::finished);
    watcher.setFuture(m_context->openDocument((*docs)->requestDocument));
    if (!opened.wait(kSlow) && opened.isEmpty())
        return makeError(ErrorKind::Network, QStringLiteral("the request of order %1 did not open").arg(orderId));
    if (!watcher.result())
        return watcher.result().error();
    return market::OrderRequest::parse(*watcher.result());
}

ui::PlaceOrderDialog *TestBankDesk::openDialog(quint64 productId)
{
    m_page->placeOrder(productId);
    auto *dialog = m_page->findChild<ui::PlaceOrderDialog *>(QStringLiteral("placeOrderDialog"));
    if (dialog)
        dialog->setAttribute(Qt::WA_DeleteOnClose, false); // the test deletes it
    return dialog;
}

void TestBankDesk::creditCodeIsCheckedAsTyped()
{
    const auto all = products();
    const auto noLetter
        = std::find_if(all.cbegin(), all.cend(), [](const market::ProductInfo &p) { return !p.authorisationRequired; });
    QVERIFY(noLetter != all.cend());
    std::unique_ptr<ui::PlaceOrderDialog> dialog(openDialog(noLetter->productId));
    QVERIFY(dialog);
    QCOMPARE(child<QLabel>(dialog.get(), "productInfo")->text().contains(noLetter->bureauName), true);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "enterpriseName"), QStringLiteral("Acme Trading Co"));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "purpose"), QStringLiteral("Credit line review"));
    auto *code = child<QLineEdit>(dialog.get(), "creditCode");
    auto *hint = child<QLabel>(dialog.get(), "creditCodeHint");
    auto *review = child<QPushButton>(dialog.get(), "reviewButton");

    QTest::keyClicks(code, QStringLiteral("91310115303456638Q")); // wrong check character
    const uscc::Verdict verdict = uscc::check(code->text());
    QCOMPARE(verdict.problem, uscc::Problem::CheckDigit);
    QVERIFY(!hint->text().isEmpty());
    QCOMPARE(hint->text(), verdict.message);
    QVERIFY(hint->text().contains(QLatin1Char('P'))); // says what the character should be
    QVERIFY(!review->isEnabled());

    QTest::keyClick(code, Qt::Key_Backspace);
    QCOMPARE(uscc::check(code->text()).problem, uscc::Problem::Length); // now too short, and said so
    QCOMPARE(hint->text(), uscc::check(code->text()).message);
    QVERIFY(!hint->text().isEmpty());
    QVERIFY(!review->isEnabled());
    QTest::keyClicks(code, QStringLiteral("p")); // typed in lower case: upper-cased as typed
    QCOMPARE(code->text(), kValidCode);
    code->clear(); // copied from a licence: spaced and in lower case
    QTest::keyClicks(code, QStringLiteral("9131 0115 3034 5663 8p"));
    QCOMPARE(code->text(), kValidCode);
    QVERIFY(hint->text().isEmpty());
    QVERIFY(review->isEnabled());
    QVERIFY(dialog->problem().isEmpty());
    QTest::mouseClick(review, Qt::LeftButton);
    auto *submit = child<QPushButton>(dialog.get(), "submitButton");
    QVERIFY(submit->isVisible());
    QVERIFY(submit->isEnabled());
    QVERIFY(child<QLabel>(dialog.get(), "orderSummary")->text().contains(kValidCode));
}

void TestBankDesk::oversizedLetterIsRefused()
{
    const auto all = products();
    const auto needsLetter
        = std::find_if(all.cbegin(), all.cend(), [](const market::ProductInfo &p) { return p.authorisationRequired; });
    QVERIFY(needsLetter != all.cend());
    std::unique_ptr<ui::PlaceOrderDialog> dialog(openDialog(needsLetter->productId));
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "enterpriseName"), QStringLiteral("Acme Trading Co"));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "creditCode"), QStringLiteral("91310115303456638P"));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "purpose"), QStringLiteral("Credit line review"));
    auto *review = child<QPushButton>(dialog.get(), "reviewButton");
    QVERIFY(!review->isEnabled()); // the product needs a letter
    QVERIFY(dialog->problem().contains(QStringLiteral("letter")));

    const QString big = m_dir.filePath(QStringLiteral("big-letter.pdf"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n");
    file.resize(desk::LetterFile::kMaxBytes + 1);
    file.close();
    dialog->setLetterFile(big);
    auto *status = child<QLabel>(dialog.get(), "letterStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("MiB")), 10000);
    QVERIFY2(status->text().contains(QStringLiteral("up to 10 MiB")), qPrintable(status->text()));
    QVERIFY(!review->isEnabled());

    const QString small = m_dir.filePath(QStringLiteral("letter.pdf"));
    QFile ok(small);
    QVERIFY(ok.open(QIODevice::WriteOnly));
    ok.write("%PDF-1.4\n% signed letter\n");
    ok.close();
    dialog->setLetterFile(small);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("letter.pdf")), 10000);
    QVERIFY(review->isEnabled());
}

void TestBankDesk::myOrdersListsTheBanksOrders()
{
    // The page's rows against a second path into the store: LightStore::orders().
    auto rows = lightStore()->orders();
    QVERIFY(rows.ok());
    QHash<quint64, OrderState> expected;
    for (const store::OrderRow &r : *rows)
        if (r.bank == m_context->account())
            expected.insert(r.orderId, r.state);
    QVERIFY(expected.size() > 20); // Shanghai is the busiest demo bank
    QVERIFY(expected.size() < 300);
    m_page->refresh();
    const OrdersModel &model = m_page->model();
    QCOMPARE(model.rowCount(), int(expected.size()));
    QSet<int> states;
    for (int row = 0; row < model.rowCount(); ++row) {
        const quint64 id = model.index(row, 0).data(OrdersModel::kOrderIdRole).toULongLong();
        QVERIFY2(expected.contains(id), qPrintable(QString::number(id)));
        QCOMPARE(model.index(row, 0).data(OrdersModel::kStateRole).toInt(), int(expected.value(id)));
        QVERIFY(!model.index(row, OrdersModel::Product).data().toString().isEmpty());
        QVERIFY(!model.index(row, OrdersModel::Bureau).data().toString().isEmpty());
        states.insert(model.index(row, 0).data(OrdersModel::kStateRole).toInt());
    }
    QVERIFY(states.size() >= 4);
    QVERIFY(states.contains(int(OrderState::Completed)));
    // The state filter narrows to exactly the delivered ones.
    m_page->proxy().setStates({ OrderState::Delivered });
    for (int row = 0; row < m_page->proxy().rowCount(); ++row)
        QCOMPARE(m_page->proxy().index(row, 0).data(OrdersModel::kStateRole).toInt(), int(OrderState::Delivered));
    m_page->proxy().setStates({});
}

void TestBankDesk::myOrdersShowsEachOrdersEnterprise()
{
    m_page->refresh();
    const OrdersModel &model = m_page->model();
    QVERIFY(model.rowCount() > 20);
    const auto enterpriseAt = [&model](int row) { return model.index(row, OrdersModel::Enterprise).data().toString(); };
    // Filled in as each request opens on the desk's worker: no placeholder left, none unreadable.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < model.rowCount(); ++row)
                if (enterpriseAt(row) == QStringLiteral("…"))
                    return false;
            return true;
        }(),
        kSlow);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY2(!enterpriseAt(row).contains(QStringLiteral("cannot be opened")),
            qPrintable(model.index(row, OrdersModel::Enterprise).data(Qt::ToolTipRole).toString()));

    // What each row says is what the request says, opened a second way (the session's key, the test's own call).
    QList<market::OrderRequest> samples;
    for (const int row : { 0, model.rowCount() / 2, model.rowCount() - 1 }) {
        const quint64 id = model.index(row, 0).data(OrdersModel::kOrderIdRole).toULongLong();
        auto request = requestOf(id);
        QVERIFY2(request.ok(), qPrintable(request ? QString() : request.error().message));
        QVERIFY(!request->enterpriseName.isEmpty());
        QCOMPARE(enterpriseAt(row), request->enterpriseName);
        QCOMPARE(model.index(row, OrdersModel::CreditCode).data().toString(), request->enterpriseCode);
        samples << *request;
    }

    // The search finds an order by its enterprise's name, and by its credit code.
    auto *search = child<QLineEdit>(m_page.get(), "orderSearch");
    const auto shown = [this] {
        QHash<quint64, std::pair<QString, QString>> out;
        const QAbstractItemModel &proxy = m_page->proxy();
        for (int row = 0; row < proxy.rowCount(); ++row)
            out.insert(proxy.index(row, 0).data(OrdersModel::kOrderIdRole).toULongLong(),
                { proxy.index(row, OrdersModel::Enterprise).data().toString(),
                    proxy.index(row, OrdersModel::CreditCode).data().toString() });
        return out;
    };
    const market::OrderRequest &wanted = samples.at(1);
    search->setText(wanted.enterpriseName); // keyClicks is ASCII-only
    auto byName = shown();
    QVERIFY(byName.contains(wanted.orderId));
    QVERIFY(byName.size() < model.rowCount());
    for (const auto &[name, code] : std::as_const(byName))
        QVERIFY(name.contains(wanted.enterpriseName));
    search->clear();
    QTest::keyClicks(search, wanted.enterpriseCode.toLower());
    auto byCode = shown();
    QVERIFY(byCode.contains(wanted.orderId));
    for (const auto &[name, code] : std::as_const(byCode))
        QCOMPARE(code, wanted.enterpriseCode);
    search->clear();

    // Decrypted names stay in memory: no file of the terminal's holds one in clear.
    QDirIterator files(m_dir.filePath(QStringLiteral("terminal")), QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const market::OrderRequest &r : std::as_const(samples)) {
            QVERIFY2(!bytes.contains(r.enterpriseName.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(r.enterpriseCode.toUtf8()), qPrintable(file.fileName()));
        }
        ++checked;
    }
    QVERIFY(checked > 3); // the light store and the cached (sealed) envelopes

    // A second desk on the same session (nothing in its memory) reads the same, every order answered once;
    // timed for the record: the envelopes are in the document cache by now, so this is checking and opening.
    desk::ChainBankDesk second(*m_context);
    QSignalSpy secondOpened(&second, &desk::BankDesk::enterpriseOpened);
    QList<quint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(OrdersModel::kOrderIdRole).toULongLong();
    QElapsedTimer reading;
    reading.start();
    second.openEnterprises(ids);
    QTRY_VERIFY_WITH_TIMEOUT(secondOpened.count() == ids.size(), kSlow);
    qInfo("%lld orders' enterprises read by a fresh desk in %lld ms (cached envelopes: check and SM2-open each)",
        qint64(ids.size()), reading.elapsed());
    for (const QList<QVariant> &answer : std::as_const(secondOpened)) {
        const int row = model.rowOf(answer.at(0).toULongLong());
        QCOMPARE(answer.at(1).toString(), enterpriseAt(row));
        QCOMPARE(answer.at(2).toString(), model.index(row, OrdersModel::CreditCode).data().toString());
    }

    // Another bank's request is not sealed to this bank: it cannot be opened, and the desk says so.
    auto rows = lightStore()->orders();
    QVERIFY(rows.ok());
    const auto other = std::find_if(
        rows->cbegin(), rows->cend(), [this](const store::OrderRow &r) { return r.bank != m_context->account(); });
    QVERIFY(other != rows->cend());
    QSignalSpy failed(m_bankDesk.get(), &desk::BankDesk::enterpriseFailed);
    QSignalSpy opened(m_bankDesk.get(), &desk::BankDesk::enterpriseOpened);
    m_bankDesk->openEnterprises({ other->orderId });
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, kSlow);
    QCOMPARE(failed.first().at(0).toULongLong(), other->orderId);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QVERIFY(opened.isEmpty());
}

void TestBankDesk::placesAnOrderEndToEnd()
{
    const auto all = products();
    const auto needsLetter
        = std::find_if(all.cbegin(), all.cend(), [](const market::ProductInfo &p) { return p.authorisationRequired; });
    QVERIFY(needsLetter != all.cend());
    const QString letterPath = m_dir.filePath(QStringLiteral("signed-letter.pdf"));
    QFile letter(letterPath);
    QVERIFY(letter.open(QIODevice::WriteOnly));
    const QByteArray letterBytes = "%PDF-1.4\n% the enterprise's signed authorisation\n";
    letter.write(letterBytes);
    letter.close();

    auto *dialog = openDialog(needsLetter->productId);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "enterpriseName"), QStringLiteral("Acme Trading Co"));
    QTest::keyClicks(child<QLineEdit>(dialog, "creditCode"), QStringLiteral("91310115303456638P"));
    QTest::keyClicks(child<QLineEdit>(dialog, "purpose"), QStringLiteral("Working capital loan"));
    dialog->setLetterFile(letterPath);
    auto *review = child<QPushButton>(dialog, "reviewButton");
    QTRY_VERIFY_WITH_TIMEOUT(review->isEnabled(), 10000);
    QTest::mouseClick(review, Qt::LeftButton);
    QSignalSpy sent(dialog, &ui::PlaceOrderDialog::orderSent);
    QTest::mouseClick(child<QPushButton>(dialog, "submitButton"), Qt::LeftButton);
    const quint64 orderId = dialog->orderId();
    QVERIFY2(orderId != 0, qPrintable(child<QLabel>(dialog, "submitStatus")->text()));

    // At once: a pending row in My orders, before any block has it.
    const OrdersModel &model = m_page->model();
    QVERIFY(model.rowOf(orderId) >= 0);
    QVERIFY(model.index(model.rowOf(orderId), 0).data(OrdersModel::kPendingRole).toBool());
    // The enterprise the officer typed shows at once, before any block or envelope has it.
    QCOMPARE(model.index(model.rowOf(orderId), OrdersModel::Enterprise).data().toString(),
        QStringLiteral("Acme Trading Co"));
    QCOMPARE(model.index(model.rowOf(orderId), OrdersModel::CreditCode).data().toString(), kValidCode);
    QTRY_VERIFY_WITH_TIMEOUT(sent.count() == 1, kSlow);
    QTRY_VERIFY(!dialog->isVisible()); // accepted once the node executed it
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    delete dialog;

    // Then confirmed: the verified block's row, state Placed, with its block.
    QTRY_VERIFY_WITH_TIMEOUT(
        model.rowOf(orderId) >= 0 && !model.index(model.rowOf(orderId), 0).data(OrdersModel::kPendingRole).toBool(),
        kSlow);
    const int row = model.rowOf(orderId);
    QCOMPARE(model.index(row, 0).data(OrdersModel::kStateRole).toInt(), int(OrderState::Placed));
    QVERIFY(model.index(row, OrdersModel::Block).data(OrdersModel::kSortRole).toULongLong() > 0);
    QCOMPARE(model.index(row, OrdersModel::Product).data().toString(), needsLetter->name);
    // The local entry was confirmed by the light node and then handed over to the store's row.
    QTRY_VERIFY_WITH_TIMEOUT(m_bankDesk->pendingOrders().isEmpty(), kSlow);

    // What went on chain: the request opens with the bank's key and carries the letter.
    auto request = requestOf(orderId);
    QVERIFY2(request.ok(), qPrintable(request ? QString() : request.error().message));
    QCOMPARE(request->orderId, orderId);
    QCOMPARE(request->enterpriseCode, kValidCode);
    QCOMPARE(request->purpose, QStringLiteral("Working capital loan"));
    QVERIFY(request->authorisation.has_value());
    QCOMPARE(request->authorisation->content, letterBytes);
    QCOMPARE(request->authorisation->mediaType, QStringLiteral("application/pdf"));

    // The letter was recorded on the way as an authorisation of its own (its id
    // is the order's, it covers that product) and the order named it: the
    // verified store holds it with one use, and the bureau's check of the
    // request against it passes (the enterprise's salted commitment, the letter).
    QCOMPARE(request->authorisationId, orderId);
    const auto recorded = store::MarketQueries(lightStore()->database()).authorisations(m_context->institution());
    QVERIFY2(recorded.ok(), qPrintable(recorded ? QString() : recorded.error().message));
    const auto mine = std::find_if(recorded->cbegin(), recorded->cend(),
        [orderId](const market::AuthorisationInfo &a) { return a.authorisationId == orderId; });
    QVERIFY(mine != recorded->cend());
    QCOMPARE(mine->letterHash, crypto::sm3(letterBytes));
    QCOMPARE(mine->productIds, QList<quint64>({ needsLetter->productId }));
    QCOMPARE(mine->purpose, QStringLiteral("Working capital loan"));
    QCOMPARE(mine->uses, 1U);
    QCOMPARE(desk::authorisationMismatch(*request, *recorded), QString());
    market::OrderRequest forged = *request;
    forged.enterpriseCode = QStringLiteral("91440300708461136T");
    QVERIFY(!desk::authorisationMismatch(forged, *recorded).isEmpty());

    // The page selected the new order and kept it through the refreshes.
    QCOMPARE(m_page->selectedOrder(), orderId);
    // Its timeline: one OrderPlaced event with a proof badge.
    m_page->selectOrder(orderId);
    ui::OrderDetailsPanel &details = m_page->details();
    QCOMPARE(details.orderId(), orderId);
    QTRY_COMPARE(m_page->details().timeline().rowCount(), 1);
    QVERIFY2(details.proofOf(0).contains(QStringLiteral("sealed by 4 of 4")), qPrintable(details.proofOf(0)));
}

void TestBankDesk::opensAndExportsADeliveredReport()
{
    m_page->refresh();
    const OrdersModel &model = m_page->model();
    quint64 delivered = 0;
    for (int row = 0; row < model.rowCount() && !delivered; ++row)
        if (model.index(row, 0).data(OrdersModel::kStateRole).toInt() == int(OrderState::Delivered))
            delivered = model.index(row, 0).data(OrdersModel::kOrderIdRole).toULongLong();
    if (!delivered) // the demo plan spreads 15 delivered orders over five banks; completed ones have reports too
        for (int row = 0; row < model.rowCount() && !delivered; ++row)
            if (model.index(row, 0).data(OrdersModel::kStateRole).toInt() == int(OrderState::Completed))
                delivered = model.index(row, 0).data(OrdersModel::kOrderIdRole).toULongLong();
    QVERIFY(delivered != 0);
    m_page->selectOrder(delivered);
    auto *view = child<QPushButton>(&m_page->details(), "viewReportButton");
    QVERIFY(view->isVisible());
    QTest::mouseClick(view, Qt::LeftButton);
    ui::ReportDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_page->findChild<ui::ReportDialog *>()) != nullptr, kSlow);
    QVERIFY(dialog->loaded().ok());
    QVERIFY(dialog->viewer().pageCount() >= 1);

    const QString pdfPath = m_dir.filePath(QStringLiteral("export/report.pdf"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("export")));
    QSignalSpy exported(dialog, &ui::ReportDialog::exported);
    dialog->exportTo(pdfPath);
    QTRY_VERIFY_WITH_TIMEOUT(exported.count() == 1, 10000);
    const QString sidecar = exported.first().at(0).toString();
    QVERIFY2(!sidecar.isEmpty(), qPrintable(exported.first().at(1).toString()));
    QFile pdf(pdfPath), text(sidecar);
    QVERIFY(pdf.open(QIODevice::ReadOnly) && text.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    auto docs = store::StoreLookups(lightStore()->database()).orderDocuments(delivered);
    QVERIFY(docs.ok() && docs->has_value());
    QCOMPARE(crypto::sm3(bytes), (*docs)->reportHash); // what the bureau anchored on chain
    const QString lines = QString::fromUtf8(text.readAll());
    QVERIFY(lines.contains(QStringLiteral("sm3: ") + hex::encode((*docs)->reportHash)));
    QVERIFY(lines.contains(QStringLiteral("order: %1").arg(delivered)));
    QVERIFY(lines.contains(QStringLiteral("tx: 0x")));
    dialog->close();
}

void TestBankDesk::confirmsReceiptAndRaisesADispute()
{
    m_page->refresh();
    const OrdersModel &model = m_page->model();
    QList<quint64> delivered, completed;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int state = model.index(row, 0).data(OrdersModel::kStateRole).toInt();
        const quint64 id = model.index(row, 0).data(OrdersModel::kOrderIdRole).toULongLong();
        if (state == int(OrderState::Delivered))
            delivered << id;
        else if (state == int(OrderState::Completed))
            completed << id;
    }
    QVERIFY(!delivered.isEmpty());
    QVERIFY(!completed.isEmpty());
    const auto stateOf = [&model](quint64 id) {
        const int row = model.rowOf(id);
        return row < 0 ? -1 : model.index(row, 0).data(OrdersModel::kStateRole).toInt();
    };
    QSignalSpy failed(&m_page->desk(), &desk::BankDesk::actionFailed);
    m_page->desk().confirmReceipt(delivered.first());
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(delivered.first()) == int(OrderState::Completed) || failed.count() > 0, kSlow);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).toString()));

    auto institutions = store::MarketQueries(lightStore()->database()).institutions();
    QVERIFY(institutions.ok());
    const auto mediator = std::find_if(institutions->cbegin(), institutions->cend(),
        [](const market::InstitutionInfo &i) { return i.role == market::Role::Mediator; });
    QVERIFY(mediator != institutions->cend());
    const quint64 disputed = completed.first();
    m_page->desk().raiseDispute(disputed, mediator->account, QStringLiteral("The report names the wrong enterprise"));
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(disputed) == int(OrderState::Disputed) || failed.count() > 0, kSlow);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).toString()));
    m_page->selectOrder(disputed);
    const auto &timeline = m_page->details().timeline();
    const auto &last = timeline.eventAt(timeline.rowCount() - 1);
    QCOMPARE(last.event, QStringLiteral("DisputeRaised"));
    QCOMPARE(last.detail, QStringLiteral("The report names the wrong enterprise"));
}

QTEST_MAIN(TestBankDesk)
#include "TestBankDesk.moc"
