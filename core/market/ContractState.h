// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include <optional>

namespace credit::market {

//! The storage of one contract instance, as the executor sees it: a key-value
//! map of byte strings (layout in STATE.md). The devnet implements it on
//! SQLite inside a savepoint per transaction; tests use MemoryContractState.
//! Keys are scoped to one contract: an implementation serving several
//! contracts keeps them apart (e.g. by address column).
class ContractState {
public:
    virtual ~ContractState() = default;

    //! The value stored under key, or nullopt when none was ever written.
    virtual std::optional<QByteArray> get(const QByteArray &key) const = 0;
    //! Stores value under key, replacing any previous value.
    virtual void put(const QByteArray &key, const QByteArray &value) = 0;

protected:
    ContractState() = default;
    ContractState(const ContractState &) = default;
    ContractState &operator=(const ContractState &) = default;
};

} // namespace credit::market
