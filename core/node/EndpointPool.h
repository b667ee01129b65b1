// SPDX-License-Identifier: Apache-2.0
// The endpoints a light node may sync from, and what it learnt about each:
// which one serves, which could not be reached (tried again later), which
// served a block that broke a rule (quarantined for the session, with the
// block and the rule, so the user can tell the operator exactly what happened).
#pragma once

#include "chain/BlockVerifier.h"
#include "chain/RpcOptions.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace credit::chain {

class RpcClient;

enum class EndpointHealth {
    Untried, //!< not asked yet
    Serving, //!< the last exchange worked and every block it served verified
    Unreachable, //!< transport or protocol failure; tried again after a pause
    Quarantined, //!< served a block that failed verification; never used again this session
};

//! Stable English name ("Serving", …) for logs and JSON.
QString healthName(EndpointHealth health);

struct EndpointStatus {
    QString url;
    EndpointHealth health = EndpointHealth::Untried;
    QString reason; //!< why it is unreachable or quarantined
    std::optional<VerifyFailure> failure; //!< for Quarantined: the block and the rule
    quint64 head = 0; //!< its head when last asked
};

class EndpointPool final {
public:
    //! One client per URL, each with these options (timeouts, TLS, cancel).
    EndpointPool(const QStringList &urls, const RpcOptions &options);
    ~EndpointPool();
    Q_DISABLE_COPY_MOVE(EndpointPool)

    qsizetype size() const { return qsizetype(m_entries.size()); }
    //! The endpoint to sync from at time nowMs: the current one while it
    //! serves, otherwise the first in profile order that is neither
    //! quarantined nor waiting out an unreachable pause. nullopt: none.
    std::optional<qsizetype> pick(qint64 nowMs) const;
    RpcClient &client(qsizetype index);
    const EndpointStatus &status(qsizetype index) const { return m_entries[size_t(index)].status; }
    QList<EndpointStatus> statuses() const;
    //! True while an unreachable endpoint waits out its pause.
    bool isPaused(qsizetype index, qint64 nowMs) const;
    //! The endpoint last marked serving.
    std::optional<qsizetype> current() const { return m_current; }

    // Each returns true when the status changed (for endpointChanged signals).
    //! The endpoint served verified blocks; sync continues from it.
    bool markServing(qsizetype index, quint64 head);
    //! The endpoint agrees with the stored chain; the current one stays current.
    bool markHealthy(qsizetype index, quint64 head);
    //! Pauses the endpoint for a backoff that doubles per consecutive failure (2 s … 60 s).
    bool markUnreachable(qsizetype index, const QString &reason, qint64 nowMs);
    bool quarantine(qsizetype index, const VerifyFailure &failure);

private:
    struct Entry {
        EndpointStatus status;
        std::unique_ptr<RpcClient> client;
        int failures = 0;
        qint64 retryAtMs = 0;
    };
    std::vector<Entry> m_entries;
    std::optional<qsizetype> m_current;
};

} // namespace credit::chain

Q_DECLARE_METATYPE(credit::chain::EndpointStatus)
