// SPDX-License-Identifier: Apache-2.0
#include "devnet/ConsensusPrecompile.h"

#include "chain/ConsensusClient.h"
#include "codec/AbiCodec.h"
#include "codec/AbiFunction.h"
#include "codec/Hex.h"
#include "devnet/BlockProducer.h"

namespace credit::devnet {

namespace {

Execution revert(const QString &reason)
{
    auto encoded = abi::encode({ abi::Type::parse(u"string").value() }, { abi::Value::string(reason) });
    return { chain::kStatusRevert, abi::errorSelectorSm3() + encoded.value(), {} };
}

Execution success()
{
    return { chain::kStatusSuccess,
        abi::encode({ abi::Type::parse(u"int256").value() }, { abi::Value::fromInt(1) }).value(), {} };
}

int quorum(qsizetype n)
{
    return static_cast<int>(n - (n - 1) / 3);
}

} // namespace

QByteArray ConsensusPrecompile::address()
{
    return chain::ConsensusClient::address();
}

Execution ConsensusPrecompile::execute(const QByteArray &sender, const QByteArray &data)
{
    static const QByteArray addSealer = abi::functionSelector(u"addSealer(string)");
    static const QByteArray remove = abi::functionSelector(u"remove(string)");
    const QByteArray selector = data.left(4);
    if (selector != addSealer && selector != remove)
        return { chain::kStatusRevert, {}, {} };
    if (sender != m_operator)
        return revert(QStringLiteral("only the operator may change the sealers"));
    auto args = abi::decode({ abi::Type::parse(u"string").value() }, QByteArrayView(data).sliced(4));
    if (!args)
        return revert(QStringLiteral("bad arguments: %1").arg(args.error().message));
    const QString text = std::get<QString>(args->at(0).data());
    auto nodeId = hex::decodeFixed(text, chain::kNodeIdSize);
    if (!nodeId)
        return revert(QStringLiteral("a node id is 128 hex digits"));

    QList<QByteArray> next = m_producer.nextSealerList();
    if (selector == addSealer) {
        if (next.contains(*nodeId))
            return revert(QStringLiteral("the node is already a sealer"));
        if (!m_producer.holdsKey(*nodeId))
            return revert(QStringLiteral("the devnet holds no key for this node, so it could never seal"));
        next.append(*nodeId);
    } else {
        if (!next.removeOne(*nodeId))
            return revert(QStringLiteral("the node is not a sealer"));
        if (next.isEmpty())
            return revert(QStringLiteral("the last sealer cannot be removed"));
    }
    // Light nodes accept a new list only when the block that carries it is signed
    // by a quorum of the previous list: keep that true, one block at a time.
    const auto &current = m_producer.sealingList();
    const auto kept
        = std::count_if(current.cbegin(), current.cend(), [&](const auto &id) { return next.contains(id); });
    if (kept < quorum(current.size()))
        return revert(QStringLiteral("too many sealer changes in one block; make them in separate blocks"));
    if (auto r = m_producer.setNextSealerList(next); !r)
        return revert(r.error().message);
    return success();
}

} // namespace credit::devnet
