// SPDX-License-Identifier: Apache-2.0
#include "common/Clock.h"

#include <QDeadlineTimer>

namespace credit::ui {

SteadyClock::SteadyClock() : m_origin(QDeadlineTimer::current(Qt::PreciseTimer).deadline()) {}

qint64 SteadyClock::nowMs() const
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadline() - m_origin;
}

} // namespace credit::ui
