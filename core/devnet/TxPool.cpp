// SPDX-License-Identifier: Apache-2.0
#include "devnet/TxPool.h"

namespace credit::devnet {

namespace {
Error reject(const char *word, const QString &detail)
{
    return makeError(ErrorKind::Rejected, QStringLiteral("%1: %2").arg(QLatin1String(word), detail));
}
} // namespace

Result<QByteArray> TxPool::admit(QByteArrayView raw, const ChainView &chain)
{
    if (raw.size() > m_rules.maxTransactionSize)
        return reject("OverMaxTransactionSize",
            QStringLiteral("the transaction is %1 bytes; the limit is %2")
                .arg(raw.size())
                .arg(m_rules.maxTransactionSize));
    if (m_queue.size() >= m_rules.poolLimit)
        return reject("TransactionPoolIsFull",
            QStringLiteral("%1 transactions are pending; try again shortly").arg(m_queue.size()));
    auto decoded = tx::Transaction::decode(raw);
    if (!decoded)
        return reject("Malformed", decoded.error().message);
    const tx::Transaction &t = *decoded;
    if (t.chainIdValue() != m_rules.chainId)
        return reject("InvalidChainId",
            QStringLiteral("chain id %1, this chain is %2").arg(t.chainIdValue()).arg(m_rules.chainId));
    if (t.groupIdValue() != m_rules.groupId)
        return reject("InvalidGroupId",
            QStringLiteral("group id %1, this group is %2").arg(t.groupIdValue()).arg(m_rules.groupId));
    const quint64 limit = t.blockLimitValue();
    if (limit <= chain.height || limit > chain.height + m_rules.blockLimitWindow)
        return reject("BlockLimitCheckFailed",
            QStringLiteral("blockLimit %1 is outside (%2, %3]")
                .arg(limit)
                .arg(chain.height)
                .arg(chain.height + m_rules.blockLimitWindow));
    const QByteArray hash = t.hash();
    if (m_hashes.contains(hash))
        return reject("AlreadyKnown", QStringLiteral("the transaction is already pending"));
    if (chain.hashOnChain && chain.hashOnChain(hash))
        return reject("AlreadyInChain", QStringLiteral("the transaction is already in a block"));
    const qint64 windowStart = static_cast<qint64>(chain.height) - static_cast<qint64>(m_rules.blockLimitWindow);
    if (m_nonces.contains(t.nonce) || (chain.nonceOnChain && chain.nonceOnChain(t.nonce, windowStart)))
        return reject(
            "TransactionNonceCheckFail", QStringLiteral("the nonce was already used within the block limit window"));
    if (!t.verifySignature())
        return reject(
            "InvalidSignature", QStringLiteral("the SM2 signature does not verify with the embedded public key"));

    m_hashes.insert(hash);
    m_nonces.insert(t.nonce);
    m_queue.append(PooledTransaction { t, raw.toByteArray(), hash });
    return hash;
}

QList<PooledTransaction> TxPool::take(qsizetype max)
{
    QList<PooledTransaction> out = m_queue.mid(0, max);
    m_queue.remove(0, out.size());
    for (const auto &p : out) {
        m_hashes.remove(p.hash);
        m_nonces.remove(p.tx.nonce);
    }
    return out;
}

} // namespace credit::devnet
