// SPDX-License-Identifier: Apache-2.0
#include "bureau/ReportDataErrorList.h"

#include "bureau/ReportDataErrorText.h"

#include <QHeaderView>

namespace credit::ui {

ReportDataErrorList::ReportDataErrorList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("reportDataErrorList"));
    setColumnCount(2);
    setHeaderLabels({ tr("Field"), tr("Problem") });
    setRootIsDecorated(false);
    setWordWrap(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    hide();
}

void ReportDataErrorList::showErrors(const QList<report::FieldError> &errors)
{
    clear();
    setVisible(!errors.isEmpty());
    for (const report::FieldError &e : errors) {
        auto *row = new QTreeWidgetItem(this, { ReportDataErrorText::field(e), ReportDataErrorText::problem(e) });
        row->setToolTip(1, row->text(1));
    }
}

} // namespace credit::ui
