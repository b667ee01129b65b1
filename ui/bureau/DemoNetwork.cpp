// SPDX-License-Identifier: Apache-2.0
#include "bureau/DemoNetwork.h"

namespace credit::ui {

bool isDemoNetwork(const chain::NetworkProfile &profile)
{
    static const QByteArray demoGenesis = [] {
        const auto demo = chain::NetworkProfile::load(QStringLiteral(":/demo/profile.json"));
        return demo ? demo->genesisHash : QByteArray();
    }();
    return !demoGenesis.isEmpty() && profile.genesisHash == demoGenesis;
}

} // namespace credit::ui
