// SPDX-License-Identifier: Apache-2.0
// Finds text on screen that needs more room than its widget gives it: labels
// (wrap-aware), buttons and check boxes, group box titles, tab texts, header
// sections (and columns a table cannot show whole at its size, behind a
// horizontal scroll bar), and item-view cells the view would elide ("…"). Measured with the
// widget's own font and style, as Qt lays the text out when it paints.
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace credit::test {

struct ClippedText {
    QString widget; //!< objectName path from the window, and class
    QString text;
    int needed = 0; //!< pixels the text needs (width, or height for "tall" ones)
    int given = 0; //!< pixels it has
    bool tall = false; //!< true: the text wraps and runs out of height
    int column = -1; //!< an item view's cell: its column

    //! "orderInboxPage/orderInboxTable (QTableView) cell 0,5: "overdue by…" needs 112 px wide, has 96"
    QString describe() const;
};

//! Every visible text in root and its visible children that does not fit.
QList<ClippedText> findClippedText(const QWidget &root);

} // namespace credit::test
