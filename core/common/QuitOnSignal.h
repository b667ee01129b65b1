// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <functional>
#include <thread>

namespace credit {

//! Quits the application's event loop on SIGINT or SIGTERM (Ctrl+C, a service
//! stop), so servers shut down through their destructors and databases close
//! cleanly. Uses only std::signal, which Windows supports for both signals.
void quitOnSignals(QObject *context);

//! For loops without an event loop (creditctl sync --follow): calls
//! callback once, from a watcher thread, when SIGINT or SIGTERM arrives.
//! Watching stops when the object is destroyed.
class SignalWatcher final {
public:
    explicit SignalWatcher(std::function<void()> callback);
    ~SignalWatcher();
    Q_DISABLE_COPY_MOVE(SignalWatcher)

private:
    std::jthread m_thread;
};

} // namespace credit
