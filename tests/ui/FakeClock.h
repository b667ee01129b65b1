// SPDX-License-Identifier: Apache-2.0
// A clock the test moves by hand.
#pragma once

#include "common/Clock.h"

namespace credit::test {

class FakeClock final : public ui::Clock {
public:
    qint64 nowMs() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now += ms; }
    void advanceMinutes(int minutes) { m_now += qint64(minutes) * 60 * 1000; }

private:
    qint64 m_now = 1000;
};

} // namespace credit::test
