// SPDX-License-Identifier: Apache-2.0
// The mediator's pages against fake desks (tests/support/FakeDesks.h): what
// they show comes from the reader, what they do goes to the desk. No chain.
#include "FakeClock.h"
#include "FakeDesks.h"
#include "bureau/InboxOrderPane.h"
#include "bureau/OrderInboxPage.h"
#include "market/DisputeResolution.h"
#include "mediator/DisputesModel.h"
#include "mediator/DisputesPage.h"
#include "mediator/ResolveDisputeDialog.h"
#include "mediator/TracePage.h"
#include "orders/OrderDetailsPanel.h"
#include "orders/OrderTimelineModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace credit;
using market::OrderState;

namespace {

const QByteArray kUs(20, '\x3a'), kOtherMediator(20, '\x3b'), kBank(20, '\x0b'), kBureau(20, '\x0d');
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kNow = 1'750'000'000'000;

market::DisputeInfo dispute(quint64 id, const QByteArray &mediator, const QString &resolution = {})
{
    market::DisputeInfo d;
    d.order.orderId = id;
    d.order.bank = kBank;
    d.order.bureau = kBureau;
    d.order.bankName = QStringLiteral("上海浦东发展银行");
    d.order.bureauName = QStringLiteral("上海浦江资信评估有限公司");
    d.order.productName = QStringLiteral("企业信用报告");
    d.order.state = resolution.isEmpty() ? OrderState::Disputed : OrderState::Resolved;
    d.order.block = id;
    d.mediator = mediator;
    d.raisedBy = kBank;
    d.raisedByName = d.order.bankName;
    d.reason = QStringLiteral("报告缺少约定的税务信用章节 %1").arg(id);
    d.resolution = resolution;
    d.raisedAtMs = kNow - 30 * kHour;
    d.resolvedAtMs = resolution.isEmpty() ? 0 : kNow - 2 * kHour;
    return d;
}

market::OrderEventInfo step(const QString &name, quint64 block, char tx, const QString &detail = {})
{
    market::OrderEventInfo e;
    e.event = name;
    e.block = block;
    e.tx = QByteArray(32, tx);
    e.detail = detail;
    e.actor = kBank;
    e.actorName = QStringLiteral("上海浦东发展银行");
    return e;
}

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QList<quint64> shownOrders(QTableView &table)
{
    QList<quint64> ids;
    for (int row = 0; row < table.model()->rowCount(); ++row)
        ids << table.model()->index(row, 0).data().toString().toULongLong();
    return ids;
}

} // namespace

class TestMediatorPages final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_reader = std::make_unique<test::FakeMarketReader>();
        m_reader->account = kUs;
        m_reader->disputeList = { dispute(101, kUs), dispute(102, kUs, QStringLiteral("[rejected] 报告与数据源一致")),
            dispute(103, kOtherMediator), dispute(104, kUs, QStringLiteral("经调解，双方达成和解。")) };
        for (const market::DisputeInfo &d : std::as_const(m_reader->disputeList)) {
            m_reader->orderList << d.order;
            m_reader->events.insert(d.order.orderId,
                { step(QStringLiteral("OrderPlaced"), d.order.orderId * 10, 'p'),
                    step(QStringLiteral("DisputeRaised"), d.order.orderId * 10 + 5, char('a' + d.order.orderId % 20),
                        d.reason) });
        }
        m_desk = std::make_unique<test::FakeMediatorDesk>();
        m_clock.setEpochMs(kNow);
    }

    void listsOnlyOurDisputesOpenFirstWithAgeAndOutcome()
    {
        ui::DisputesPage page(*m_reader, *m_desk, m_clock);
        auto *table = child<QTableView>(&page, "disputesTable");
        QCOMPARE(shownOrders(*table), (QList<quint64> { 101 })); // open ones by default
        auto *stage = child<QComboBox>(&page, "disputeStageFilter");
        stage->setCurrentIndex(stage->findData(QStringLiteral("resolved")));
        QCOMPARE(shownOrders(*table), (QList<quint64> { 102, 104 }));
        // A tagged resolution reads as its outcome; free text (the demo's, another tool's) as resolved.
        QCOMPARE(table->model()->index(0, ui::DisputesModel::State).data().toString(),
            QStringLiteral("Resolved · Complaint rejected"));
        QCOMPARE(table->model()->index(1, ui::DisputesModel::State).data().toString(), QStringLiteral("Resolved"));
        QCOMPARE(table->model()->index(0, ui::DisputesModel::Age).data().toString(), QStringLiteral("1 d 4 h"));
        stage->setCurrentIndex(stage->findData(QString()));
        QCOMPARE(shownOrders(*table).size(), 3); // never 103: another mediator's
        child<QLineEdit>(&page, "disputeSearch")->setText(QStringLiteral("104"));
        QCOMPARE(shownOrders(*table), (QList<quint64> { 104 }));
        QVERIFY(child<QLabel>(&page, "disputesCount")->text().contains(QStringLiteral("1 of 3")));
    }

    void choosingADisputeOpensItsCaseOnce()
    {
        desk::DisputeCaseFiles files;
        files.orderId = 101;
        market::OrderRequest request;
        request.orderId = 101;
        request.enterpriseName = QStringLiteral("苏州工业园区星海精密制造有限公司");
        request.enterpriseCode = QStringLiteral("91320594MA1MXX4C0Y");
        files.request = request;
        files.reportProblem = QStringLiteral("no report yet");
        m_desk->cases.insert(101, files);
        ui::DisputesPage page(*m_reader, *m_desk, m_clock);
        QVERIFY(page.selectDispute(101));
        QCOMPARE(m_desk->opened, (QList<quint64> { 101 }));
        QCOMPARE(child<QLabel>(&page, "enterpriseNameLabel")->text(), request.enterpriseName);
        QVERIFY(!child<QPushButton>(&page, "viewDisputedReportButton")->isEnabled());
        QCOMPARE(child<QLabel>(&page, "disputedReportStatus")->text(), QStringLiteral("no report yet"));
        // The timeline of the chosen order, from the reader.
        auto *details = page.findChild<ui::OrderDetailsPanel *>();
        QCOMPARE(details->timeline().rowCount(), 2);
        // Chosen again after a refresh: not decrypted a second time.
        page.refresh();
        QVERIFY(page.selectDispute(101));
        QCOMPARE(m_desk->opened.size(), 1);
        // A resolved dispute is chosen by clearing the filter that hid it.
        QVERIFY(page.selectDispute(102));
        QCOMPARE(page.shownOrder(), quint64(102));
        QVERIFY(!child<QPushButton>(&page, "resolveDisputeButton")->isEnabled());
        QVERIFY(!page.selectDispute(103));
    }

    void resolveAsksThenSendsTheTaggedResolution()
    {
        ui::DisputesPage page(*m_reader, *m_desk, m_clock);
        QVERIFY(page.selectDispute(101));
        child<QPushButton>(&page, "resolveDisputeButton")->click();
        auto *dialog = page.findChild<ui::ResolveDisputeDialog *>();
        QVERIFY(dialog);
        child<QPushButton>(dialog, "recordResolutionButton")->click();
        QVERIFY(m_desk->resolved.isEmpty()); // no outcome, no note: nothing sent
        QVERIFY(!child<QLabel>(dialog, "resolutionError")->text().isEmpty());
        child<QRadioButton>(dialog, "outcome_settled")->setChecked(true);
        child<QPlainTextEdit>(dialog, "resolutionNoteEdit")->setPlainText(QStringLiteral("退还百分之五十服务费"));
        child<QPushButton>(dialog, "recordResolutionButton")->click();
        QCOMPARE(m_desk->resolved.size(), 1);
        QCOMPARE(m_desk->resolved.first().first, quint64(101));
        QCOMPARE(m_desk->resolved.first().second.toText(), QStringLiteral("[settled] 退还百分之五十服务费"));
        // Pending: no second resolution meanwhile; the outcome reaches the message line.
        QTRY_VERIFY(child<QLabel>(&page, "disputesMessage")->text().contains(QStringLiteral("101")));
        QVERIFY(!child<QPushButton>(&page, "resolveDisputeButton")->isEnabled());
        m_desk->transactions().onTransactionConfirmed(QByteArray(32, '\x77'), 0, true); // another tx: nothing changes
        QVERIFY(!child<QPushButton>(&page, "resolveDisputeButton")->isEnabled());
    }

    void aFailedResolutionSaysWhy()
    {
        m_desk->nextOutcome = makeError(ErrorKind::Rejected, QStringLiteral("caller is not the order's mediator"));
        ui::DisputesPage page(*m_reader, *m_desk, m_clock);
        QVERIFY(page.selectDispute(101));
        QVERIFY(m_desk->resolveDispute(101, { market::DisputeOutcome::Upheld, QStringLiteral("note") }));
        auto *message = child<QLabel>(&page, "disputesMessage");
        QTRY_VERIFY(message->text().contains(QStringLiteral("mediator")));
        QVERIFY(child<QPushButton>(&page, "resolveDisputeButton")->isEnabled()); // free to try again
    }

    void traceFindsByIdTransactionOrEnterprise()
    {
        ui::TracePage page(*m_reader, *m_desk, m_clock);
        page.trace(QStringLiteral("103")); // any order on the chain, not only ours
        QCOMPARE(page.shownOrder(), quint64(103));
        QCOMPARE(page.details().timeline().rowCount(), 2);
        const QByteArray tx = m_reader->events.value(102).last().tx;
        page.trace(QString::fromLatin1(tx.toHex()));
        QCOMPARE(page.shownOrder(), quint64(102));
        page.trace(QStringLiteral("999"));
        QCOMPARE(page.shownOrder(), quint64(0));
        QVERIFY(child<QLabel>(&page, "traceMessage")->text().contains(QStringLiteral("No verified order")));
        QVERIFY(m_desk->searches.isEmpty()); // ids and hashes never decrypt anything

        desk::DisputeCaseFiles files;
        files.orderId = 104;
        market::OrderRequest request;
        request.enterpriseName = QStringLiteral("深圳前海微众科技有限公司");
        request.enterpriseCode = QStringLiteral("91440300MA5DC6QX9X");
        files.request = request;
        m_desk->cases.insert(104, files);
        page.trace(QStringLiteral("前海微众"));
        QCOMPARE(m_desk->searches, QStringList { QStringLiteral("前海微众") });
        QCOMPARE(page.shownOrder(), quint64(104));
        // An 18-digit text that is no order id is an enterprise code.
        page.trace(QStringLiteral("913205940000000001"));
        QCOMPARE(m_desk->searches.size(), 2);
        QCOMPARE(page.shownOrder(), quint64(0));
    }

    void traceShowsTheAuthorisationTheOrderUsed()
    {
        // 2026-03-01 to 2026-08-31 China time, revoked on 2026-05-20 after two orders.
        market::AuthorisationInfo a;
        a.authorisationId = 2026030100901;
        a.validFromMs = 1772294400000;
        a.validUntilMs = 1788192000000;
        a.uses = 2;
        a.revoked = true;
        a.revokedAtMs = 1779246000000;
        a.revokeReason = QStringLiteral("企业申请撤回授权");
        a.purpose = QStringLiteral("贷前审查");
        m_reader->authorisationsByOrder.insert(103, a);
        ui::TracePage page(*m_reader, *m_desk, m_clock);
        page.trace(QStringLiteral("103"));
        auto *line = child<QLabel>(&page, "orderAuthorisation");
        QVERIFY(line->isVisibleTo(&page));
        QCOMPARE(line->text(),
            QStringLiteral("Placed with authorisation 2026030100901 (valid 2026-03-01 to 2026-08-31, used by 2 "
                           "order(s)) · revoked on 2026-05-20: 企业申请撤回授权")); // no translation loaded here
        QVERIFY(line->toolTip().contains(QStringLiteral("贷前审查")));
        // An order that named none shows no such line.
        page.trace(QStringLiteral("102"));
        QVERIFY(!line->isVisibleTo(&page));
        m_reader->authorisationsByOrder.clear();
    }

    void timelineDescribesAResolutionWithItsOutcome()
    {
        const auto resolved = step(QStringLiteral("DisputeResolved"), 9, 'r', QStringLiteral("[upheld] 重新交付"));
        QCOMPARE(ui::OrderTimelineModel::describe(resolved),
            QStringLiteral("Resolved the dispute (Complaint upheld): 重新交付"));
        const auto freeText = step(QStringLiteral("DisputeResolved"), 9, 'r', QStringLiteral("[unknown] 双方和解"));
        QCOMPARE(
            ui::OrderTimelineModel::describe(freeText), QStringLiteral("Resolved the dispute: [unknown] 双方和解"));
        ui::OrderTimelineModel model;
        auto failed = resolved;
        failed.receiptStatus = 22;
        model.setEvents({ resolved, failed }, { { 9, market::BlockSeal { 9, 3, 4 } } });
        QCOMPARE(model.index(0, ui::OrderTimelineModel::Proof).data().toString(),
            QStringLiteral("✔ sealed by 3 of 4 · transaction and receipt proven"));
        QVERIFY(model.index(1, ui::OrderTimelineModel::Proof).data().toString().startsWith(QStringLiteral("✘")));
    }

    void theBureausInboxShowsTheResolutionInItsTimeline()
    {
        // The bureau's side of a resolved dispute: its inbox row's timeline tab.
        m_reader->account = kBureau;
        QList<market::OrderEventInfo> &steps = m_reader->events[102];
        auto resolved
            = step(QStringLiteral("DisputeResolved"), 1025, 'z', QStringLiteral("[rejected] 报告与数据源一致"));
        resolved.actor = kUs;
        resolved.actorName = QStringLiteral("上海金融纠纷调解中心");
        steps << resolved;
        test::FakeBureauDesk bureau;
        ui::OrderInboxPage inbox(*m_reader, bureau, chain::NetworkProfile {}, m_clock);
        QVERIFY(inbox.selectOrder(102));
        auto *timeline = inbox.findChild<ui::OrderDetailsPanel *>();
        QVERIFY(timeline);
        QCOMPARE(timeline->orderId(), quint64(102));
        const int last = timeline->timeline().rowCount() - 1;
        QCOMPARE(timeline->timeline().index(last, ui::OrderTimelineModel::What).data().toString(),
            QStringLiteral("Resolved the dispute (Complaint rejected): 报告与数据源一致"));
        QCOMPARE(timeline->timeline().index(last, ui::OrderTimelineModel::Who).data().toString(),
            QStringLiteral("上海金融纠纷调解中心"));
    }

private:
    std::unique_ptr<test::FakeMarketReader> m_reader;
    std::unique_ptr<test::FakeMediatorDesk> m_desk;
    test::FakeClock m_clock;
};

QTEST_MAIN(TestMediatorPages)
#include "TestMediatorPages.moc"
