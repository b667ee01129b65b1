// SPDX-License-Identifier: Apache-2.0
#include "VersionFlag.h"
#include "cli/CliMain.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    if (credit::printVersionIfAsked(argc, argv, "creditctl"))
        return 0;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("creditctl"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(credit::kVersion));
    return credit::cli::run(QCoreApplication::arguments().mid(1));
}
