// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/ContractState.h"

#include <map>

namespace credit::market {

//! ContractState in a std::map: for tests and for throw-away execution. Copyable,
//! so a test can snapshot it and compare after a revert.
class MemoryContractState final : public ContractState {
public:
    std::optional<QByteArray> get(const QByteArray &key) const override
    {
        const auto found = m_entries.find(key);
        if (found == m_entries.end())
            return std::nullopt;
        return found->second;
    }

    void put(const QByteArray &key, const QByteArray &value) override { m_entries[key] = value; }

    //! Every entry in key order.
    const std::map<QByteArray, QByteArray> &entries() const { return m_entries; }

    friend bool operator==(const MemoryContractState &a, const MemoryContractState &b)
    {
        return a.m_entries == b.m_entries;
    }

private:
    std::map<QByteArray, QByteArray> m_entries;
};

} // namespace credit::market
