// SPDX-License-Identifier: Apache-2.0
#include "chain/ConsensusClient.h"

#include "codec/AbiCodec.h"
#include "codec/AbiFunction.h"
#include "codec/BlockHeader.h"
#include "codec/Hex.h"

#include <QCoreApplication>

namespace credit::chain {

QByteArray ConsensusClient::address()
{
    QByteArray a(20, '\0');
    a[18] = 0x10;
    a[19] = 0x03;
    return a;
}

Result<QByteArray> ConsensusClient::callData(SealerChangeKind kind, const QByteArray &nodeId)
{
    if (nodeId.size() != kNodeIdSize)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("ConsensusClient", "a node id is a 64-byte public key (128 hex digits)"));
    const QByteArray selector = abi::functionSelector(
        kind == SealerChangeKind::Add ? QStringView(u"addSealer(string)") : QStringView(u"remove(string)"));
    auto args = abi::encode(
        { abi::Type::parse(u"string").value() }, { abi::Value::string(QString::fromLatin1(nodeId.toHex())) });
    if (!args)
        return args.error();
    return selector + *args;
}

Result<void> ConsensusClient::readResult(const QByteArray &output)
{
    auto values = abi::decode({ abi::Type::parse(u"int256").value() }, output);
    if (!values)
        return makeError(ErrorKind::Rejected,
            QCoreApplication::translate(
                "ConsensusClient", "the node's answer to the sealer change is not an int256: %1")
                .arg(values.error().message));
    const std::optional<qint64> code = values->at(0).toInt64();
    if (code && *code >= 0)
        return {};
    return makeError(ErrorKind::Rejected,
        QCoreApplication::translate(
            "ConsensusClient", "the node refused the sealer change (code %1); the sealer list is unchanged")
            .arg(code ? QString::number(*code) : QStringLiteral("?")));
}

Result<SentTransaction> ConsensusClient::change(SealerChangeKind kind, const QByteArray &nodeId)
{
    auto data = callData(kind, nodeId);
    if (!data)
        return data.error();
    auto sent = m_sender.send(address(), *data);
    if (!sent)
        return sent.error();
    if (auto refused = readResult(sent->output); !refused)
        return refused.error();
    return sent;
}

} // namespace credit::chain
