// SPDX-License-Identifier: Apache-2.0
// Where a TerminalShell under test keeps keys, the demo chain and the light
// stores: all inside the test's temporary folder.
#pragma once

#include "TerminalShell.h"

#include <QTemporaryDir>

namespace credit::test {

inline ui::TerminalShell::Paths shellPathsIn(const QTemporaryDir &dir)
{
    ui::TerminalShell::Paths paths;
    paths.keysDir = dir.filePath(QStringLiteral("keys"));
    paths.demoDataDir = dir.filePath(QStringLiteral("demo"));
    paths.networksDir = dir.filePath(QStringLiteral("networks"));
    return paths;
}

} // namespace credit::test
