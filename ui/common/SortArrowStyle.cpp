// SPDX-License-Identifier: Apache-2.0
#include "common/SortArrowStyle.h"

#include <QApplication>
#include <QStyleOptionHeader>

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

void SortArrowStyle::installForApplication()
{
    // Over a fresh instance of the platform's style: QProxyStyle owns its base.
    QApplication::setStyle(new SortArrowStyle(QApplication::style()->name()));
}

} // namespace credit::ui
