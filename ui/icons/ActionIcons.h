// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QString>

namespace credit::ui {

//! The icon named themeName (freedesktop icon naming: "document-print",
//! "system-lock-screen"…) from the desktop's icon theme, else the terminal's
//! own drawing of it, bundled as ":/icons/actions/<themeName>.svg" — Windows
//! has no icon theme, and a button or menu item without its icon is harder to
//! find there.
QIcon themedIcon(const QString &themeName);

//! Whether the terminal bundles its own drawing of themeName.
bool hasBundledIcon(const QString &themeName);

} // namespace credit::ui
