// SPDX-License-Identifier: Apache-2.0
#include "VersionFlag.h"
#include "common/QuitOnSignal.h"
#include "devnet/Devnet.h"
#include "devnet/DevnetCommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    if (credit::printVersionIfAsked(argc, argv, "credit-devnet"))
        return 0;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("credit-devnet"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(credit::kVersion));
    QTextStream out(stdout);
    QTextStream err(stderr);

    auto options = credit::devnet::parseCommandLine(QCoreApplication::arguments().mid(1));
    if (!options) {
        err << options.error().message << '\n';
        return 2;
    }
    auto devnet = credit::devnet::Devnet::start(*options);
    if (!devnet) {
        err << "credit-devnet: " << devnet.error().message << '\n';
        return 1;
    }
    credit::quitOnSignals(&app);
    out << "credit-devnet ready at " << (*devnet)->url().toString() << " (genesis 0x"
        << (*devnet)->genesisHash().toHex() << ", height " << (*devnet)->height() << ")\n";
    out.flush();
    const int code = QCoreApplication::exec();
    devnet->reset();
    err << "credit-devnet: stopped\n";
    return code;
}
