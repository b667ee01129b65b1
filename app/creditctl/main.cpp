// SPDX-License-Identifier: Apache-2.0
#include "cli/CliMain.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("creditctl"));
    return credit::cli::run(QCoreApplication::arguments().mid(1));
}
