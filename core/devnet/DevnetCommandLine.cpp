// SPDX-License-Identifier: Apache-2.0
#include "devnet/DevnetCommandLine.h"

#include <limits>
#include <optional>

namespace credit::devnet {

QString usage()
{
    return QStringLiteral(
        "Usage: credit-devnet --genesis FILE --data DIR --listen HOST:PORT [--block-interval-ms N] [--sealers N] "
        "[--store-... N]\n"
        "  --genesis FILE          genesis JSON (format: core/devnet/GENESIS.md)\n"
        "  --data DIR              chain data folder; a restart continues the chain found there\n"
        "  --listen HOST:PORT      address to serve JSON-RPC and /documents on (port 0: any free port)\n"
        "  --block-interval-ms N   how often pending transactions are sealed (default 1000)\n"
        "  --sealers N             how many of the sealers sign each block (default all; at least the quorum)\n"
        "Document store limits (docs/DOCUMENT_STORE.md):\n"
        "  --store-max-document-mib N   largest document accepted (default 32)\n"
        "  --store-quota-mib N          bytes one institution may write per quota window (default 1024)\n"
        "  --store-quota-window-min N   the quota window in minutes (default 60)\n"
        "  --store-max-total-mib N      writes stop before the store holds more (default 16384)\n"
        "  --store-min-free-mib N       writes stop before the disk has less free (default 512)\n"
        "  --store-clock-window-s N     how far a write's signed time may be from the store's clock (default 300)\n");
}

namespace {

struct StoreFlag {
    const char *name;
    qint64 DocumentStoreOptions::*field;
    qint64 unit;
};

// Each flag takes a whole number of its unit, at least 1.
constexpr StoreFlag kStoreFlags[] = {
    { "--store-max-document-mib", &DocumentStoreOptions::maxDocumentBytes, 1024 * 1024 },
    { "--store-quota-mib", &DocumentStoreOptions::quotaBytes, 1024 * 1024 },
    { "--store-quota-window-min", &DocumentStoreOptions::quotaWindowMs, 60 * 1000 },
    { "--store-max-total-mib", &DocumentStoreOptions::maxTotalBytes, 1024 * 1024 },
    { "--store-min-free-mib", &DocumentStoreOptions::minFreeBytes, 1024 * 1024 },
    { "--store-clock-window-s", &DocumentStoreOptions::clockWindowMs, 1000 },
};

//! nullopt: not a store flag; else whether its value was taken.
std::optional<Result<void>> parseStoreFlag(const QString &flag, const QString &value, DocumentStoreOptions &options)
{
    for (const StoreFlag &f : kStoreFlags) {
        if (flag != QLatin1String(f.name))
            continue;
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < 1 || n > std::numeric_limits<qint64>::max() / f.unit)
            return Result<void>(
                makeError(ErrorKind::InvalidInput, QStringLiteral("%1 wants a positive number").arg(flag)));
        options.*f.field = n * f.unit;
        return Result<void>();
    }
    return std::nullopt;
}

} // namespace

Result<Devnet::Options> parseCommandLine(const QStringList &arguments)
{
    Devnet::Options o;
    bool listenGiven = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QStringLiteral("--help") || a == QStringLiteral("-h"))
            return makeError(ErrorKind::InvalidInput, usage());
        if (i + 1 >= arguments.size())
            return makeError(ErrorKind::InvalidInput, QStringLiteral("%1 needs a value\n%2").arg(a, usage()));
        const QString v = arguments[++i];
        bool ok = true;
        if (a == QStringLiteral("--genesis")) {
            o.genesisPath = v;
        } else if (a == QStringLiteral("--data")) {
            o.dataDir = v;
        } else if (a == QStringLiteral("--listen")) {
            const qsizetype colon = v.lastIndexOf(u':');
            const uint port = colon > 0 ? v.mid(colon + 1).toUInt(&ok) : 0;
            if (colon <= 0 || !ok || port > 65535 || !o.address.setAddress(v.left(colon)))
                return makeError(
                    ErrorKind::InvalidInput, QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:8545"));
            o.port = static_cast<quint16>(port);
            listenGiven = true;
        } else if (a == QStringLiteral("--block-interval-ms")) {
            o.blockIntervalMs = v.toInt(&ok);
            if (!ok || o.blockIntervalMs < 10 || o.blockIntervalMs > 3600000)
                return makeError(ErrorKind::InvalidInput, QStringLiteral("--block-interval-ms wants 10 to 3600000"));
        } else if (a == QStringLiteral("--sealers")) {
            o.signingSealers = v.toInt(&ok);
            if (!ok || o.signingSealers < 1)
                return makeError(ErrorKind::InvalidInput, QStringLiteral("--sealers wants a positive number"));
        } else if (auto store = parseStoreFlag(a, v, o.store)) {
            if (!*store)
                return store->error();
        } else {
            return makeError(ErrorKind::InvalidInput, QStringLiteral("unknown option %1\n%2").arg(a, usage()));
        }
    }
    if (o.genesisPath.isEmpty() || o.dataDir.isEmpty() || !listenGiven)
        return makeError(
            ErrorKind::InvalidInput, QStringLiteral("--genesis, --data and --listen are required\n%1").arg(usage()));
    return o;
}

} // namespace credit::devnet
