// SPDX-License-Identifier: Apache-2.0
// How the regulator's values read on screen: the letter statuses (the states
// are OrderText's, the series market::seriesName, the regions market::regionLabel).
#pragma once

#include "market/SupervisionRecords.h"

#include <QCoreApplication>
#include <QString>

namespace credit::ui {

class SupervisionTexts final {
    Q_DECLARE_TR_FUNCTIONS(SupervisionTexts)
public:
    //! Whether the order's authorisation letter was valid when it was placed, in words.
    static QString letter(market::LetterStatus status);
};

} // namespace credit::ui
