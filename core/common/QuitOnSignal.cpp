// SPDX-License-Identifier: Apache-2.0
#include "common/QuitOnSignal.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <csignal>

namespace credit {

namespace {
// A signal handler may only touch a lock-free atomic; the event loop polls it.
std::atomic<bool> g_quitRequested { false };
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onSignal(int)
{
    g_quitRequested.store(true);
}
} // namespace

void quitOnSignals(QObject *context)
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    auto *timer = new QTimer(context);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, context, [] {
        if (g_quitRequested.load())
            QCoreApplication::quit();
    });
    timer->start();
}

SignalWatcher::SignalWatcher(std::function<void()> callback)
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    m_thread = std::jthread([callback = std::move(callback)](std::stop_token stop) {
        while (!stop.stop_requested()) {
            if (g_quitRequested.load()) {
                callback();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
}

SignalWatcher::~SignalWatcher() = default;

} // namespace credit
