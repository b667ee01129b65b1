// SPDX-License-Identifier: Apache-2.0
// The plaintexts of the demo history's documents (formats: resources/demo/README.md).
// They are sealed in envelopes (crypto/Envelope.h) before they go anywhere.
#pragma once

#include "devnet/DemoSpec.h"
#include "market/AuthorisationDocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace credit::devnet {

//! What a bank knows when it places a demo order.
struct DemoOrderFacts {
    quint64 orderId = 0;
    quint64 productId = 0;
    QString productName;
    QString bankName;
    QString bankCode;
    QString bureauName;
    QString bureauCode;
    DemoEnterprise enterprise;
    QString purpose;
    qint64 placedAtMs = 0;
};

//! How long a demo letter is valid, from the day of the order it was first given for.
inline constexpr qint64 kDemoLetterValidityDays = 180;

//! The enterprise's authorisation letter (UTF-8 text); its SM3 goes on chain.
QByteArray demoAuthorisationLetter(const DemoOrderFacts &facts);

//! The request document (JSON, type "creditchain.order-request"): enterprise,
//! purpose and, when the product needs one, the letter itself (base64).
QByteArray demoRequestDocument(const DemoOrderFacts &facts, const QByteArray &letter);
//! The request of an order that names a recorded authorisation (its letter inside).
QByteArray demoRequestDocument(const DemoOrderFacts &facts, const market::AuthorisationDocument &authorisation);
//! The document of the authorisation recorded for the order of `facts`.
market::AuthorisationDocument demoAuthorisationDocument(quint64 authorisationId, const DemoOrderFacts &facts);

//! A document a dispute copies for the mediator: which kind, the on-chain
//! document (SM3 of its envelope), and the SM3 of the copy sealed for the mediator too.
struct DemoGrantedDocument {
    QString kind; //!< "request" or "report"
    QByteArray original;
    QByteArray copy;
};

//! The plaintext of raiseDispute's mediator key envelope (JSON, type "creditchain.dispute-grant").
QByteArray demoDisputeGrant(quint64 orderId, const QByteArray &mediator, const QList<DemoGrantedDocument> &documents);

//! "yyyy-MM-dd HH:mm" in China time (UTC+8), as the documents show dates.
QString demoChinaTime(qint64 ms, bool withTime = true);

} // namespace credit::devnet
