// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>
#include <QLabel>

namespace credit::ui {

//! A bold line that names the part of a page below it. A label, not a
//! QGroupBox title: the style measures a group box title in one font and
//! draws it in bold, which cuts Chinese titles short.
inline QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace credit::ui
