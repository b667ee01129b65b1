// SPDX-License-Identifier: Apache-2.0
#include "icons/ActionIcons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace credit::ui {

namespace {

QString bundledPath(const QString &themeName)
{
    return QStringLiteral(":/icons/actions/%1.svg").arg(themeName);
}

//! The bundled drawing at the sizes menus, buttons and toolbars ask for (and
//! twice those, for high-DPI screens); null when there is none.
QIcon drawn(const QString &themeName)
{
    QSvgRenderer svg(bundledPath(themeName));
    if (!svg.isValid())
        return {};
    QIcon icon;
    for (const int side : { 16, 20, 24, 32, 40, 48, 64 }) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        svg.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

bool hasBundledIcon(const QString &themeName)
{
    return QFile::exists(bundledPath(themeName));
}

QIcon themedIcon(const QString &themeName)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    // Drawn once per name: pages ask for the same icons each time they are built (GUI thread only).
    // Never freed: pixmaps must not outlive the application object, as a static's destructor would.
    static auto *cache = new QHash<QString, QIcon>;
    auto found = cache->constFind(themeName);
    if (found == cache->cend())
        found = cache->insert(themeName, drawn(themeName));
    return *found;
}

} // namespace credit::ui
