// SPDX-License-Identifier: Apache-2.0
// How the regulator's figures read on screen and in the report: where they
// were computed, the rules' names, durations as median and p90.
#pragma once

#include "market/SupervisionRecords.h"

#include <QCoreApplication>
#include <QString>

namespace credit::ui {

class SupervisionText final {
    Q_DECLARE_TR_FUNCTIONS(SupervisionText)
public:
    //! "Computed at blocks A–B, head 0x1234…abcd, N orders (M decrypted)" (hash shortened).
    static QString provenance(const market::Provenance &p);
    //! The same with the head hash in full (the report: anyone can recompute from it).
    static QString provenanceInFull(const market::Provenance &p);
    static QString ruleName(market::AnomalyRule rule);
    //! "median 2 h 5 min · p90 1 d 3 h (120 orders)"; "no orders" when count is 0.
    static QString duration(const market::DurationFigure &figure);
    //! "0x" + hex of the 32-byte hash, or "—" when unknown.
    static QString hash(const QByteArray &hash);
    //! China time (the engine's), "yyyy-MM-dd HH:mm".
    static QString chinaTime(qint64 epochMs);
};

} // namespace credit::ui
