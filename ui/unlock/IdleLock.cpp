// SPDX-License-Identifier: Apache-2.0
#include "unlock/IdleLock.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace credit::ui {

IdleLock::IdleLock(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock), m_timer(new QTimer(this))
{
    m_timer->setInterval(15 * 1000);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);
}

void IdleLock::setTimeoutMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
}

void IdleLock::setCheckIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

void IdleLock::arm()
{
    m_lastActivityMs = m_clock.steadyMs();
    if (!m_armed)
        QCoreApplication::instance()->installEventFilter(this);
    m_armed = true;
    m_timer->start();
}

void IdleLock::disarm()
{
    if (m_armed)
        QCoreApplication::instance()->removeEventFilter(this);
    m_armed = false;
    m_timer->stop();
}

void IdleLock::check()
{
    if (!m_armed || m_minutes == 0)
        return;
    if (m_clock.steadyMs() - m_lastActivityMs >= qint64(m_minutes) * 60 * 1000) {
        disarm();
        Q_EMIT idleTimeout();
    }
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_lastActivityMs = m_clock.steadyMs();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace credit::ui
