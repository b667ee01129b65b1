// SPDX-License-Identifier: Apache-2.0
#include "cli/ChainSession.h"
#include "cli/Commands.h"
#include "cli/KeyAccess.h"
#include "chain/TransactionSender.h"
#include "codec/Hex.h"

#include <QJsonArray>

namespace credit::cli {

int chainInfo(const Args &args, Output &out)
{
    auto session = ChainSession::connect(args);
    if (!session)
        return out.fail(session.error());
    auto version = session->rpc->getClientVersion();
    auto height = session->rpc->getBlockNumber();
    auto sealers = session->rpc->getSealerList();
    if (!version)
        return out.fail(version.error().toError());
    if (!height)
        return out.fail(height.error().toError());
    if (!sealers)
        return out.fail(sealers.error().toError());
    QJsonArray ids;
    for (const auto &id : *sealers)
        ids << hex::encode(id);
    out.result({ { QStringLiteral("endpoint"), args.value(QStringLiteral("endpoint")) },
                   { QStringLiteral("clientVersion"), version->nodeVersion },
                   { QStringLiteral("supportedVersion"), version->supportedVersion },
                   { QStringLiteral("chainId"), static_cast<qint64>(version->chainId) },
                   { QStringLiteral("groupId"), static_cast<qint64>(session->groupId) },
                   { QStringLiteral("height"), static_cast<qint64>(*height) }, { QStringLiteral("sealers"), ids } },
        { QStringLiteral("endpoint"), QStringLiteral("clientVersion"), QStringLiteral("supportedVersion"),
            QStringLiteral("chainId"), QStringLiteral("groupId"), QStringLiteral("height"),
            QStringLiteral("sealers") });
    return kExitOk;
}

int sendAndReport(const Args &args, Output &out, const QByteArray &to, const QByteArray &data)
{
    const QString keyPath = args.value(QStringLiteral("key"));
    if (keyPath.isEmpty())
        return out.usage(QStringLiteral("--key FILE is required to sign the transaction"));
    auto session = ChainSession::connect(args);
    if (!session)
        return out.fail(session.error());
    auto key = openKey(keyPath);
    if (!key)
        return out.fail(key.error());
    chain::TransactionSender sender(*session->rpc, *key, session->chainId, session->groupId);
    auto sent = sender.send(to, data);
    if (!sent)
        return out.fail(sent.error());
    out.result({ { QStringLiteral("transactionHash"), hex::encodePrefixed(sent->hash) },
                   { QStringLiteral("blockNumber"), static_cast<qint64>(sent->blockNumber) },
                   { QStringLiteral("status"), sent->receipt.value(QStringLiteral("status")) },
                   { QStringLiteral("output"), hex::encodePrefixed(sent->output) },
                   { QStringLiteral("from"), hex::encodePrefixed(key->address()) },
                   { QStringLiteral("receipt"), sent->receipt } },
        { QStringLiteral("transactionHash"), QStringLiteral("blockNumber"), QStringLiteral("status"),
            QStringLiteral("from"), QStringLiteral("output") });
    return kExitOk;
}

int txSend(const Args &args, Output &out)
{
    auto to = parseAddress(args.value(QStringLiteral("to")), QStringLiteral("to"));
    if (!to)
        return out.usage(to.error().message);
    auto data = hex::decode(args.value(QStringLiteral("data-hex")));
    if (!data)
        return out.fail(QStringLiteral("--data-hex: %1").arg(data.error().message));
    return sendAndReport(args, out, *to, *data);
}

} // namespace credit::cli
