// SPDX-License-Identifier: Apache-2.0
#include "common/Clock.h"

#include <QDateTime>
#include <QDeadlineTimer>

namespace credit {

SystemClock::SystemClock() : m_origin(QDeadlineTimer::current(Qt::PreciseTimer).deadline()) { }

qint64 SystemClock::steadyMs() const
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadline() - m_origin;
}

qint64 SystemClock::epochMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace credit
