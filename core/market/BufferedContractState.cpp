// SPDX-License-Identifier: Apache-2.0
#include "market/BufferedContractState.h"

namespace credit::market {

std::optional<QByteArray> BufferedContractState::get(const QByteArray &key) const
{
    const auto found = m_writes.find(key);
    if (found != m_writes.end())
        return found->second;
    return m_base.get(key);
}

void BufferedContractState::put(const QByteArray &key, const QByteArray &value)
{
    m_writes[key] = value;
}

void BufferedContractState::commitTo(ContractState &target) const
{
    for (const auto &[key, value] : m_writes)
        target.put(key, value);
}

} // namespace credit::market
