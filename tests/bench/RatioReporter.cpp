// SPDX-License-Identifier: Apache-2.0
#include "RatioReporter.h"

#include <cstdio>

namespace credit::bench {

void RatioReporter::ReportRuns(const std::vector<Run> &reports)
{
    for (const Run &run : reports) {
        auto rate = run.counters.find("items_per_second");
        if (rate == run.counters.end())
            rate = run.counters.find("bytes_per_second");
        if (rate != run.counters.end() && run.run_type == Run::RT_Iteration)
            m_rates[run.benchmark_name()] = rate->second.value;
    }
    ConsoleReporter::ReportRuns(reports);
}

void RatioReporter::Finalize()
{
    ConsoleReporter::Finalize();
    std::printf("\n%-34s %14s %14s %8s\n", "comparison", "ours/s", "reference/s", "ratio");
    for (const Pair &p : m_pairs) {
        const auto ours = m_rates.find(p.ours);
        const auto ref = m_rates.find(p.reference);
        if (ours == m_rates.end() || ref == m_rates.end() || ref->second <= 0)
            continue;
        std::printf("%-34s %14.1f %14.1f %7.1f%%\n", p.label.c_str(), ours->second, ref->second,
            100.0 * ours->second / ref->second);
    }
    std::fflush(stdout);
}

} // namespace credit::bench
