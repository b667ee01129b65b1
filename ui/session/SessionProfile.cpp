// SPDX-License-Identifier: Apache-2.0
#include "session/SessionProfile.h"

#include "common/HexText.h"
#include "settings/TerminalSettings.h"

#include <QDir>
#include <QJsonArray>

namespace credit::ui {

namespace {
//! The document collection a node serves next to its JSON-RPC (PROTOCOL.md §8).
QString documentsBeside(const QString &endpoint)
{
    return endpoint + (endpoint.endsWith(u'/') ? QString() : QStringLiteral("/")) + QStringLiteral("documents/");
}
} // namespace

Result<chain::NetworkProfile> sessionProfile(const TerminalSettings &settings, const QUrl &demoUrl)
{
    if (settings.mode() == NetworkMode::Demo) {
        auto profile = chain::NetworkProfile::load(QStringLiteral(":/demo/profile.json"));
        if (!profile)
            return profile.error();
        // The embedded chain listens on a free port, not the profile's 20200.
        const QString url = demoUrl.toString();
        profile->endpoints = { url };
        profile->documentStore = documentsBeside(url);
        return profile;
    }
    if (!settings.profilePath().isEmpty())
        return chain::NetworkProfile::load(settings.profilePath());
    QJsonArray endpoints;
    for (const QString &e : settings.endpoints())
        endpoints << e;
    const QString first = settings.endpoints().value(0);
    return chain::NetworkProfile::fromJson({ { QStringLiteral("name"), QStringLiteral("network") },
        { QStringLiteral("chainId"), 1 }, { QStringLiteral("groupId"), 1 }, { QStringLiteral("endpoints"), endpoints },
        { QStringLiteral("genesisHash"), settings.genesisHash() },
        { QStringLiteral("contractAddress"), settings.contractAddress() },
        { QStringLiteral("documentStore"), documentsBeside(first) } });
}

QString sessionDataDir(const QString &base, const chain::NetworkProfile &profile)
{
    return QDir(base).filePath(QStringLiteral("network-") + hexText(profile.genesisHash.left(8)));
}

} // namespace credit::ui
