// SPDX-License-Identifier: Apache-2.0
#include "chain/CancelToken.h"

#include <thread>

namespace credit::chain {

void CancelToken::cancel()
{
    {
        // Set under the mutex so a waiter cannot check the flag, miss the
        // store and then sleep through the notification.
        std::lock_guard lock(m_mutex);
        m_cancelled.store(true, std::memory_order_release);
    }
    m_wake.notify_all();
}

bool CancelToken::sleepFor(std::chrono::milliseconds duration) const
{
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, duration, [this] { return isCancelled(); });
}

bool sleepUnlessCancelled(const CancelToken *token, std::chrono::milliseconds duration)
{
    if (token)
        return token->sleepFor(duration);
    std::this_thread::sleep_for(duration);
    return true;
}

} // namespace credit::chain
