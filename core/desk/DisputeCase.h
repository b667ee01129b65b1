// SPDX-License-Identifier: Apache-2.0
// What a dispute's grant lets its mediator read: the copies of the order's
// request (with the authorisation letter) and report that the party raising
// the dispute sealed for the mediator. Blocking: runs on the chain worker
// with its own read-only store connection.
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "desk/ReportExport.h"
#include "market/OrderRequest.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace credit::desk {

//! What one dispute's grant opened. A part that could not be opened says why
//! (the rest is still shown): a missing document store, a damaged copy.
struct DisputeCaseFiles {
    quint64 orderId = 0;
    std::optional<market::OrderRequest> request;
    QString requestProblem; //!< why there is no request (empty when there is one)
    QByteArray reportPdf; //!< empty when the order had no report or it could not be opened
    ReportReference report; //!< where the report's hash is on chain (orderId 0: none delivered)
    QString reportProblem;
};

struct DisputeCaseSource {
    QString storePath, documentCacheDir, documentStoreUrl;
    crypto::Sm2PrivateKey key; //!< the mediator's
    QByteArray self; //!< the mediator's account
    bool withReport = true; //!< false: the request only (a search by enterprise)
};

//! Opens the grant of the dispute on orderId and the copies it names. Refuses
//! a dispute assigned to another mediator, a grant for another order, a copy
//! of a document the order does not have, a request whose letter does not
//! hash to the on-chain authorisation hash and a report whose SM3 is not the
//! delivered one: each copy is checked against what the verified blocks say.
Result<DisputeCaseFiles> openDisputeCase(const DisputeCaseSource &source, quint64 orderId);

} // namespace credit::desk
