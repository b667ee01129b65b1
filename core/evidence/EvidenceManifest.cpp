// SPDX-License-Identifier: Apache-2.0
#include "evidence/EvidenceManifest.h"

#include "codec/Hex.h"
#include "codec/Transaction.h"
#include "crypto/Sm3.h"

namespace credit::evidence {

namespace {

QByteArray transactionHash(const QByteArray &raw)
{
    auto tx = tx::Transaction::decode(raw);
    return tx ? tx->hash() : crypto::sm3(raw);
}

} // namespace

QByteArray manifestBytes(const EvidenceBundle &b)
{
    QStringList lines;
    lines << QStringLiteral("CreditChain evidence manifest %1").arg(b.formatVersion);
    lines << QStringLiteral("chain %1").arg(b.chainId) << QStringLiteral("group %1").arg(b.groupId);
    lines << QStringLiteral("contract %1").arg(hex::encodePrefixed(b.contractAddress));
    lines << QStringLiteral("order %1").arg(b.orderId);
    lines << QStringLiteral("anchor %1").arg(hex::encodePrefixed(b.anchor));
    lines << QStringLiteral("genesis %1").arg(hex::encodePrefixed(b.genesis.hash()));
    lines << QStringLiteral("exporter %1").arg(hex::encodePrefixed(b.exporter.publicKey));
    lines << QStringLiteral("exported %1").arg(b.exporter.exportedAtMs);
    for (const SealedHeader &s : b.sealerChanges)
        lines << QStringLiteral("sealer-change %1 %2").arg(s.header.number).arg(hex::encodePrefixed(s.header.hash()));
    for (qsizetype i = 0; i < b.steps.size(); ++i) {
        const EvidenceStep &s = b.steps[i];
        lines << QStringLiteral("step %1 %2 block %3 %4 tx %5 index %6 receipt %7 log %8")
                     .arg(i)
                     .arg(s.kind)
                     .arg(s.block.header.number)
                     .arg(hex::encodePrefixed(s.block.header.hash()),
                         hex::encodePrefixed(transactionHash(s.rawTransaction)))
                     .arg(s.transactionIndex)
                     .arg(hex::encodePrefixed(s.receipt.hash()))
                     .arg(s.logIndex);
    }
    for (const DocumentRef &d : b.documents)
        lines << QStringLiteral("document %1 %2").arg(d.role, hex::encodePrefixed(d.sm3));
    return (lines.join(u'\n') + u'\n').toUtf8();
}

Result<void> sealBundle(EvidenceBundle &bundle, const crypto::Sm2PrivateKey &key, qint64 exportedAtMs)
{
    bundle.exporter.publicKey = key.publicKey().raw();
    bundle.exporter.exportedAtMs = exportedAtMs;
    bundle.exporter.signature.clear();
    auto signature = key.sign(manifestBytes(bundle));
    if (!signature)
        return signature.error();
    bundle.exporter.signature = *signature;
    return {};
}

bool manifestSignatureValid(const EvidenceBundle &bundle)
{
    auto key = crypto::Sm2PublicKey::fromRaw(bundle.exporter.publicKey);
    return key && key->verify(manifestBytes(bundle), bundle.exporter.signature);
}

} // namespace credit::evidence
