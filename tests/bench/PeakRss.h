// SPDX-License-Identifier: Apache-2.0
// Peak resident memory of the benchmark process. Linux only (PeakRss_linux.cpp
// reads /proc/self); elsewhere the figures are reported as unknown.
#pragma once

#include <QtGlobal>

namespace credit::bench {

//! Peak resident set size of this process in KiB (VmHWM); -1 where unknown.
qint64 peakRssKib();
//! Current resident set size in KiB (VmRSS); -1 where unknown.
qint64 currentRssKib();
//! Lowers the peak to the current size (Linux ≥ 4.0), so a later peakRssKib()
//! covers only what follows; false where that is not possible.
bool resetPeakRss();
//! CPU time (user + system) a process has used so far, in seconds; pid 0 is
//! this process. -1 where unknown. Says where a run's core-seconds went.
double cpuSeconds(qint64 pid = 0);

} // namespace credit::bench
