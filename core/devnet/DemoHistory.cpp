// SPDX-License-Identifier: Apache-2.0
#include "devnet/DemoHistory.h"

#include "codec/AbiFunction.h"
#include "codec/Hex.h"
#include "crypto/Sm3.h"
#include "devnet/BlockProducer.h"
#include "devnet/ChainDb.h"
#include "devnet/DemoDocuments.h"
#include "devnet/DemoKeys.h"
#include "devnet/DemoPlan.h"
#include "devnet/DemoSpec.h"
#include "devnet/DemoTransactions.h"
#include "devnet/Genesis.h"
#include "devnet/TxPool.h"

#include <QDateTime>
#include <QStringList>

namespace credit::devnet {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// Actions within this window share a block (and its timestamp): a few hundred
// blocks instead of one per action keeps the first start within seconds.
constexpr qint64 kBlockWindowMs = 2LL * 3600 * 1000;
constexpr qsizetype kMaxTransactionsPerBlock = 500;
const QString kMarkerKey = QStringLiteral("demo_history");

Error failure(const QString &why)
{
    return makeError(ErrorKind::Internal, QStringLiteral("demo history: %1").arg(why));
}

QString stepName(DemoStep step)
{
    static const QStringList names { QStringLiteral("listProduct"), QStringLiteral("updateProduct"),
        QStringLiteral("delistProduct"), QStringLiteral("placeOrder"), QStringLiteral("acceptOrder"),
        QStringLiteral("rejectOrder"), QStringLiteral("cancelOrder"), QStringLiteral("deliverReport"),
        QStringLiteral("confirmReceipt"), QStringLiteral("raiseDispute"), QStringLiteral("resolveDispute"),
        QStringLiteral("registerInstitution"), QStringLiteral("openUser"), QStringLiteral("setUserActive"),
        QStringLiteral("recordAuthorisation"), QStringLiteral("revokeAuthorisation"), QStringLiteral("deliverPart") };
    return names.value(static_cast<qsizetype>(step));
}

QString describe(const DemoAction &a)
{
    if (a.step == DemoStep::RegisterInstitution)
        return QStringLiteral("registerInstitution of genesis institution %1").arg(a.institution);
    if (a.step == DemoStep::OpenUser || a.step == DemoStep::FreezeUser)
        return QStringLiteral("%1 of demo user %2").arg(stepName(a.step)).arg(a.user);
    return a.orderId ? QStringLiteral("%1 of order %2").arg(stepName(a.step)).arg(a.orderId)
                     : QStringLiteral("%1 of product %2").arg(stepName(a.step)).arg(a.productId);
}

class HistoryWriter final {
public:
    HistoryWriter(ChainDb &db, BlockProducer &producer, const Genesis &genesis, const DemoSpec &spec)
        : m_db(db), m_producer(producer), m_genesis(genesis), m_spec(spec),
          m_pool(AdmissionRules { genesis.chainId, genesis.groupId })
    {
    }

    Result<DemoHistorySummary> run(qint64 nowMs)
    {
        const qint64 start
            = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).addMonths(-m_spec.months).toMSecsSinceEpoch();
        const qint64 end = nowMs - kDayMs;
        if (m_db.height() != 0)
            return failure(QStringLiteral("the chain must hold only its genesis block"));
        if (static_cast<qint64>(m_genesis.timestamp) >= start)
            return failure(QStringLiteral("the genesis timestamp must be earlier than the history (%1)")
                               .arg(demoChinaTime(start)));
        auto keys = loadDemoKeys(m_spec, m_genesis);
        if (!keys)
            return keys.error();
        auto plan = planDemoHistory(m_spec, m_genesis.institutions, start, end);
        if (!plan)
            return plan.error();
        // The operator's registrations open the history, before any product is
        // listed; then it opens the users, before any of them signs a step.
        QList<DemoAction> opening;
        if (m_spec.registerInstitutions)
            opening = operatorActions(DemoStep::RegisterInstitution, m_genesis.institutions.size(), start);
        opening += operatorActions(DemoStep::OpenUser, m_spec.users.size(), start);
        *plan = opening + *plan;
        for (const DemoAction &a : *plan)
            if (!keys->contains(a.signer()))
                return failure(QStringLiteral("no demo key file for %1 (0x%2), which must sign %3")
                                   .arg(nameOf(a.signer()), hex::encode(a.signer()), describe(a)));

        // Blocks are decided first, so every transaction knows its blockLimit
        // base and all of them can be signed at once.
        QList<qsizetype> blockStarts;
        QList<quint64> heights;
        for (qsizetype i = 0; i < plan->size(); ++i) {
            if (blockStarts.isEmpty() || plan->at(i).timeMs >= plan->at(blockStarts.last()).timeMs + kBlockWindowMs
                || i - blockStarts.last() >= kMaxTransactionsPerBlock)
                blockStarts << i;
            heights << static_cast<quint64>(blockStarts.size() - 1);
        }
        blockStarts << plan->size();
        auto transactions = buildDemoTransactions(*plan, heights, m_genesis, m_spec, *keys);
        if (!transactions)
            return failure(transactions.error().message);

        DemoHistorySummary summary;
        summary.firstBlock = 1;
        for (qsizetype b = 0; b + 1 < blockStarts.size(); ++b) {
            const qsizetype from = blockStarts[b];
            const qsizetype count = blockStarts[b + 1] - from;
            auto sealed = sealBlock(plan->mid(from, count), transactions->mid(from, count), plan->at(from).timeMs);
            if (!sealed)
                return sealed.error();
            summary.lastBlock = *sealed;
        }
        summary.transactions = static_cast<int>(plan->size());
        summary.documents = m_documentCount;
        if (auto r = m_db.setMeta(kMarkerKey, QByteArrayLiteral("done")); !r)
            return r.error();
        return summary;
    }

private:
    // `count` operator actions at `at`, one per genesis institution (RegisterInstitution) or spec user (OpenUser).
    QList<DemoAction> operatorActions(DemoStep step, qsizetype count, qint64 at) const
    {
        QList<DemoAction> actions;
        for (qsizetype i = 0; i < count; ++i) {
            DemoAction a;
            a.timeMs = at;
            a.step = step;
            a.actor = m_genesis.operatorAccount;
            (step == DemoStep::RegisterInstitution ? a.institution : a.user) = static_cast<int>(i);
            actions << a;
        }
        return actions;
    }

    QString nameOf(const QByteArray &account) const
    {
        for (const auto &i : m_genesis.institutions)
            if (i.account == account)
                return i.name;
        for (const auto &u : m_spec.users)
            if (u.account == account)
                return QStringLiteral("user %1").arg(u.name);
        return QStringLiteral("the operator");
    }

    Result<quint64> sealBlock(
        const QList<DemoAction> &actions, const QList<DemoTransaction> &transactions, qint64 timestamp)
    {
        const auto height = static_cast<quint64>(m_db.height());
        const TxPool::ChainView view { height,
            [this](const QByteArray &n, qint64 since) { return m_db.nonceUsedSince(n, since); },
            [this](const QByteArray &h) { return m_db.transaction(h).has_value(); } };
        QList<QByteArray> hashes;
        QList<QByteArray> envelopes;
        for (qsizetype i = 0; i < transactions.size(); ++i) {
            // The same admission as sendRawTransaction: a history transaction is an ordinary one.
            auto hash = m_pool.admit(transactions[i].raw, view);
            if (!hash)
                return failure(
                    QStringLiteral("%1 was not admitted: %2").arg(describe(actions[i]), hash.error().message));
            hashes << *hash;
            envelopes += transactions[i].envelopes;
        }
        if (auto stored = storeDocuments(envelopes); !stored)
            return stored.error();
        auto number = m_producer.seal(m_pool.take(hashes.size()), static_cast<quint64>(timestamp));
        if (!number)
            return number.error();
        if (*number != height + 1 || m_db.transactionHashes(*number) != hashes)
            return failure(QStringLiteral("block %1 does not hold the %2 transactions sealed into it")
                               .arg(height + 1)
                               .arg(hashes.size()));
        for (qsizetype i = 0; i < hashes.size(); ++i) {
            const auto receipt = m_db.receipt(hashes[i]);
            if (!receipt || receipt->status != chain::kStatusSuccess)
                return failure(
                    QStringLiteral("%1 failed in block %2 (status %3): %4")
                        .arg(describe(actions[i]))
                        .arg(*number)
                        .arg(receipt ? receipt->status : 0)
                        .arg(receipt ? abi::decodeRevertReason(receipt->output).value_or(QStringLiteral("no reason"))
                                     : QStringLiteral("no receipt")));
        }
        return *number;
    }

    // A block's envelopes go to the document store in one SQLite transaction.
    Result<void> storeDocuments(const QList<QByteArray> &envelopes)
    {
        if (envelopes.isEmpty())
            return {};
        auto &sql = m_db.db();
        if (auto r = sql.begin(); !r)
            return r;
        for (const QByteArray &body : envelopes) {
            if (auto r = m_db.putDocument(crypto::sm3(body), body); !r) {
                sql.rollback();
                return r;
            }
        }
        m_documentCount += static_cast<int>(envelopes.size());
        return sql.commit();
    }

    ChainDb &m_db;
    BlockProducer &m_producer;
    const Genesis &m_genesis;
    const DemoSpec &m_spec;
    TxPool m_pool;
    int m_documentCount = 0;
};

} // namespace

Result<DemoHistorySummary> writeDemoHistory(
    ChainDb &db, BlockProducer &producer, const Genesis &genesis, const DemoSpec &spec, qint64 nowMs)
{
    return HistoryWriter(db, producer, genesis, spec).run(nowMs);
}

Result<void> markDemoHistoryPending(ChainDb &db)
{
    return db.setMeta(kMarkerKey, QByteArrayLiteral("pending"));
}

bool demoHistoryInterrupted(ChainDb &db)
{
    return db.meta(kMarkerKey) == QByteArrayLiteral("pending");
}

} // namespace credit::devnet
