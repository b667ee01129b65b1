// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QTimer;

namespace credit {
class Clock;
}

namespace credit::ui {

//! Watches user input application-wide and says when the user has been idle
//! for the configured minutes. Time comes from an injectable Clock.
class IdleLock final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)
public:
    //! clock must outlive this object.
    explicit IdleLock(const Clock &clock, QObject *parent = nullptr);

    //! 0 = never lock.
    void setTimeoutMinutes(int minutes);
    int timeoutMinutes() const { return m_minutes; }
    //! Starts watching (installs the event filter on the application); resets the idle time.
    void arm();
    //! Stops watching (while locked, the unlock dialog is not "activity").
    void disarm();
    bool isArmed() const { return m_armed; }
    //! Compares the idle time with the timeout now; the timer calls this periodically.
    void check();
    //! How often check() runs while armed.
    void setCheckIntervalMs(int ms);

Q_SIGNALS:
    //! The user has been idle for the timeout; emitted once per arm().
    void idleTimeout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock &m_clock;
    QTimer *m_timer;
    int m_minutes = 0;
    bool m_armed = false;
    qint64 m_lastActivityMs = 0;
};

} // namespace credit::ui
