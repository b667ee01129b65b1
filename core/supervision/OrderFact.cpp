// SPDX-License-Identifier: Apache-2.0
#include "supervision/OrderFact.h"

#include <QDate>

namespace credit::supervision {

namespace {

constexpr qint64 kChinaOffsetS = 8 * 3600;

} // namespace

quint32 chinaMonth(quint32 utcSeconds)
{
    const qint64 local = qint64(utcSeconds) + kChinaOffsetS;
    const QDate day = QDate(1970, 1, 1).addDays(local / 86400);
    return quint32(day.year() * 100 + day.month());
}

quint16 chinaMinuteOfWeek(quint32 utcSeconds)
{
    const qint64 local = qint64(utcSeconds) + kChinaOffsetS;
    const qint64 days = local / 86400;
    // 1970-01-01 was a Thursday: day 0 is weekday 3 when Monday is 0.
    const qint64 weekday = (days + 3) % 7;
    return quint16(weekday * 1440 + (local % 86400) / 60);
}

} // namespace credit::supervision
