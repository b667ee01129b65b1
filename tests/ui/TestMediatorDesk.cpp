// SPDX-License-Identifier: Apache-2.0
// The mediator's screens against the demo network in-process: a real devnet,
// two light nodes (the Shanghai bank's and the Shanghai mediator's), the
// real desks, offscreen widgets driven by objectName. A bank raises a
// dispute; the mediator finds it, reads what the grant shares, traces it and
// resolves it; the bank's timeline shows the outcome with its proof.
#include "DemoChain.h"
#include "desk/ChainBankDesk.h"
#include "desk/ChainEvidenceDesk.h"
#include "desk/ChainMediatorDesk.h"
#include "desk/DeskSession.h"
#include "desk/DisputeCase.h"
#include "market/DisputeResolution.h"
#include "mediator/DisputesModel.h"
#include "mediator/DisputesPage.h"
#include "mediator/ResolveDisputeDialog.h"
#include "mediator/TracePage.h"
#include "orders/OrderDetailsPanel.h"
#include "orders/OrderTimelineModel.h"
#include "packs/EvidenceActions.h"
#include "packs/EvidenceReportDialog.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using namespace credit;
using market::OrderState;

namespace {
constexpr int kSlow = 90000; // devnet start, two first syncs, block intervals on a busy machine
constexpr int kOrders = 300;
} // namespace

class TestMediatorDesk final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsTheDemoDisputesAssignedToUs();
    void aBankRaisesADisputeAndTheMediatorReadsItsCase();
    void anotherInstitutionCannotOpenTheCase();
    void tracesByOrderIdAndTransactionHash();
    void tracesByEnterpriseOnlyWhereTheRequestIsShared();
    void resolvingNeedsAnOutcomeAndANote();
    void theResolutionReachesTheBanksTimeline();
    void aBankCannotResolve();
    void anEvidencePackFromTheScreensVerifiesWithCreditctl();
    void aTamperedPackIsRefusedOnScreen();
    void filesGivenWithAPackAreCheckedAgainstIt();
    void theCertificateNamesTheEnterpriseOnlyWhenAsked();

private:
    template<typename T> T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    std::unique_ptr<desk::DeskSession> session(const QString &keyFile, const QString &dir);
    QList<market::OrderSummary> bankOrders(OrderState state);
    //! The bank raises a dispute with the test's mediator: the transaction, once
    //! confirmed (empty when it was not).
    QByteArray raiseDispute(quint64 orderId, const QString &reason);
    int disputeRow(quint64 orderId);

    QTemporaryDir m_dir;
    test::DemoChain m_chain;
    std::unique_ptr<desk::DeskSession> m_bank, m_mediator;
    std::unique_ptr<desk::ChainBankDesk> m_bankDesk;
    std::unique_ptr<desk::ChainMediatorDesk> m_mediatorDesk;
    std::unique_ptr<ui::DisputesPage> m_disputes;
    std::unique_ptr<ui::TracePage> m_trace;
    quint64 m_disputed = 0; //!< the order the test's bank disputes
    QByteArray m_disputeTx;
};

std::unique_ptr<desk::DeskSession> TestMediatorDesk::session(const QString &keyFile, const QString &dir)
{
    auto key = test::DemoChain::key(keyFile);
    if (!key)
        return nullptr;
    auto s = std::make_unique<desk::DeskSession>(m_chain.profile, desk::SigningKey(*key), m_dir.filePath(dir));
    s->start();
    return s;
}

void TestMediatorDesk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")), 300);
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_chain = std::move(*chain);
    m_bank = session(QStringLiteral("bank-shanghai.pem"), QStringLiteral("bank"));
    m_mediator = session(QStringLiteral("mediator-shanghai.pem"), QStringLiteral("mediator"));
    QVERIFY(m_bank && m_mediator);
    m_bankDesk = std::make_unique<desk::ChainBankDesk>(*m_bank);
    m_mediatorDesk = std::make_unique<desk::ChainMediatorDesk>(*m_mediator);
    const auto caughtUp = [](desk::DeskSession &s) {
        if (!s.reader().isReady())
            return false;
        auto all = s.reader().orders({});
        return all && all->size() >= kOrders;
    };
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp(*m_bank) && caughtUp(*m_mediator), kSlow);
    m_disputes = std::make_unique<ui::DisputesPage>(m_mediator->reader(), *m_mediatorDesk);
    m_trace = std::make_unique<ui::TracePage>(m_mediator->reader(), *m_mediatorDesk);
    m_disputes->resize(1280, 800);
    m_trace->resize(1280, 800);
    m_disputes->show();
    m_trace->show();
}

void TestMediatorDesk::cleanupTestCase()
{
    m_disputes.reset();
    m_trace.reset();
    m_mediatorDesk.reset();
    m_bankDesk.reset();
    m_mediator.reset();
    m_bank.reset();
    m_chain.devnet.reset();
}

QByteArray TestMediatorDesk::raiseDispute(quint64 orderId, const QString &reason)
{
    QSignalSpy sent(m_bankDesk.get(), &desk::BankDesk::actionSent);
    QSignalSpy confirmed(m_bankDesk.get(), &desk::BankDesk::actionConfirmed);
    QSignalSpy failed(m_bankDesk.get(), &desk::BankDesk::actionFailed);
    m_bankDesk->raiseDispute(orderId, m_mediator->account(), reason);
    if (!QTest::qWaitFor([&] { return !confirmed.isEmpty() || !failed.isEmpty(); }, kSlow) || !failed.isEmpty()
        || !confirmed.first().at(2).toBool() || sent.isEmpty()) {
        qWarning("the dispute on order %llu was not confirmed: %s", orderId,
            failed.isEmpty() ? "no answer" : qPrintable(failed.first().at(1).toString()));
        return {};
    }
    return sent.first().at(1).toByteArray();
}

QList<market::OrderSummary> TestMediatorDesk::bankOrders(OrderState state)
{
    market::OrderFilter filter;
    filter.bank = m_bank->account();
    filter.states = { state };
    auto orders = m_bank->reader().orders(filter);
    return orders ? *orders : QList<market::OrderSummary> {};
}

int TestMediatorDesk::disputeRow(quint64 orderId)
{
    auto *table = child<QTableView>(m_disputes.get(), "disputesTable");
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, ui::DisputesModel::Order).data().toString() == QString::number(orderId))
            return row;
    return -1;
}

void TestMediatorDesk::listsTheDemoDisputesAssignedToUs()
{
    // Counted from the store's event log, not from the disputes query the page uses.
    QSet<quint64> raised, resolved;
    auto all = m_mediator->reader().orders({});
    QVERIFY(all.ok());
    for (const market::OrderSummary &o : std::as_const(*all)) {
        auto events = m_mediator->reader().timeline(o.orderId);
        QVERIFY(events.ok());
        for (const market::OrderEventInfo &e : std::as_const(*events)) {
            if (e.event == u"DisputeRaised" && e.detail.size() > 0)
                raised << o.orderId;
            if (e.event == u"DisputeResolved")
                resolved << o.orderId;
        }
    }
    QVERIFY2(!raised.isEmpty() && !resolved.isEmpty(), "the demo history has open and resolved disputes");
    auto *stage = child<QComboBox>(m_disputes.get(), "disputeStageFilter");
    auto *table = child<QTableView>(m_disputes.get(), "disputesTable");
    stage->setCurrentIndex(stage->findData(QString())); // all
    QCOMPARE(table->model()->rowCount(), raised.size());
    stage->setCurrentIndex(stage->findData(QStringLiteral("resolved")));
    QCOMPARE(table->model()->rowCount(), resolved.size());
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(
            resolved.contains(table->model()->index(row, ui::DisputesModel::Order).data().toString().toULongLong()));
    stage->setCurrentIndex(stage->findData(QStringLiteral("open")));
    QCOMPARE(table->model()->rowCount(), raised.size() - resolved.size());
    QVERIFY(child<QLabel>(m_disputes.get(), "disputesCount")->text().contains(QString::number(raised.size())));
}

void TestMediatorDesk::aBankRaisesADisputeAndTheMediatorReadsItsCase()
{
    const QList<market::OrderSummary> delivered = bankOrders(OrderState::Delivered);
    QVERIFY(!delivered.isEmpty());
    m_disputed = delivered.first().orderId;
    m_disputeTx = raiseDispute(m_disputed, QStringLiteral("报告中的涉诉信息与法院公开记录不符"));
    QVERIFY(!m_disputeTx.isEmpty());

    // The mediator's list shows it once its own light node has verified the block.
    QTRY_VERIFY_WITH_TIMEOUT(disputeRow(m_disputed) >= 0, kSlow);
    QVERIFY(m_disputes->selectDispute(m_disputed));
    QCOMPARE(m_disputes->shownOrder(), m_disputed);
    auto *enterprise = child<QLabel>(m_disputes.get(), "enterpriseNameLabel");
    QTRY_VERIFY_WITH_TIMEOUT(!enterprise->text().isEmpty(), kSlow);
    auto *report = child<QPushButton>(m_disputes.get(), "viewDisputedReportButton");
    QTRY_VERIFY_WITH_TIMEOUT(report->isEnabled(), kSlow);
    QVERIFY(child<QLabel>(m_disputes.get(), "disputedReportStatus")->text().contains(QStringLiteral("matches")));
    // The timeline has the dispute as its last step, proven.
    auto *details = m_disputes->findChild<ui::OrderDetailsPanel *>();
    QVERIFY(details);
    ui::OrderTimelineModel &timeline = details->timeline();
    const int last = timeline.rowCount() - 1;
    QCOMPARE(timeline.eventAt(last).event, QStringLiteral("DisputeRaised"));
    QCOMPARE(timeline.eventAt(last).tx, m_disputeTx);
    QVERIFY(timeline.index(last, ui::OrderTimelineModel::Proof)
                .data()
                .toString()
                .contains(QStringLiteral("transaction and receipt proven")));
}

void TestMediatorDesk::anotherInstitutionCannotOpenTheCase()
{
    QVERIFY(m_disputed != 0);
    // The bank holds the order's own documents, but the grant is the mediator's alone.
    auto key = test::DemoChain::key(QStringLiteral("bank-shanghai.pem"));
    QVERIFY(key.ok());
    const desk::DisputeCaseSource asBank { m_mediator->storePath(), m_dir.filePath(QStringLiteral("bank-cache")),
        m_chain.profile.documentStore, *key, m_bank->account(), true };
    auto refused = desk::openDisputeCase(asBank, m_disputed);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Rejected);
    // Claiming to be the mediator without its key: the grant does not open.
    const desk::DisputeCaseSource impostor { m_mediator->storePath(), m_dir.filePath(QStringLiteral("bank-cache")),
        m_chain.profile.documentStore, *key, m_mediator->account(), true };
    auto unopened = desk::openDisputeCase(impostor, m_disputed);
    QVERIFY(!unopened.ok());
    QVERIFY(unopened.error().message.contains(QStringLiteral("grant")));
}

void TestMediatorDesk::tracesByOrderIdAndTransactionHash()
{
    QVERIFY(!m_disputeTx.isEmpty());
    m_trace->trace(QStringLiteral("0x") + QString::fromLatin1(m_disputeTx.toHex()));
    QCOMPARE(m_trace->shownOrder(), m_disputed);
    // Any order on the chain, not only disputed ones.
    const QList<market::OrderSummary> placed = bankOrders(OrderState::Completed);
    QVERIFY(!placed.isEmpty());
    m_trace->trace(QString::number(placed.first().orderId));
    QCOMPARE(m_trace->shownOrder(), placed.first().orderId);
    ui::OrderTimelineModel &timeline = m_trace->details().timeline();
    QVERIFY(timeline.rowCount() >= 4); // placed, accepted, delivered, confirmed
    for (int row = 0; row < timeline.rowCount(); ++row) {
        QVERIFY(!timeline.index(row, ui::OrderTimelineModel::Who).data().toString().startsWith(QStringLiteral("0x")));
        QVERIFY(m_trace->details().proofOf(row).contains(QString::number(timeline.eventAt(row).block)));
    }
    m_trace->trace(QStringLiteral("0x") + QString(64, QLatin1Char('a')));
    QCOMPARE(m_trace->shownOrder(), quint64(0));
    QVERIFY(child<QLabel>(m_trace.get(), "traceMessage")->text().contains(QStringLiteral("No verified order")));
}

void TestMediatorDesk::tracesByEnterpriseOnlyWhereTheRequestIsShared()
{
    // The request of an order the bank did not dispute, read with the bank's key.
    const QList<market::OrderSummary> completed = bankOrders(OrderState::Completed);
    QVERIFY(!completed.isEmpty());
    QFutureWatcher<Result<QByteArray>> watcher;
    QSignalSpy done(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(m_bank->openDocument(completed.first().requestDocument));
    QVERIFY(done.wait(kSlow));
    QVERIFY(watcher.result().ok());
    auto hidden = market::OrderRequest::parse(*watcher.result());
    QVERIFY(hidden.ok());

    // The disputed order's enterprise, as the mediator's case shows it.
    const QString code = child<QLabel>(m_disputes.get(), "enterpriseCodeLabel")->text().section(QLatin1Char(' '), 0, 0);
    QSignalSpy searched(m_mediatorDesk.get(), &desk::MediatorDesk::enterpriseSearched);
    m_trace->trace(code);
    QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), kSlow);
    const auto found = searched.first().at(1).value<QList<quint64>>();
    QVERIFY2(found.contains(m_disputed), qPrintable(code));
    // Only orders of disputes assigned to us, never the bank's undisputed order.
    auto ours = m_mediator->reader().disputes(m_mediator->account());
    QVERIFY(ours.ok());
    QSet<quint64> shared;
    for (const market::DisputeInfo &d : std::as_const(*ours))
        shared << d.order.orderId;
    for (const quint64 id : found)
        QVERIFY(shared.contains(id));
    searched.clear();
    m_trace->trace(hidden->enterpriseCode);
    QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), kSlow);
    QVERIFY(!searched.first().at(1).value<QList<quint64>>().contains(completed.first().orderId));
}

void TestMediatorDesk::resolvingNeedsAnOutcomeAndANote()
{
    ui::ResolveDisputeDialog dialog(m_disputed);
    auto *error = child<QLabel>(&dialog, "resolutionError");
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!error->text().isEmpty());
    child<QRadioButton>(&dialog, "outcome_upheld")->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // no note yet
    child<QPlainTextEdit>(&dialog, "resolutionNoteEdit")->setPlainText(QStringLiteral("  "));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    child<QPlainTextEdit>(&dialog, "resolutionNoteEdit")->setPlainText(QStringLiteral("征信机构更正报告后重新交付"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.resolution().outcome, market::DisputeOutcome::Upheld);
}

void TestMediatorDesk::theResolutionReachesTheBanksTimeline()
{
    QVERIFY(m_disputes->selectDispute(m_disputed));
    auto *resolve = child<QPushButton>(m_disputes.get(), "resolveDisputeButton");
    QVERIFY(resolve->isEnabled());
    resolve->click();
    auto *dialog = m_disputes->findChild<ui::ResolveDisputeDialog *>(QStringLiteral("resolveDisputeDialog"));
    QVERIFY(dialog);
    child<QRadioButton>(dialog, "outcome_upheld")->setChecked(true);
    const QString note = QStringLiteral("征信机构更正报告涉诉章节并重新交付，双方无异议。");
    child<QPlainTextEdit>(dialog, "resolutionNoteEdit")->setPlainText(note);
    QSignalSpy confirmed(&m_mediatorDesk->transactions(), &desk::TransactionTracker::confirmed);
    child<QPushButton>(dialog, "recordResolutionButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!confirmed.isEmpty(), kSlow);
    QVERIFY(confirmed.first().at(2).toBool());
    // The mediator's list moves it to Resolved, with the outcome.
    QTRY_VERIFY_WITH_TIMEOUT(disputeRow(m_disputed) < 0, kSlow); // gone from "open"
    QVERIFY(m_disputes->selectDispute(m_disputed));
    QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>(m_disputes.get(), "disputesTable")
                                 ->model()
                                 ->index(disputeRow(m_disputed), ui::DisputesModel::State)
                                 .data()
                                 .toString()
                                 .contains(market::outcomeName(market::DisputeOutcome::Upheld)),
        kSlow);
    QVERIFY(!resolve->isEnabled());

    // The bank's own light node shows the step, described with the outcome and proven.
    const auto resolvedStep = [this]() -> std::optional<market::OrderEventInfo> {
        auto events = m_bank->reader().timeline(m_disputed);
        if (events)
            for (const market::OrderEventInfo &e : std::as_const(*events))
                if (e.event == u"DisputeResolved")
                    return e;
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(resolvedStep().has_value(), kSlow);
    const market::OrderEventInfo step = *resolvedStep();
    QCOMPARE(step.actor, m_mediator->account());
    QCOMPARE(step.receiptStatus, quint32(0));
    QCOMPARE(market::DisputeResolution::fromText(step.detail).note, note);
    QVERIFY(ui::OrderTimelineModel::describe(step).contains(market::outcomeName(market::DisputeOutcome::Upheld)));
    QVERIFY(ui::OrderTimelineModel::describe(step).contains(note));
    auto seals = m_bank->reader().seals({ step.block });
    QVERIFY(seals.ok() && seals->value(step.block).signers >= 3);
}

void TestMediatorDesk::aBankCannotResolve()
{
    // The same desk on the bank's session: the contract refuses, with its reason.
    QList<market::OrderSummary> disputed = bankOrders(OrderState::Disputed);
    if (disputed.isEmpty()) {
        // The demo's history is laid out back from now: at some hours this bank has no
        // open dispute left once the test's own is resolved. Raise one.
        const QList<market::OrderSummary> delivered = bankOrders(OrderState::Delivered);
        QVERIFY(!delivered.isEmpty());
        QVERIFY(!raiseDispute(delivered.first().orderId, QStringLiteral("报告内容需核实")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!(disputed = bankOrders(OrderState::Disputed)).isEmpty(), kSlow);
    }
    desk::ChainMediatorDesk wrongRole(*m_bank);
    QSignalSpy failed(&wrongRole.transactions(), &desk::TransactionTracker::failed);
    QVERIFY(wrongRole.resolveDispute(disputed.first().orderId,
        market::DisputeResolution { market::DisputeOutcome::Settled, QStringLiteral("和解") }));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kSlow);
    const QString message = failed.first().at(1).value<Error>().message;
    QVERIFY2(message.contains(QStringLiteral("mediator")), qPrintable(message));
    QVERIFY(!wrongRole.resolveDispute(1, market::DisputeResolution { market::DisputeOutcome::Settled, {} }));
}

void TestMediatorDesk::anEvidencePackFromTheScreensVerifiesWithCreditctl()
{
    // The resolved order, exported by the mediator as the Export evidence pack… button does.
    QVERIFY(m_disputed != 0);
    desk::ChainEvidenceDesk evidenceDesk(*m_mediator);
    QWidget window;
    ui::EvidenceActions actions(m_mediator->reader(), evidenceDesk, window);
    QSignalSpy exported(&actions, &ui::EvidenceActions::exported);
    QSignalSpy failed(&actions, &ui::EvidenceActions::failed);
    const QString bundle = m_dir.filePath(QStringLiteral("evidence-%1.json").arg(m_disputed));
    actions.exportTo(m_disputed, bundle);
    QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty() || !failed.isEmpty(), kSlow);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
    const QString certificate = exported.first().at(1).toString();
    QVERIFY2(QFile::exists(certificate), qPrintable(exported.first().at(2).toString()));
    QFile pdf(certificate);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    auto *shown = window.findChild<ui::EvidenceReportDialog *>();
    QVERIFY(shown);
    QVERIFY(shown->findChild<QLabel *>(QStringLiteral("evidenceVerdict"))->text().startsWith(QStringLiteral("✔")));

    // creditctl, a separate process with nothing but the file and the anchor.
    QProcess ctl;
    ctl.start(QStringLiteral(CREDITCTL_PATH),
        { QStringLiteral("evidence"), QStringLiteral("verify"), bundle, QStringLiteral("--anchor"),
            QStringLiteral("0x") + QString::fromLatin1(m_chain.profile.genesisHash.toHex()),
            QStringLiteral("--json") });
    QVERIFY(ctl.waitForFinished(kSlow));
    QCOMPARE(ctl.exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    // Placed, accepted, delivered, disputed, resolved: every step the timeline shows.
    auto events = m_mediator->reader().timeline(m_disputed);
    QVERIFY(events.ok());
    QCOMPARE(report.value(QStringLiteral("steps")).toArray().size(), events->size());
}

void TestMediatorDesk::aTamperedPackIsRefusedOnScreen()
{
    const QString bundle = m_dir.filePath(QStringLiteral("evidence-%1.json").arg(m_disputed));
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    // The chain it claims to come from, changed after export.
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.json"));
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.insert(QStringLiteral("chainId"), root.value(QStringLiteral("chainId")).toInteger() + 1);
    QFile out(tampered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    desk::ChainEvidenceDesk evidenceDesk(*m_mediator);
    QSignalSpy verified(&evidenceDesk, &desk::EvidenceDesk::packVerified);
    evidenceDesk.verifyPack(tampered, {});
    QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), kSlow);
    const auto report = verified.first().at(1).value<evidence::VerificationReport>();
    QVERIFY(!report.ok);
    QVERIFY(report.failure.has_value());
    QVERIFY(ui::EvidenceReportDialog::verdict(report).startsWith(QStringLiteral("✘")));
    // The untouched pack still verifies on screen, against this network's anchor.
    verified.clear();
    evidenceDesk.verifyPack(bundle, {});
    QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), kSlow);
    QVERIFY(verified.first().at(1).value<evidence::VerificationReport>().ok);
}

void TestMediatorDesk::filesGivenWithAPackAreCheckedAgainstIt()
{
    // The order's request envelope, as its bank has it: a document the chain references.
    market::OrderFilter filter;
    filter.orderId = m_disputed;
    const auto orders = m_bank->reader().orders(filter);
    QVERIFY(orders.ok() && orders->size() == 1);
    const QByteArray requestHash = orders->first().requestDocument;
    QFuture<Result<QByteArray>> opened = m_bank->openDocument(requestHash);
    QTRY_VERIFY_WITH_TIMEOUT(opened.isFinished(), kSlow);
    QVERIFY(opened.result().ok());
    const QString envelope = QDir(m_bank->documentCacheDir())
                                 .filePath(QString::fromLatin1(requestHash.toHex()) + QStringLiteral(".envelope"));
    QVERIFY2(QFile::exists(envelope), qPrintable(envelope));
    const QString stranger = m_dir.filePath(QStringLiteral("not-the-report.pdf"));
    QFile other(stranger);
    QVERIFY(other.open(QIODevice::WriteOnly) && other.write("%PDF-1.4 something else") > 0);
    other.close();

    // Terminal → Verify evidence pack…: the pack, then "Add files…" with the files that came with it.
    const QString bundle = m_dir.filePath(QStringLiteral("evidence-%1.json").arg(m_disputed));
    desk::ChainEvidenceDesk evidenceDesk(*m_mediator);
    QWidget window;
    ui::EvidenceActions actions(m_mediator->reader(), evidenceDesk, window);
    QSignalSpy verified(&evidenceDesk, &desk::EvidenceDesk::packVerified);
    const auto checkWith = [&](const QString &file) {
        actions.verifyChosen();
        auto *chooser = window.findChild<QFileDialog *>(QStringLiteral("fileChooser"));
        QVERIFY(chooser);
        chooser->selectFile(bundle);
        static_cast<QDialog *>(chooser)->accept(); // QFileDialog::accept is protected
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = window.findChild<QMessageBox *>(QStringLiteral("evidenceDocumentsQuestion"))));
        QTest::mouseClick(
            question->findChild<QPushButton *>(QStringLiteral("evidenceDocumentsYesButton")), Qt::LeftButton);
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = window.findChild<QFileDialog *>(QStringLiteral("filesChooser"))));
        files->selectFile(file);
        static_cast<QDialog *>(files)->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), kSlow);
    };
    checkWith(envelope);
    auto report = verified.takeFirst().at(1).value<evidence::VerificationReport>();
    QVERIFY(report.ok);
    QCOMPARE(report.documentFilesMatched, 1);
    QVERIFY(ui::EvidenceReportDialog::verdict(report).contains(QStringLiteral("very documents")));

    // Every dialog of the first check is closed and gone.
    QTRY_VERIFY(!window.findChild<QFileDialog *>(QStringLiteral("fileChooser")));
    QTRY_VERIFY(!window.findChild<QFileDialog *>(QStringLiteral("filesChooser")));
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("evidenceDocumentsQuestion")));
    checkWith(stranger);
    report = verified.takeFirst().at(1).value<evidence::VerificationReport>();
    QVERIFY(!report.ok);
    QVERIFY(report.failure && report.failure->check == evidence::Check::DocumentHash);
}

void TestMediatorDesk::theCertificateNamesTheEnterpriseOnlyWhenAsked()
{
    // Who the order is about, read independently: the bank opens its own request.
    market::OrderFilter filter;
    filter.orderId = m_disputed;
    const auto orders = m_bank->reader().orders(filter);
    QVERIFY(orders.ok() && orders->size() == 1);
    QFuture<Result<QByteArray>> opened = m_bank->openDocument(orders->first().requestDocument);
    QTRY_VERIFY_WITH_TIMEOUT(opened.isFinished(), kSlow);
    const auto request = market::OrderRequest::parse(opened.result().value());
    QVERIFY(request.ok());
    const QString name = request->enterpriseName, code = request->enterpriseCode;
    QVERIFY(!name.isEmpty() && code.size() == 18);

    const auto certificateText = [&](bool reveal) -> QString {
        desk::ChainEvidenceDesk evidenceDesk(*m_mediator);
        QWidget window;
        ui::EvidenceActions actions(m_mediator->reader(), evidenceDesk, window);
        QSignalSpy exported(&actions, &ui::EvidenceActions::exported);
        QSignalSpy failed(&actions, &ui::EvidenceActions::failed);
        actions.exportTo(m_disputed, m_dir.filePath(QStringLiteral("reveal-%1.json").arg(reveal)), reveal);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty() || !failed.isEmpty(), kSlow); }();
        if (exported.isEmpty())
            return {};
        QFile pdf(exported.first().at(1).toString());
        if (!pdf.open(QIODevice::ReadOnly))
            return {};
        auto document = Poppler::Document::loadFromData(pdf.readAll());
        QString text;
        for (int i = 0; document && i < document->numPages(); ++i)
            text += document->page(i)->text(QRectF());
        return text.remove(u' ').remove(u'\n');
    };
    // The mediator reads the enterprise through the dispute's grant; masked unless asked.
    const QString masked = certificateText(false);
    QVERIFY2(masked.contains(QStringLiteral("已遮蔽")), qPrintable(masked.left(400)));
    QVERIFY(!masked.contains(name));
    QVERIFY(!masked.contains(code));
    QVERIFY(masked.contains(code.left(4))); // the masked code keeps its region digits
    const QString revealed = certificateText(true);
    QVERIFY2(revealed.contains(name), qPrintable(revealed.left(400)));
    QVERIFY(revealed.contains(code));
    QVERIFY(!revealed.contains(QStringLiteral("已遮蔽")));
}

QTEST_MAIN(TestMediatorDesk)
#include "TestMediatorDesk.moc"
