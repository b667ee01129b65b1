// SPDX-License-Identifier: Apache-2.0
#include "evidence/VerificationReport.h"

#include "codec/Hex.h"

#include <QJsonArray>

namespace credit::evidence {

QString checkName(Check check)
{
    switch (check) {
    case Check::Bundle:
        return QStringLiteral("Bundle");
    case Check::Anchor:
        return QStringLiteral("Anchor");
    case Check::Genesis:
        return QStringLiteral("Genesis");
    case Check::SealerSetHistory:
        return QStringLiteral("SealerSetHistory");
    case Check::HeaderHash:
        return QStringLiteral("HeaderHash");
    case Check::NonSealerSigner:
        return QStringLiteral("NonSealerSigner");
    case Check::DuplicateSigner:
        return QStringLiteral("DuplicateSigner");
    case Check::SealerSignature:
        return QStringLiteral("SealerSignature");
    case Check::Quorum:
        return QStringLiteral("Quorum");
    case Check::StepOrder:
        return QStringLiteral("StepOrder");
    case Check::Transaction:
        return QStringLiteral("Transaction");
    case Check::TransactionSignature:
        return QStringLiteral("TransactionSignature");
    case Check::TransactionProof:
        return QStringLiteral("TransactionProof");
    case Check::ReceiptProof:
        return QStringLiteral("ReceiptProof");
    case Check::ReceiptStatus:
        return QStringLiteral("ReceiptStatus");
    case Check::Event:
        return QStringLiteral("Event");
    case Check::DocumentHash:
        return QStringLiteral("DocumentHash");
    case Check::ManifestSignature:
        return QStringLiteral("ManifestSignature");
    }
    return QStringLiteral("Unknown");
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray stepList;
    for (const ProvedStep &s : steps) {
        QJsonObject step { { QStringLiteral("index"), s.index }, { QStringLiteral("kind"), s.kind },
            { QStringLiteral("orderId"), static_cast<qint64>(s.orderId) }, { QStringLiteral("state"), s.state },
            { QStringLiteral("actor"), hex::encodePrefixed(s.actor) },
            { QStringLiteral("block"), static_cast<qint64>(s.block) },
            { QStringLiteral("blockTime"), static_cast<qint64>(s.blockTimeMs) },
            { QStringLiteral("blockHash"), hex::encodePrefixed(s.blockHash) },
            { QStringLiteral("tx"), hex::encodePrefixed(s.txHash) },
            { QStringLiteral("signers"), static_cast<qint64>(s.signers) },
            { QStringLiteral("sealers"), static_cast<qint64>(s.sealers) },
            { QStringLiteral("quorum"), static_cast<qint64>(s.needed) },
            { QStringLiteral("transactionProof"), s.transactionProofOk },
            { QStringLiteral("receiptProof"), s.receiptProofOk }, { QStringLiteral("event"), s.event } };
        if (!s.user.isEmpty())
            step.insert(QStringLiteral("user"), hex::encodePrefixed(s.user));
        stepList << step;
    }
    QJsonArray documentList;
    for (const DocumentRef &d : documents)
        documentList << QJsonObject { { QStringLiteral("role"), d.role },
            { QStringLiteral("sm3"), hex::encodePrefixed(d.sm3) } };
    QJsonObject o { { QStringLiteral("ok"), ok }, { QStringLiteral("bundleSm3"), hex::encodePrefixed(bundleSm3) },
        { QStringLiteral("chainId"), static_cast<qint64>(chainId) },
        { QStringLiteral("groupId"), static_cast<qint64>(groupId) },
        { QStringLiteral("orderId"), static_cast<qint64>(orderId) },
        { QStringLiteral("contract"), hex::encodePrefixed(contractAddress) },
        { QStringLiteral("anchor"), hex::encodePrefixed(anchor) }, { QStringLiteral("anchorGiven"), anchorGiven },
        { QStringLiteral("sealerChanges"), sealerChanges }, { QStringLiteral("steps"), stepList },
        { QStringLiteral("documents"), documentList }, { QStringLiteral("documentFilesMatched"), documentFilesMatched },
        { QStringLiteral("exporter"), hex::encodePrefixed(exporterAddress) },
        { QStringLiteral("exportedAt"), exportedAtMs } };
    if (failure)
        o.insert(QStringLiteral("failure"),
            QJsonObject { { QStringLiteral("check"), checkName(failure->check) },
                { QStringLiteral("message"), failure->message }, { QStringLiteral("step"), failure->step } });
    return o;
}

} // namespace credit::evidence
