// SPDX-License-Identifier: Apache-2.0
#include "common/FormLabels.h"

#include <QLabel>
#include <QStringList>

namespace credit::ui {

QLabel *reservedLabel(const QString &name, int lines, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Measured on text, not the font's line spacing: a line with Chinese in it is taller.
    label->setText(QStringList(lines, QStringLiteral("国 Ag")).join(u'\n'));
    label->setFixedHeight(label->sizeHint().height());
    label->clear();
    return label;
}

QLabel *hintLabel(const QString &name, QWidget *parent)
{
    QLabel *label = reservedLabel(name, 2, parent);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    return label;
}

} // namespace credit::ui
