// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace credit::chain {

//! A one-way switch another thread flips to stop chain work: in-flight HTTP
//! transfers abort, backoff and receipt-polling waits return at once. Shared
//! (std::shared_ptr) between the thread that owns the work and the one that
//! may cancel it; a cancelled token stays cancelled, so start new work with a
//! new token.
class CancelToken final {
public:
    CancelToken() = default;
    Q_DISABLE_COPY_MOVE(CancelToken)

    //! Requests cancellation and wakes every sleepFor() in progress. Thread-safe.
    void cancel();
    //! True once cancel() was called. Thread-safe and cheap (curl asks it often).
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    //! Waits for the duration unless cancelled first; returns false when cancelled.
    bool sleepFor(std::chrono::milliseconds duration) const;

private:
    std::atomic<bool> m_cancelled { false };
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_wake;
};

//! sleepFor on an optional token: a plain sleep when there is none.
bool sleepUnlessCancelled(const CancelToken *token, std::chrono::milliseconds duration);

} // namespace credit::chain
