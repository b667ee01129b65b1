// SPDX-License-Identifier: Apache-2.0
// raiseDispute as resources/demo/README.md "Dispute grant" describes it: the
// order's documents are copied for their readers plus the mediator, and the
// key envelope (for the mediator alone) names the copies.
#pragma once

#include "chain/MarketClient.h"
#include "common/Result.h"
#include "crypto/Sm2Key.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace credit::market {
class MarketSession;
}

namespace credit::desk {

//! The grant as the mediator reads it.
struct DisputeGrant {
    quint64 orderId = 0;
    QByteArray mediator; //!< 20-byte account
    struct Copy {
        QString kind; //!< "request" or "report"
        QByteArray original; //!< SM3 of the on-chain envelope
        QByteArray copy; //!< SM3 of the copy sealed for the mediator
    };
    QList<Copy> copies;

    //! Strict: type, version, every field; at most one copy of each kind.
    static Result<DisputeGrant> parse(const QByteArray &json);
};

struct DisputeFiling {
    quint64 orderId = 0;
    QByteArray mediator; //!< 20-byte account
    QList<crypto::Sm2PublicKey> mediatorKeys; //!< the mediator's admin key and its active users
    QString reason;
    QByteArray requestDocument; //!< SM3 of the on-chain request envelope
    QByteArray reportDocument; //!< SM3 of the on-chain report envelope; empty when none
    QList<crypto::Sm2PublicKey> readers; //!< the documents' readers (bank, bureau, regulators)

    //! The grant's plaintext (JSON, type "creditchain.dispute-grant"); copies: kind → (original, copy).
    static QByteArray grant(quint64 orderId, const QByteArray &mediator,
        const QList<std::pair<QString, std::pair<QByteArray, QByteArray>>> &copies);
};

//! Fetches and opens the order's documents with the session's key, seals and
//! uploads the copies, seals the grant and sends raiseDispute (blocking: the
//! chain worker): the executed raiseDispute.
Result<market::Outcome> fileDispute(market::MarketSession &session, const DisputeFiling &filing);

} // namespace credit::desk
