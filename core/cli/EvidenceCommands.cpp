// SPDX-License-Identifier: Apache-2.0
// `creditctl evidence export` writes an order's evidence bundle from a light
// store (what the store lacks comes from the profile's first endpoint, checked
// against the verified headers); `creditctl evidence verify` checks a bundle
// fully offline and prints what it proved, step by step.
#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "cli/Commands.h"
#include "cli/FileIo.h"
#include "cli/KeyAccess.h"
#include "codec/Hex.h"
#include "crypto/Sm3.h"
#include "desk/EvidenceExport.h"
#include "evidence/BundleJson.h"
#include "evidence/EvidenceVerifier.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTimeZone>

namespace credit::cli {

namespace {

Result<QByteArray> sm3OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    crypto::Sm3Hasher hasher;
    constexpr qint64 kChunk = 1 << 20;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return makeError(ErrorKind::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        hasher.update(chunk);
    }
    return hasher.finish();
}

QString utc(quint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QString stepLine(const evidence::ProvedStep &s)
{
    return QStringLiteral("%1 (order %2 → %3) by %4, block %5 at %6, tx %7, sealed by %8 of %9 sealers (quorum %10), "
                          "tx proof %11, receipt proof %12")
        .arg(s.kind)
        .arg(s.orderId)
        .arg(s.state,
            s.user.isEmpty() ? hex::encodePrefixed(s.actor)
                             : hex::encodePrefixed(s.user) + QStringLiteral(" for ") + hex::encodePrefixed(s.actor))
        .arg(s.block)
        .arg(utc(s.blockTimeMs), hex::encodePrefixed(s.txHash))
        .arg(s.signers)
        .arg(s.sealers)
        .arg(s.needed)
        .arg(s.transactionProofOk ? QStringLiteral("ok") : QStringLiteral("FAILED"),
            s.receiptProofOk ? QStringLiteral("ok") : QStringLiteral("FAILED"));
}

//! The report as "key: value" lines, in reading order.
void printReport(const evidence::VerificationReport &r, Output &out)
{
    if (out.json()) {
        out.result(r.toJson(), {});
        return;
    }
    QJsonObject lines;
    QStringList order;
    auto add = [&](const QString &key, const QString &value) {
        lines.insert(key, value);
        order << key;
    };
    add(QStringLiteral("bundle sm3"), hex::encodePrefixed(r.bundleSm3));
    if (!r.failure || r.failure->check != evidence::Check::Bundle) {
        add(QStringLiteral("chain"),
            QStringLiteral("chain id %1, group %2, contract %3")
                .arg(r.chainId)
                .arg(r.groupId)
                .arg(hex::encodePrefixed(r.contractAddress)));
        add(QStringLiteral("anchor"),
            hex::encodePrefixed(r.anchor)
                + (r.anchorGiven ? QStringLiteral(" (matches the anchor given)")
                                 : QStringLiteral(" (the bundle's own: give --anchor HASH to check it)")));
        add(QStringLiteral("order"), QString::number(r.orderId));
        add(QStringLiteral("sealer changes"), QString::number(r.sealerChanges));
        for (const evidence::ProvedStep &s : r.steps)
            add(QStringLiteral("step %1").arg(s.index), stepLine(s));
        for (const evidence::DocumentRef &d : r.documents)
            add(QStringLiteral("document %1").arg(d.role), hex::encodePrefixed(d.sm3));
        add(QStringLiteral("document files matched"), QString::number(r.documentFilesMatched));
        add(QStringLiteral("exporter"),
            QStringLiteral("%1 at %2")
                .arg(hex::encodePrefixed(r.exporterAddress), utc(static_cast<quint64>(r.exportedAtMs))));
    }
    add(QStringLiteral("result"),
        r.ok ? QStringLiteral("VERIFIED: every step above is proved from the anchor")
             : QStringLiteral("FAILED: %1%2")
                   .arg(evidence::checkName(r.failure->check),
                       r.failure->step >= 0 ? QStringLiteral(" at step %1").arg(r.failure->step) : QString()));
    out.result(lines, order);
}

} // namespace

int evidenceExport(const Args &args, Output &out)
{
    const QString dataDir = args.value(QStringLiteral("data"));
    const QString keyPath = args.value(QStringLiteral("key"));
    const QString outPath = args.value(QStringLiteral("out"));
    const QString profilePath = args.value(QStringLiteral("profile"));
    if (dataDir.isEmpty() || keyPath.isEmpty() || outPath.isEmpty() || !args.has(QStringLiteral("order")))
        return out.usage(QStringLiteral("--data DIR, --order ID, --key FILE and --out FILE are required"));
    if (profilePath.isEmpty())
        return out.usage(QStringLiteral("--profile FILE is required: the light store keeps neither the sealers' "
                                        "signatures nor raw transactions, so they are fetched from its endpoints"));
    bool ok = false;
    const quint64 orderId = args.value(QStringLiteral("order")).toULongLong(&ok);
    if (!ok || orderId == 0)
        return out.usage(QStringLiteral("--order: give an order id (a whole number > 0)"));
    const QString storePath = QDir(dataDir).filePath(QStringLiteral("light.sqlite"));
    if (!QFile::exists(storePath))
        return out.fail(makeError(ErrorKind::NotFound,
            QStringLiteral("no light store in %1: run creditctl sync --profile FILE --data DIR first").arg(dataDir)));
    auto profile = chain::NetworkProfile::load(profilePath);
    if (!profile)
        return out.fail(profile.error());
    auto key = openKey(keyPath);
    if (!key)
        return out.fail(key.error());
    chain::RpcClient client(profile->endpoints.first());
    chain::FiscoRpc rpc(client, profile->groupId);
    const chain::CancelToken cancel;
    auto bundle = desk::exportEvidence(storePath, *profile, rpc, *key, orderId, cancel);
    if (!bundle)
        return out.fail(bundle.error());
    const QByteArray bytes = evidence::writeBundle(*bundle);
    if (auto written = writeOutputFile(outPath, bytes); !written)
        return out.fail(written.error());
    out.result({ { QStringLiteral("out"), outPath }, { QStringLiteral("order"), static_cast<qint64>(orderId) },
                   { QStringLiteral("steps"), static_cast<qint64>(bundle->steps.size()) },
                   { QStringLiteral("bytes"), static_cast<qint64>(bytes.size()) },
                   { QStringLiteral("sm3"), hex::encodePrefixed(crypto::sm3(bytes)) } },
        { QStringLiteral("out"), QStringLiteral("order"), QStringLiteral("steps"), QStringLiteral("bytes"),
            QStringLiteral("sm3") });
    return kExitOk;
}

int evidenceVerify(const Args &args, Output &out)
{
    if (args.positional().size() != 1)
        return out.usage(
            QStringLiteral("give one bundle file: evidence verify BUNDLE [--anchor HASH] [--document FILE]…"));
    evidence::VerifyOptions options;
    if (args.has(QStringLiteral("anchor"))) {
        auto anchor = hex::decodeFixed(args.value(QStringLiteral("anchor")), 32);
        if (!anchor)
            return out.usage(
                QStringLiteral("--anchor: give the genesis hash as 64 hex digits (%1)").arg(anchor.error().message));
        options.anchor = *anchor;
    }
    for (const QString &path : args.values(QStringLiteral("document"))) {
        auto sm3 = sm3OfFile(path);
        if (!sm3)
            return out.fail(sm3.error());
        options.documents << evidence::SuppliedDocument { path, *sm3 };
    }
    // Read at most one byte over the cap: the reader then refuses an oversized file by its size,
    // and a huge file never fills memory.
    QFile file(args.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return out.fail(makeError(file.exists() ? ErrorKind::Io : ErrorKind::NotFound,
            QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString())));
    const QByteArray data = file.read(evidence::kMaxBundleBytes + 1);
    const evidence::VerificationReport report = evidence::verifyBundleFile(data, options);
    printReport(report, out);
    if (report.ok)
        return kExitOk;
    out.warn(QStringLiteral("the bundle does not verify: %1%2: %3")
                 .arg(evidence::checkName(report.failure->check),
                     report.failure->step >= 0 ? QStringLiteral(" at step %1").arg(report.failure->step) : QString(),
                     report.failure->message));
    return kExitNegative;
}

} // namespace credit::cli
