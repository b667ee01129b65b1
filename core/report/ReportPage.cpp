// SPDX-License-Identifier: Apache-2.0
#include "report/ReportPage.h"

#include <QPageLayout>
#include <QPdfWriter>

namespace credit::report {

void setReportPage(QPdfWriter &writer)
{
    writer.setResolution(kReportResolution);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 12), QPageLayout::Millimeter));
}

} // namespace credit::report
