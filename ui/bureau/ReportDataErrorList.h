// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportdata/ReportDataJson.h"

#include <QTreeWidget>

namespace credit::ui {

//! Every problem of a bureau's report data file, one row per field (what the
//! clerk corrects in the export of the bureau's systems): hidden while there
//! is none. Whole problems, never elided: a long one scrolls sideways and is
//! in its tooltip. The Fulfil and Deliver part dialogs show it.
class ReportDataErrorList final : public QTreeWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDataErrorList)
public:
    explicit ReportDataErrorList(QWidget *parent = nullptr);

    //! Shows errors (none: hides the list).
    void showErrors(const QList<report::FieldError> &errors);
};

} // namespace credit::ui
