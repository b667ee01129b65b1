// SPDX-License-Identifier: Apache-2.0
// A delivery dialog (the report, a 链融 part) follows its order's
// transaction through the desk's tracker, in one way for both.
#pragma once

#include <QtGlobal>

#include <functional>

class QObject;
class QString;

namespace credit::desk {
class TransactionTracker;
}

namespace credit::ui {

//! Once a verified block holds the order's transaction, sent gets the block's
//! number; when it fails, failed gets the reason in the user's words. Both run
//! on dialog's thread while dialog lives.
void followDelivery(QObject *dialog, desk::TransactionTracker &tracker, quint64 orderId,
    std::function<void(quint64 block)> sent, std::function<void(const QString &reason)> failed);

} // namespace credit::ui
