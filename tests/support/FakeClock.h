// SPDX-License-Identifier: Apache-2.0
// A clock the test moves by hand (both readings move together).
#pragma once

#include "common/Clock.h"

namespace credit::test {

class FakeClock final : public Clock {
public:
    qint64 steadyMs() const override { return m_now; }
    qint64 epochMs() const override { return m_epochOrigin + m_now; }
    void advanceMs(qint64 ms) { m_now += ms; }
    void advanceMinutes(int minutes) { m_now += qint64(minutes) * 60 * 1000; }
    void setEpochMs(qint64 epochMs) { m_epochOrigin = epochMs - m_now; }

private:
    qint64 m_now = 1000;
    qint64 m_epochOrigin = 1'750'000'000'000; // 2025-06-15
};

} // namespace credit::test
