// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/DocumentWriteSignature.h"
#include "devnet/StoreRefusal.h"

#include <QByteArray>
#include <QHash>

#include <optional>
#include <variant>

namespace credit::devnet {

class ChainDb;

//! The signature headers of one PUT, as the request carried them (empty: absent).
struct WriteHeaders {
    QByteArray account;
    QByteArray timestamp;
    QByteArray signature;
};

//! Who may write to the document store (docs/DOCUMENT_STORE.md "Signed
//! writes"): a signature over this very write, made within the clock window,
//! never seen before, by an account the chain says is an active institution.
//! Owned by the devnet's thread.
class DocumentWriteAdmission final {
public:
    DocumentWriteAdmission(ChainDb &db, qint64 clockWindowMs) : m_db(db), m_windowMs(clockWindowMs) { }

    //! The writer's account when admitted, else the rule the write breaks.
    //! An admitted signature is remembered, so the same request is refused
    //! as a replay until its timestamp has left the window.
    std::variant<QByteArray, StoreRefusal> admit(
        const WriteHeaders &headers, const QByteArray &name, const QByteArray &bodySm3, qint64 nowMs);

private:
    std::optional<StoreRefusal> authenticate(const chain::docstore::WriteAuthorisation &auth, const QByteArray &name,
        const QByteArray &bodySm3, qint64 nowMs);
    void forgetExpired(qint64 nowMs);

    ChainDb &m_db;
    qint64 m_windowMs;
    //! r ‖ s of admitted signatures → their timestamp; kept while the timestamp is in the window.
    QHash<QByteArray, qint64> m_seen;
};

} // namespace credit::devnet
