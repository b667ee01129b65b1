// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace credit::report {

//! Chooses the font families a report is set in.
class ReportFonts final {
    Q_DECLARE_TR_FUNCTIONS(ReportFonts)

public:
    //! A Latin family (when one is installed) then a CJK family, for QFont::setFamilies;
    //! an Unsupported error when no font covers Simplified Chinese.
    static Result<QStringList> families();
};

} // namespace credit::report
