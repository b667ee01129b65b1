// SPDX-License-Identifier: Apache-2.0
// The regulator's order browser. On the fake desk (tests/support/
// FakeRegulatorDesk.h): what the page asks the desk — the first page, the
// next as the view scrolls, a header click's sort, the search, a figure's or
// an anomaly's narrowing and its chip, the CSV export of the current view,
// the decryption — and what it shows of the answers. On the demo network (a
// real devnet and the Beijing regulator's light node): every order of the
// history is listed, decrypting fills the enterprises, the CSV reads back
// whole through a separate RFC 4180 parser, a row opens its timeline.
#include "CsvParser.h"
#include "DemoChain.h"
#include "FakeDesks.h"
#include "FakeRegulatorDesk.h"
#include "desk/ChainRegulatorDesk.h"
#include "desk/DeskSession.h"
#include "market/OrderRequest.h"
#include "orders/OrderDetailsPanel.h"
#include "orders/OrderTimelineModel.h"
#include "regulator/OrderBrowserModel.h"
#include "regulator/OrderBrowserPage.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using Column = ui::OrderBrowserModel::Column;

namespace {

constexpr int kSlow = 120000; // devnet start, the first sync and decrypting every request on a busy machine

market::BrowserRow row(quint64 id, const QString &enterprise, const QString &code, quint32 region)
{
    market::BrowserRow r;
    r.orderId = id;
    r.placedAtMs = 1'700'000'000'000 + qint64(id) * 60'000;
    r.state = market::OrderState::Delivered;
    r.bankName = QStringLiteral("上海浦东发展银行");
    r.bureauName = QStringLiteral("上海资信");
    r.productName = QStringLiteral("企业信用报告");
    r.enterpriseName = enterprise;
    r.enterpriseCode = code;
    r.enterpriseRegion = region;
    r.letter = code.isEmpty() ? market::LetterStatus::Unknown : market::LetterStatus::Valid;
    return r;
}

void clickHeader(QTableView &table, int column)
{
    QHeaderView *header = table.horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

QString cell(ui::OrderBrowserModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestRegulatorBrowser final : public QObject {
    Q_OBJECT

    test::FakeMarketReader m_reader;
    std::unique_ptr<test::FakeRegulatorDesk> m_fake;

    //! A page on a fresh fake desk answering three orders, one of them not decrypted.
    std::unique_ptr<ui::OrderBrowserPage> fakePage()
    {
        m_fake = std::make_unique<test::FakeRegulatorDesk>();
        market::BrowserPage page;
        page.total = 3;
        page.provenance = { 1, 42, QByteArray(32, '\x5a'), 3, 2 };
        page.rows = { row(12, QStringLiteral("上海澜启科技有限公司"), QStringLiteral("91310000717854505W"), 310000),
            row(11, {}, {}, 0),
            row(10, QStringLiteral("深圳市腾讯计算机系统有限公司"), QStringLiteral("914403001922038216"), 440000) };
        m_fake->browseAnswer = page;
        auto p = std::make_unique<ui::OrderBrowserPage>(m_reader, *m_fake);
        p->resize(1400, 800);
        p->show();
        return p;
    }

private Q_SLOTS:
    void showsTheFirstPageNewestFirst()
    {
        auto page = fakePage();
        QTRY_COMPARE(page->model().rowCount(), 3);
        QCOMPARE(m_fake->browseQueries.size(), 1);
        const market::BrowserQuery &asked = m_fake->browseQueries.first();
        QCOMPARE(asked.offset, 0);
        QCOMPARE(asked.limit, ui::OrderBrowserModel::kPageSize);
        QCOMPARE(asked.sortBy, market::BrowserColumn::OrderId);
        QVERIFY(!asked.ascending);
        ui::OrderBrowserModel &model = page->model();
        QCOMPARE(cell(model, 0, Column::Id), QStringLiteral("12"));
        QCOMPARE(cell(model, 0, Column::Enterprise), QStringLiteral("上海澜启科技有限公司"));
        QCOMPARE(cell(model, 0, Column::Region), QStringLiteral("Shanghai"));
        QCOMPARE(cell(model, 2, Column::Region), QStringLiteral("Guangdong"));
        QCOMPARE(cell(model, 0, Column::Letter), QStringLiteral("Valid"));
        // Not decrypted: said so in the cell and above the table.
        QCOMPARE(cell(model, 1, Column::Enterprise), QStringLiteral("(not decrypted)"));
        QCOMPARE(cell(model, 1, Column::CreditCode), QString());
        auto *note = page->findChild<QLabel *>(QStringLiteral("browserNotDecrypted"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("1 of the 3")));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("browserSummary"))->text().contains(QStringLiteral("1–42")));
        // The separator is U+00B7 itself, never its UTF-8 bytes read as Latin-1 ("Â·").
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("browserSummary"))
                    ->text()
                    .contains(QStringLiteral("on the chain · blocks")));
        // The order id is never clipped.
        const int idWidth = page->table().columnWidth(Column::Id);
        QVERIFY(idWidth >= page->table().fontMetrics().horizontalAdvance(QStringLiteral("12")));
    }

    void scrollingAsksForTheNextPage()
    {
        auto page = fakePage();
        QTRY_COMPARE(page->model().rowCount(), 3);
        market::BrowserPage more = *m_fake->browseAnswer;
        more.total = 250;
        m_fake->browseAnswer = more;
        page->model().reload();
        QTRY_COMPARE(page->model().total(), 250);
        // The view may have asked for more already to fill itself; each ask starts where the rows end.
        QTRY_VERIFY(page->model().canFetchMore({}));
        const int shown = page->model().rowCount();
        const qsizetype before = m_fake->browseQueries.size();
        page->model().fetchMore({});
        QCOMPARE(m_fake->browseQueries.size(), before + 1);
        QCOMPARE(m_fake->browseQueries.last().offset, shown);
        QCOMPARE(m_fake->browseQueries.last().limit, ui::OrderBrowserModel::kPageSize);
    }

    void aHeaderClickAsksTheDeskToSort()
    {
        auto page = fakePage();
        QTRY_COMPARE(page->model().rowCount(), 3);
        clickHeader(page->table(), Column::Placed);
        QTRY_COMPARE(m_fake->browseQueries.last().sortBy, market::BrowserColumn::PlacedAt);
        const bool firstDirection = m_fake->browseQueries.last().ascending;
        QCOMPARE(m_fake->browseQueries.last().offset, 0);
        clickHeader(page->table(), Column::Placed);
        QTRY_COMPARE(m_fake->browseQueries.last().ascending, !firstDirection);
        clickHeader(page->table(), Column::CreditCode);
        QTRY_COMPARE(m_fake->browseQueries.last().sortBy, market::BrowserColumn::EnterpriseCode);
        // The series column does not sort at the desk: nothing is asked, the indicator stays.
        const qsizetype asked = m_fake->browseQueries.size();
        clickHeader(page->table(), Column::Series);
        QTest::qWait(50);
        QCOMPARE(m_fake->browseQueries.size(), asked);
        QCOMPARE(page->table().horizontalHeader()->sortIndicatorSection(), int(Column::CreditCode));
    }

    void searchingAsksTheDesk()
    {
        auto page = fakePage();
        auto *box = page->findChild<QLineEdit *>(QStringLiteral("browserSearch"));
        QTest::keyClicks(box, QStringLiteral("9131"));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(m_fake->browseQueries.last().search, QStringLiteral("9131"));
        QCOMPARE(m_fake->browseQueries.last().offset, 0);
        // Typed (an input method's text, here set), the search follows after a pause.
        box->setText(QStringLiteral("澜启"));
        QTRY_COMPARE(m_fake->browseQueries.last().search, QStringLiteral("澜启"));
        page->search(QStringLiteral("  12 "));
        QCOMPARE(m_fake->browseQueries.last().search, QStringLiteral("12"));
    }

    void aFigureAndAnAnomalyNarrowTheBrowserUntilTheChipIsClicked()
    {
        auto page = fakePage();
        QTRY_COMPARE(page->model().rowCount(), 3);
        auto *chip = page->findChild<QPushButton *>(QStringLiteral("browserNarrowing"));
        QVERIFY(!chip->isVisible());

        market::SupervisionFilter filter;
        filter.banks = { QByteArray(20, '\x11') };
        filter.fromMs = 1'700'000'000'000;
        market::AnomalySettings settings;
        settings.workdayStartMinute = 8 * 60;
        page->setAnomalySettings(settings);
        page->search(QStringLiteral("澜启"));
        page->showFigure(filter, { market::FigureKind::OutsideHours, {}, -1 }, QStringLiteral("Outside working hours"));
        const market::BrowserQuery figure = m_fake->browseQueries.last();
        QVERIFY(figure.figure);
        QCOMPARE(figure.figure->kind, market::FigureKind::OutsideHours);
        QCOMPARE(figure.filter.banks, filter.banks);
        QCOMPARE(figure.filter.fromMs, filter.fromMs);
        QCOMPARE(figure.settings.workdayStartMinute, 8 * 60);
        QVERIFY(figure.search.isEmpty()); // exactly the orders behind the figure
        QVERIFY(figure.orderIds.isEmpty());
        QVERIFY(chip->isVisible());
        QVERIFY(chip->text().contains(QStringLiteral("Outside working hours")));
        QCOMPARE(page->narrowing(), QStringLiteral("Outside working hours"));

        page->showOrderIds({ 10, 12 }, QStringLiteral("Repeated queries"));
        const market::BrowserQuery anomaly = m_fake->browseQueries.last();
        QCOMPARE(anomaly.orderIds, (QList<quint64> { 10, 12 }));
        QVERIFY(!anomaly.figure);
        QVERIFY(anomaly.filter.banks.isEmpty());
        QVERIFY(chip->text().contains(QStringLiteral("Repeated queries")));

        QTest::mouseClick(chip, Qt::LeftButton);
        const market::BrowserQuery cleared = m_fake->browseQueries.last();
        QVERIFY(!cleared.figure);
        QVERIFY(cleared.orderIds.isEmpty());
        QVERIFY(cleared.filter.banks.isEmpty());
        QVERIFY(!chip->isVisible());
        QVERIFY(page->narrowing().isEmpty());
    }

    void exportingAsksTheDeskForTheCurrentView()
    {
        auto page = fakePage();
        QTRY_COMPARE(page->model().rowCount(), 3);
        clickHeader(page->table(), Column::Bank);
        page->showOrderIds({ 10, 11 }, QStringLiteral("SLA breaches"));
        m_fake->exportAnswer = qint64(2);
        QSignalSpy exported(page.get(), &ui::OrderBrowserPage::csvExported);
        page->exportCsvTo(QStringLiteral("/tmp/view.csv"));
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(m_fake->exportPaths, QList<QString> { QStringLiteral("/tmp/view.csv") });
        const market::BrowserQuery &asked = m_fake->exportQueries.last();
        QCOMPARE(asked.orderIds, (QList<quint64> { 10, 11 }));
        QCOMPARE(asked.sortBy, market::BrowserColumn::Bank);
        QCOMPARE(exported.first().at(1).toLongLong(), 2);

        // A failure is said in words, and nothing is claimed written.
        m_fake->exportAnswer = makeError(ErrorKind::Io, QStringLiteral("cannot write /tmp/view.csv: disk full"));
        page->exportCsvTo(QStringLiteral("/tmp/view.csv"));
        QTRY_COMPARE(exported.size(), 2);
        QCOMPARE(exported.last().at(1).toLongLong(), -1);
        QVERIFY(exported.last().at(2).toString().contains(QStringLiteral("disk full")));
        QVERIFY(
            page->findChild<QLabel *>(QStringLiteral("browserMessage"))->text().contains(QStringLiteral("disk full")));
    }

    void decryptingSaysWhatWasDecryptedAndReloads()
    {
        auto page = fakePage();
        QTRY_COMPARE(page->model().rowCount(), 3);
        m_fake->decryptionAnswer = market::DecryptionSummary { 5, 2, 1, QStringLiteral("order 11: no answer") };
        QSignalSpy finished(page.get(), &ui::OrderBrowserPage::decryptionFinished);
        const qsizetype asked = m_fake->browseQueries.size();
        page->decryptRequests();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m_fake->decryptions, 1);
        const QString message = finished.first().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("5 request(s) decrypted")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("1 could not")));
        QVERIFY(message.contains(QStringLiteral("order 11: no answer")));
        QTRY_VERIFY(m_fake->browseQueries.size() > asked); // the enterprises are read again
    }

    void aFirstSignInListsTheOrdersOnceTheStoreIsSynced()
    {
        // The page asks before the first sync has written the light store.
        m_fake = std::make_unique<test::FakeRegulatorDesk>();
        const market::BrowserPage synced = [] {
            market::BrowserPage page;
            page.total = 1;
            page.provenance = { 1, 7, QByteArray(32, '\x11'), 1, 0 };
            page.rows = { row(5, {}, {}, 0) };
            return page;
        }();
        m_fake->browseAnswer = makeError(ErrorKind::NotFound, QStringLiteral("no light store yet"));
        ui::OrderBrowserPage page(m_reader, *m_fake);
        page.show();
        auto *message = page.findChild<QLabel *>(QStringLiteral("browserMessage"));
        QVERIFY(message);
        QTRY_VERIFY(message->text().contains(QStringLiteral("no light store yet")));
        // The first blocks are verified: the page lists by itself, and the failure is gone.
        m_fake->browseAnswer = synced;
        Q_EMIT m_fake->figuresChanged(1, 7);
        QTRY_COMPARE(page.model().rowCount(), 1);
        QVERIFY(!message->isVisible());
        // Later blocks only say so: the rows the user is reading stay put until Refresh.
        const qsizetype asked = m_fake->browseQueries.size();
        Q_EMIT m_fake->figuresChanged(8, 9);
        QCOMPARE(m_fake->browseQueries.size(), asked);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("browserSummary"))->text().contains(QStringLiteral("Refresh")));
    }

    void aRowShowsItsTimeline()
    {
        market::OrderSummary order;
        order.orderId = 12;
        order.state = market::OrderState::Delivered;
        m_reader.orderList = { order };
        market::OrderEventInfo placed;
        placed.event = QStringLiteral("OrderPlaced");
        placed.state = market::OrderState::Placed;
        placed.block = 7;
        placed.tx = QByteArray(32, '\x01');
        market::OrderEventInfo delivered = placed;
        delivered.event = QStringLiteral("ReportDelivered");
        delivered.state = market::OrderState::Delivered;
        delivered.block = 9;
        m_reader.events.insert(12, { placed, delivered });
        auto page = fakePage();
        QTRY_COMPARE(page->model().rowCount(), 3);
        page->table().selectRow(0);
        QCOMPARE(page->details().orderId(), quint64(12));
        QCOMPARE(page->details().timeline().rowCount(), 2);
        // An order the store has not verified yet: said, not shown wrong.
        page->table().selectRow(2);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("browserMessage"))->text().contains(QStringLiteral("10")));
        m_reader.orderList.clear();
        m_reader.events.clear();
    }

    // On the demo network, in this order (each goes on from the one before).
    void listsEveryOrderOfTheDemoHistory();
    void decryptingFillsTheEnterprises();
    void theCsvReadsBackWhole();
    void aDemoRowShowsItsTimeline();
    void cleanupTestCase();

private:
    //! Asks for page after page until the model holds every row (the shown view may ask for some itself).
    static bool loadAll(ui::OrderBrowserModel &model)
    {
        while (model.rowCount() < model.total()) {
            if (!QTest::qWaitFor(
                    [&model] { return model.rowCount() >= model.total() || model.canFetchMore({}); }, kSlow)) {
                qWarning("stuck at %d of %lld rows, loading: %d", model.rowCount(), model.total(), model.isLoading());
                return false;
            }
            if (model.canFetchMore({}))
                model.fetchMore({});
        }
        return true;
    }

    QTemporaryDir m_dir;
    test::DemoChain m_chain;
    std::unique_ptr<desk::DeskSession> m_session;
    std::unique_ptr<desk::ChainRegulatorDesk> m_desk;
    std::unique_ptr<ui::OrderBrowserPage> m_page;
    QList<market::OrderSummary> m_orders; //!< the history, as the light store's order table lists them
};

void TestRegulatorBrowser::listsEveryOrderOfTheDemoHistory()
{
    auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")), 300);
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_chain = std::move(*chain);
    auto key = test::DemoChain::key(QStringLiteral("regulator-beijing.pem"));
    QVERIFY(key);
    m_session = std::make_unique<desk::DeskSession>(
        m_chain.profile, desk::SigningKey(*key), m_dir.filePath(QStringLiteral("terminal")));
    m_desk = std::make_unique<desk::ChainRegulatorDesk>(*m_session);
    m_session->start();
    desk::MarketReader &reader = m_session->reader();
    // The history's orders, from the store's order table (not the engine's fact table).
    QTRY_VERIFY_WITH_TIMEOUT(reader.isReady() && reader.orders({}) && reader.orders({})->size() >= 300, kSlow);
    m_orders = *reader.orders({});
    QSet<quint64> expected;
    for (const market::OrderSummary &o : std::as_const(m_orders))
        expected << o.orderId;

    m_page = std::make_unique<ui::OrderBrowserPage>(reader, *m_desk);
    m_page->resize(1400, 900);
    m_page->show();
    ui::OrderBrowserModel &model = m_page->model();
    QTRY_VERIFY_WITH_TIMEOUT(model.total() >= 0, kSlow);
    QCOMPARE(model.total(), qint64(expected.size()));
    QVERIFY(loadAll(model));
    QSet<quint64> listed;
    for (int r = 0; r < model.rowCount(); ++r)
        listed << model.orderAt(r).orderId;
    QCOMPARE(listed, expected);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("browserNotDecrypted"))->isVisible());
    QCOMPARE(cell(model, 0, Column::Enterprise), QStringLiteral("(not decrypted)"));
}

void TestRegulatorBrowser::decryptingFillsTheEnterprises()
{
    QVERIFY(m_page);
    ui::OrderBrowserModel &model = m_page->model();
    QSignalSpy decrypted(m_page.get(), &ui::OrderBrowserPage::decryptionFinished);
    m_page->decryptRequests();
    QTRY_VERIFY_WITH_TIMEOUT(decrypted.size() == 1, kSlow);
    QVERIFY2(decrypted.first().at(0).toString().contains(QStringLiteral(", 0 could not")),
        qPrintable(decrypted.first().at(0).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(model.total() == qint64(m_orders.size()) && model.rowCount() > 0, kSlow);
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("browserNotDecrypted"))->isVisible());
    // Each enterprise is the one in the order's request, opened here through the session, not the desk's copy.
    QHash<quint64, QByteArray> requestOf;
    for (const market::OrderSummary &o : std::as_const(m_orders))
        requestOf.insert(o.orderId, o.requestDocument);
    for (int r = 0; r < 5; ++r) {
        auto plain = m_session->openDocument(requestOf.value(model.orderAt(r).orderId));
        QTRY_VERIFY_WITH_TIMEOUT(plain.isFinished(), kSlow);
        QVERIFY(plain.result());
        const auto request = market::OrderRequest::parse(*plain.result());
        QVERIFY(request);
        QCOMPARE(cell(model, r, Column::Enterprise), request->enterpriseName);
        QCOMPARE(cell(model, r, Column::CreditCode), request->enterpriseCode);
    }
}

void TestRegulatorBrowser::theCsvReadsBackWhole()
{
    QVERIFY(m_page);
    ui::OrderBrowserModel &model = m_page->model();
    QVERIFY(loadAll(model));
    QHash<quint64, QString> nameOf;
    for (int r = 0; r < model.rowCount(); ++r)
        nameOf.insert(model.orderAt(r).orderId, model.orderAt(r).enterpriseName);
    const QString path = m_dir.filePath(QStringLiteral("orders.csv"));
    QSignalSpy exported(m_page.get(), &ui::OrderBrowserPage::csvExported);
    m_page->exportCsvTo(path);
    QTRY_VERIFY_WITH_TIMEOUT(exported.size() == 1, kSlow);
    QCOMPARE(exported.first().at(1).toLongLong(), qint64(m_orders.size()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QString problem;
    const QList<QStringList> records = test::parseCsv(QString::fromUtf8(bytes.mid(3)), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(records.size(), m_orders.size() + 2);
    int chinese = 0;
    for (qsizetype i = 2; i < records.size(); ++i) {
        const quint64 id = records[i].value(0).toULongLong();
        QVERIFY(nameOf.contains(id));
        QCOMPARE(records[i].value(7), nameOf.value(id));
        chinese += records[i].value(7).contains(QStringLiteral("有限公司"));
    }
    QVERIFY(chinese > 0);
}

void TestRegulatorBrowser::aDemoRowShowsItsTimeline()
{
    QVERIFY(m_page);
    m_page->table().selectRow(0);
    QCOMPARE(m_page->details().orderId(), m_page->model().orderAt(0).orderId);
    QVERIFY(m_page->details().timeline().rowCount() > 0);
}

void TestRegulatorBrowser::cleanupTestCase()
{
    m_page.reset();
    m_desk.reset();
    m_session.reset();
    m_chain = {};
}

QTEST_MAIN(TestRegulatorBrowser)
#include "TestRegulatorBrowser.moc"
