// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>

#include <random>

namespace credit::devnet {

//! The demo history's randomness. std::mt19937_64's output is fixed by the
//! standard but the std distributions are not (libstdc++ and MSVC differ), so
//! these few distributions are our own: one seed, one plan, on every platform.
class DemoDice final {
public:
    explicit DemoDice(quint64 seed) : m_engine(seed) { }

    //! 0 … n−1 (the modulo bias is far below anything a demo shows); 0 when n is 0.
    quint64 below(quint64 n) { return n ? m_engine() % n : 0; }
    //! [0, 1) with 53 random bits.
    double unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    double between(double lo, double hi) { return lo + (hi - lo) * unit(); }
    bool chance(double p) { return unit() < p; }

    //! One of the items, each as likely; items must not be empty.
    template<typename T> const T &pick(const QList<T> &items)
    {
        return items[static_cast<qsizetype>(below(static_cast<quint64>(items.size())))];
    }

    //! An index drawn with probability proportional to its weight (0 when all are zero).
    int weighted(const QList<double> &weights)
    {
        double total = 0;
        for (const double w : weights)
            total += w;
        double x = unit() * total;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            if (x < weights[i])
                return static_cast<int>(i);
            x -= weights[i];
        }
        for (qsizetype i = weights.size() - 1; i >= 0; --i) // rounding left x at the very top
            if (weights[i] > 0)
                return static_cast<int>(i);
        return 0;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace credit::devnet
