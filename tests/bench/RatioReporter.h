// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace credit::bench {

//! Console output as usual, plus a closing table of "ours vs reference"
//! throughput ratios for pairs of benchmarks run in the same process.
class RatioReporter final : public benchmark::ConsoleReporter {
public:
    //! Each pair: (our benchmark's name, the reference's name, label).
    struct Pair {
        std::string ours;
        std::string reference;
        std::string label;
    };
    explicit RatioReporter(std::vector<Pair> pairs) : m_pairs(std::move(pairs)) { }

    void ReportRuns(const std::vector<Run> &reports) override;
    void Finalize() override;

private:
    std::vector<Pair> m_pairs;
    std::map<std::string, double> m_rates; //!< name → items (or bytes) per second
};

} // namespace credit::bench
