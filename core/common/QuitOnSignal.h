// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace credit {

//! Quits the application's event loop on SIGINT or SIGTERM (Ctrl+C, a service
//! stop), so servers shut down through their destructors and databases close
//! cleanly. Uses only std::signal, which Windows supports for both signals.
void quitOnSignals(QObject *context);

} // namespace credit
