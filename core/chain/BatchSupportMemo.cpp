// SPDX-License-Identifier: Apache-2.0
#include "chain/BatchSupportMemo.h"

namespace credit::chain {

std::shared_ptr<BatchSupportMemo> BatchSupportMemo::processWide()
{
    static const auto memo = std::make_shared<BatchSupportMemo>();
    return memo;
}

BatchSupportMemo::Support BatchSupportMemo::lookup(const QString &endpoint) const
{
    std::lock_guard lock(m_mutex);
    return m_support.value(endpoint, Support::Unknown);
}

void BatchSupportMemo::remember(const QString &endpoint, Support support)
{
    std::lock_guard lock(m_mutex);
    m_support.insert(endpoint, support);
}

void BatchSupportMemo::forget(const QString &endpoint)
{
    std::lock_guard lock(m_mutex);
    m_support.remove(endpoint);
}

} // namespace credit::chain
