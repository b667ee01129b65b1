// SPDX-License-Identifier: Apache-2.0
#include "cli/CliMain.h"

#include <QTextStream>

namespace credit::cli {

int run(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "creditctl: no verbs yet\n";
    return 2;
}

} // namespace credit::cli
