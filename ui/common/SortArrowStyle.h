// SPDX-License-Identifier: Apache-2.0
// A header's sort indicator drawn the way the rows run, on every platform:
// ▲ smallest (oldest) first, ▼ largest (newest) first. Qt hands the style
// "SortUp" for a descending sort, and Fusion on Linux draws that as ▲: a list
// of newest first looked sorted oldest first.
#pragma once

#include <QProxyStyle>

class QTableView;

namespace credit::ui {

class SortArrowStyle final : public QProxyStyle {
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;

    //! Draws table's horizontal header with it (the style goes with the header).
    static void install(QTableView &table);
};

} // namespace credit::ui
