// SPDX-License-Identifier: Apache-2.0
#include "common/SortArrowStyle.h"

#include <QHeaderView>
#include <QStyleOptionHeader>
#include <QTableView>

namespace credit::ui {

void SortArrowStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (element == PE_IndicatorHeaderArrow)
        if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
            // QHeaderView: Qt::AscendingOrder is SortDown, Qt::DescendingOrder is SortUp.
            if (header->sortIndicator == QStyleOptionHeader::SortDown) {
                QProxyStyle::drawPrimitive(PE_IndicatorArrowUp, option, painter, widget);
                return;
            }
            if (header->sortIndicator == QStyleOptionHeader::SortUp) {
                QProxyStyle::drawPrimitive(PE_IndicatorArrowDown, option, painter, widget);
                return;
            }
        }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void SortArrowStyle::install(QTableView &table)
{
    QHeaderView *header = table.horizontalHeader();
    auto *style = new SortArrowStyle;
    style->setParent(header);
    header->setStyle(style);
}

} // namespace credit::ui
