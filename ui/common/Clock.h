// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace credit::ui {

//! Monotonic milliseconds, injectable so tests can move time (idle lock).
class Clock {
public:
    virtual ~Clock() = default;
    //! Milliseconds since an arbitrary fixed point; never goes backwards.
    virtual qint64 nowMs() const = 0;
};

//! The real clock (QElapsedTimer-based, immune to wall-clock changes).
class SteadyClock final : public Clock {
public:
    SteadyClock();
    qint64 nowMs() const override;

private:
    qint64 m_origin;
};

} // namespace credit::ui
