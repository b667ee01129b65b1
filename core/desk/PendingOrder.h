// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"

#include <QByteArray>

namespace credit::desk {

//! An order this terminal submitted that no verified block has shown yet.
struct PendingOrder {
    enum class Status {
        Sending, //!< sealing, uploading or waiting for the receipt
        AwaitingBlock, //!< the node executed it; the light node has not verified its block yet
        Confirmed, //!< in a verified block (the store's row takes over)
    };
    market::OrderSummary summary; //!< what the terminal knows locally (placedAtMs: local clock)
    Status status = Status::Sending;
    QByteArray txHash;
    quint64 block = 0;
};

} // namespace credit::desk
