// SPDX-License-Identifier: Apache-2.0
// Decrypting the orders' request envelopes into the regulator's local copy:
// each envelope is fetched only because a verified block names it (checked
// against that hash, cached), opened with the regulator's key, parsed
// strictly, and reduced to the RequestFacts the statistics need. Blocking:
// the regulator's desk runs it on a worker thread.
#pragma once

#include "chain/CancelToken.h"
#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "market/SupervisionRecords.h"
#include "supervision/RequestFacts.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace credit::desk {

struct RequestDecryptionPaths {
    QString store; //!< the light store
    QString privateCopy; //!< the decrypted copy
    QString documentCache;
    QString documentStoreUrl;
    //! Stops a fetch in flight at once (the regulator's desk fires it when it goes).
    std::shared_ptr<const chain::CancelToken> cancel;
};

//! Decrypts every request not in the copy yet. progress(done, total) is
//! called after each order; returning false stops (what was kept stays kept).
//! kept(rows) is called after each batch is stored in the copy.
Result<market::DecryptionSummary> decryptRequestEnvelopes(const RequestDecryptionPaths &paths,
    const crypto::Sm2PrivateKey &key, const std::function<bool(qint64, qint64)> &progress,
    const std::function<void(const QList<supervision::RequestFacts> &)> &kept);

} // namespace credit::desk
