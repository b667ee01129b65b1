// SPDX-License-Identifier: Apache-2.0
#include "orders/OrderText.h"

#include "common/HexText.h"

#include <QDateTime>
#include <QLocale>

namespace credit::ui {

QString OrderText::state(market::OrderState s)
{
    switch (s) {
    case market::OrderState::None:
        return tr("Unknown");
    case market::OrderState::Placed:
        return tr("Placed");
    case market::OrderState::Accepted:
        return tr("Accepted");
    case market::OrderState::Rejected:
        return tr("Rejected");
    case market::OrderState::Cancelled:
        return tr("Cancelled");
    case market::OrderState::Delivered:
        return tr("Delivered");
    case market::OrderState::Completed:
        return tr("Completed");
    case market::OrderState::Disputed:
        return tr("Disputed");
    case market::OrderState::Resolved:
        return tr("Resolved");
    }
    return tr("Unknown");
}

QString OrderText::duration(qint64 ms)
{
    const qint64 minutes = (ms < 0 ? -ms : ms) / 60000;
    const qint64 days = minutes / (24 * 60), hours = (minutes / 60) % 24, mins = minutes % 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(mins);
    return tr("%1 min").arg(mins);
}

QString OrderText::time(quint64 epochMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(epochMs));
    return QLocale().toString(t, QLocale::ShortFormat);
}

QString OrderText::proof(quint64 block, const QByteArray &tx, int signers, int sealers)
{
    if (sealers <= 0)
        return tr("block %1 · tx %2").arg(block).arg(prefixedHexText(tx));
    return tr("block %1 · tx %2 · sealed by %3 of %4").arg(block).arg(prefixedHexText(tx)).arg(signers).arg(sealers);
}

} // namespace credit::ui
