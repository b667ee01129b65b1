// SPDX-License-Identifier: Apache-2.0
// A contract event as the EVM writes it into a receipt, and the generic
// mapping between an event's arguments and that log: topic 0 is the event
// topic, then one 32-byte word per indexed argument, and the data is the ABI
// encoding of the other arguments in declaration order.
#pragma once

#include "codec/AbiValue.h"
#include "common/Result.h"
#include "market/MarketAbi.h"

#include <QByteArray>
#include <QList>

namespace credit::market {

struct Log {
    QByteArray address; //!< 20-byte address of the contract that emitted it
    QList<QByteArray> topics; //!< 32 bytes each
    QByteArray data;

    friend bool operator==(const Log &, const Log &) = default;
};

//! The log of `emit event(arguments...)` by the contract at contractAddress.
//! Arguments come in declaration order; a string argument may be given as
//! bytes (the raw bytes are then written as they are, as the EVM does).
Result<Log> encodeLog(const QByteArray &contractAddress, Event event, const QList<abi::Value> &arguments);

//! The arguments of a log of the given event, in declaration order. Checks the
//! topic count and topic 0, that each indexed word is a canonical encoding of
//! its type, and decodes the data strictly. Does not look at the address.
Result<QList<abi::Value>> decodeLogArguments(const EventAbi &event, const Log &log);

} // namespace credit::market
