// SPDX-License-Identifier: Apache-2.0
// A header's sort indicator drawn the way the rows run, on every platform:
// ▲ smallest (oldest) first, ▼ largest (newest) first. Qt hands the style
// "SortUp" for a descending sort, and Fusion on Linux draws that as ▲: a list
// of newest first looked sorted oldest first.
#pragma once

#include <QProxyStyle>

namespace credit::ui {

class SortArrowStyle final : public QProxyStyle {
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;

    //! Draws every widget of the application with it, over the platform's own
    //! style (Fusion, Windows): every table's arrow says the same.
    static void installForApplication();
};

} // namespace credit::ui
