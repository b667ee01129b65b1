// SPDX-License-Identifier: Apache-2.0
// The one clock: every reading of time in the terminal goes through a Clock
// taken by reference, so tests can move time (idle lock, SLA countdowns,
// letter validity, order ids) and nothing reads the system clock behind
// their back.
#pragma once

#include <QtGlobal>

namespace credit {

class Clock {
public:
    virtual ~Clock() = default;
    //! Milliseconds since an arbitrary fixed point; never goes backwards
    //! (idle lock, timeouts: immune to wall-clock changes).
    virtual qint64 steadyMs() const = 0;
    //! Wall-clock milliseconds since the Unix epoch (order times, SLA deadlines, dates).
    virtual qint64 epochMs() const = 0;
};

//! The machine's clocks.
class SystemClock final : public Clock {
public:
    SystemClock();
    qint64 steadyMs() const override;
    qint64 epochMs() const override;

private:
    qint64 m_origin;
};

//! One SystemClock for the process: the default wherever no clock is injected.
const Clock &systemClock();

} // namespace credit
