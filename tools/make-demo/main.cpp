// SPDX-License-Identifier: Apache-2.0
// make-demo OUTDIR: regenerates resources/demo (see resources/demo/README.md).
#include "DemoNetworkWriter.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() != 1) {
        err << "Usage: make-demo OUTDIR   (writes keys/, genesis.json, profile.json, identities.json)\n";
        return 2;
    }
    if (auto r = credit::demo::writeDemoNetwork(args.first()); !r) {
        err << "make-demo: " << r.error().message << '\n';
        return 1;
    }
    QTextStream(stdout) << "make-demo: wrote the demo network to " << args.first() << '\n';
    return 0;
}
