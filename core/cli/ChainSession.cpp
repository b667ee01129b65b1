// SPDX-License-Identifier: Apache-2.0
#include "cli/ChainSession.h"

#include "codec/Hex.h"

namespace credit::cli {

QStringList chainValueOptions()
{
    return { QStringLiteral("endpoint"), QStringLiteral("group"), QStringLiteral("chain-id") };
}

Result<QByteArray> parseAddress(const QString &text, const QString &option)
{
    auto a = hex::decodeFixed(text, 20);
    if (!a)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("--%1: %2").arg(option, a.error().message));
    return a;
}

Result<ChainSession> ChainSession::connect(const Args &args)
{
    const QString endpoint = args.value(QStringLiteral("endpoint"));
    if (endpoint.isEmpty())
        return makeError(
            ErrorKind::InvalidInput, QStringLiteral("--endpoint URL is required (e.g. http://127.0.0.1:20200/)"));
    ChainSession s;
    bool ok = true;
    if (args.has(QStringLiteral("group"))) {
        s.groupId = args.value(QStringLiteral("group")).toULongLong(&ok);
        if (!ok)
            return makeError(ErrorKind::InvalidInput, QStringLiteral("--group wants a number"));
    }
    s.client = std::make_unique<chain::RpcClient>(endpoint);
    s.rpc = std::make_unique<chain::FiscoRpc>(*s.client, s.groupId);
    if (args.has(QStringLiteral("chain-id"))) {
        s.chainId = args.value(QStringLiteral("chain-id")).toULongLong(&ok);
        if (!ok)
            return makeError(ErrorKind::InvalidInput, QStringLiteral("--chain-id wants a number"));
    } else {
        auto version = s.rpc->getClientVersion();
        if (!version)
            return version.error().toError();
        s.chainId = version->chainId;
    }
    return s;
}

} // namespace credit::cli
