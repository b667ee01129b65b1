// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportdata/ReportDataJson.h"

#include <QCoreApplication>
#include <QString>

namespace credit::ui {

//! Words one problem of a bureau report data file for the clerk, in the UI
//! language: what is wrong with the field and, where it helps, what to do.
//! The field path stays as the file spells it (the bureau's systems use it).
class ReportDataErrorText final {
    Q_DECLARE_TR_FUNCTIONS(ReportDataErrorText)
public:
    //! The field, for the error list's first column ("(whole file)" when the path is empty).
    static QString field(const report::FieldError &error);
    //! The problem, one sentence or two.
    static QString problem(const report::FieldError &error);
    //! "field: problem", for logs and one-line displays.
    static QString line(const report::FieldError &error);
};

} // namespace credit::ui
