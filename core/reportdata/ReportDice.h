// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QtEndian>

namespace credit::report {

//! Deterministic dice for the demo report: SplitMix64 seeded from SHA-256 of a
//! seed string. Written out instead of <random> because the standard
//! distributions differ between library vendors, and a demo report must read
//! the same on Linux and Windows.
class ReportDice final {
public:
    explicit ReportDice(const QByteArray &seed)
    {
        const QByteArray h = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
        m_state = qFromBigEndian<quint64>(h.constData());
    }

    //! The next raw 64-bit value.
    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    //! A value in [low, high] (inclusive); the modulo bias is irrelevant for demo data.
    qint64 between(qint64 low, qint64 high)
    {
        const auto span = static_cast<quint64>(high - low) + 1;
        return low + static_cast<qint64>(next() % span);
    }

    //! True with probability percent/100.
    bool chance(int percent) { return between(0, 99) < percent; }

    //! One element of a non-empty list.
    template<typename T> const T &pick(const QList<T> &items)
    {
        return items.at(static_cast<qsizetype>(between(0, items.size() - 1)));
    }

private:
    quint64 m_state = 0;
};

} // namespace credit::report
