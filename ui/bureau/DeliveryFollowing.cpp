// SPDX-License-Identifier: Apache-2.0
#include "bureau/DeliveryFollowing.h"

#include "desk/ActionError.h"
#include "desk/TransactionTracker.h"

namespace credit::ui {

void followDelivery(QObject *dialog, desk::TransactionTracker &tracker, quint64 orderId,
    std::function<void(quint64 block)> sent, std::function<void(const QString &reason)> failed)
{
    QObject::connect(&tracker, &desk::TransactionTracker::sent, dialog,
        [orderId, sent = std::move(sent)](quint64 id, const QByteArray &, quint64 block) {
            if (id == orderId)
                sent(block);
        });
    QObject::connect(&tracker, &desk::TransactionTracker::failed, dialog,
        [orderId, failed = std::move(failed)](quint64 id, const Error &error) {
            if (id == orderId)
                failed(desk::describeActionError(error));
        });
}

} // namespace credit::ui
