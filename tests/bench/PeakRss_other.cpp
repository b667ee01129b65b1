// SPDX-License-Identifier: Apache-2.0
// Platforms without /proc: no memory figures (PeakRss_linux.cpp has them).
#include "PeakRss.h"

namespace credit::bench {

qint64 peakRssKib()
{
    return -1;
}
qint64 currentRssKib()
{
    return -1;
}
bool resetPeakRss()
{
    return false;
}

double cpuSeconds(qint64)
{
    return -1;
}

} // namespace credit::bench
