// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/ContractState.h"

#include <map>

namespace credit::market {

//! Writes kept aside over a read-only base: reads see the buffered writes
//! first. The executor runs every call on one, and applies the writes to the
//! real state only when the call did not revert, so a revert can never leave
//! a partial write behind, whatever the rule did before it failed.
class BufferedContractState final : public ContractState {
public:
    explicit BufferedContractState(const ContractState &base) : m_base(base) { }
    BufferedContractState(const BufferedContractState &) = delete;
    BufferedContractState &operator=(const BufferedContractState &) = delete;

    std::optional<QByteArray> get(const QByteArray &key) const override;
    void put(const QByteArray &key, const QByteArray &value) override;

    //! The buffered writes, in key order.
    const std::map<QByteArray, QByteArray> &writes() const { return m_writes; }
    //! Puts every buffered write into target, in key order.
    void commitTo(ContractState &target) const;

private:
    const ContractState &m_base;
    std::map<QByteArray, QByteArray> m_writes;
};

} // namespace credit::market
