// SPDX-License-Identifier: Apache-2.0
#include "common/QuitOnSignal.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace credit {

namespace {
// A signal handler may only touch a lock-free atomic; the event loop polls it.
std::atomic<bool> g_quitRequested{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onSignal(int) { g_quitRequested.store(true); }
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

} // namespace credit
