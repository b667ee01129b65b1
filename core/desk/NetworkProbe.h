// SPDX-License-Identifier: Apache-2.0
// The operator's network health, measured: each endpoint's height and round
// trip, its block hash at a height everyone has compared with the verified
// store, and the store's own height and size. Blocking: a worker job.
#pragma once

#include "chain/CancelToken.h"
#include "desk/OperatorDesk.h"

#include <QList>
#include <QString>

#include <memory>

namespace credit::desk {

struct NetworkProbeInput {
    QList<EndpointHealth> endpoints; //!< url, state and reason from the light node; the probe fills the rest
    quint64 groupId = 1;
    QString storePath;
    int timeoutMs = 5000; //!< per request: an endpoint that does not answer in time is unreachable
    std::shared_ptr<const chain::CancelToken> cancel;
};

//! Asks every endpoint in turn; an unreachable one is reported, never an error of the whole.
Result<NetworkHealth> probeNetwork(const NetworkProbeInput &input);

} // namespace credit::desk
