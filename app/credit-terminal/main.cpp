// SPDX-License-Identifier: Apache-2.0
#include "PlaceholderWindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CreditChain Terminal"));
    QApplication::setOrganizationName(QStringLiteral("CreditChain"));
    credit::ui::PlaceholderWindow window;
    window.show();
    return QApplication::exec();
}
