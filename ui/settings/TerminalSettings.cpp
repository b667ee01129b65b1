// SPDX-License-Identifier: Apache-2.0
#include "settings/TerminalSettings.h"

#include "settings/SystemPolicy.h"

#include <QRegularExpression>

namespace credit::ui {

namespace {
// Keys in one place; a renamed key is a migration, so they never change silently.
const QString kMode = QStringLiteral("network/mode");
const QString kProfile = QStringLiteral("network/profile");
const QString kEndpoints = QStringLiteral("network/endpoints");
const QString kGenesis = QStringLiteral("network/genesisHash");
const QString kContract = QStringLiteral("network/contractAddress");
const QString kKeyFile = QStringLiteral("identity/keyFile");
const QString kAddress = QStringLiteral("identity/address");
const QString kName = QStringLiteral("identity/name");
const QString kRole = QStringLiteral("identity/role");
const QString kIdle = QStringLiteral("security/idleLockMinutes");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/windowGeometry");
const QString kState = QStringLiteral("ui/windowState");
constexpr int kMaxIdleMinutes = 24 * 60;
} // namespace

TerminalSettings::TerminalSettings(std::unique_ptr<QSettings> settings, std::unique_ptr<QSettings> policy)
    : m_settings(std::move(settings)), m_policy(std::move(policy))
{
}

TerminalSettings::~TerminalSettings() = default;

std::unique_ptr<TerminalSettings> TerminalSettings::forUser()
{
    return std::make_unique<TerminalSettings>(std::make_unique<QSettings>(), loadSystemPolicy());
}

bool TerminalSettings::inPolicy(const QString &key) const
{
    return m_policy && m_policy->contains(key);
}

QVariant TerminalSettings::read(const QString &key, const QVariant &fallback) const
{
    return inPolicy(key) ? m_policy->value(key, fallback) : m_settings->value(key, fallback);
}

QVariant TerminalSettings::readNetwork(const QString &key) const
{
    // The network is one decision: where the policy makes it, none of the
    // user's older network keys mixes in (a profile of theirs would override
    // the policy's endpoints).
    return networkSetByPolicy() ? m_policy->value(key) : m_settings->value(key);
}

bool TerminalSettings::networkSetByPolicy() const
{
    return inPolicy(kMode) || inPolicy(kProfile) || inPolicy(kEndpoints);
}

NetworkMode TerminalSettings::policyMode() const
{
    if (!networkSetByPolicy())
        return NetworkMode::Unset;
    // A profile or endpoints without a mode still mean a real network.
    return inPolicy(kMode) && m_policy->value(kMode).toString() == u"demo" ? NetworkMode::Demo : NetworkMode::Network;
}

bool TerminalSettings::idleLockSetByPolicy() const
{
    return inPolicy(kIdle);
}

bool TerminalSettings::languageSetByPolicy() const
{
    return inPolicy(kLanguage);
}

bool TerminalSettings::isConfigured() const
{
    return mode() != NetworkMode::Unset && !keyFilePath().isEmpty();
}

NetworkMode TerminalSettings::mode() const
{
    if (networkSetByPolicy())
        return policyMode();
    const QString value = read(kMode).toString();
    if (value == u"demo")
        return NetworkMode::Demo;
    if (value == u"network")
        return NetworkMode::Network;
    return NetworkMode::Unset;
}

void TerminalSettings::setMode(NetworkMode mode)
{
    switch (mode) {
    case NetworkMode::Demo:
        m_settings->setValue(kMode, QStringLiteral("demo"));
        break;
    case NetworkMode::Network:
        m_settings->setValue(kMode, QStringLiteral("network"));
        break;
    case NetworkMode::Unset:
        m_settings->remove(kMode);
        break;
    }
}

QString TerminalSettings::profilePath() const
{
    return readNetwork(kProfile).toString();
}
void TerminalSettings::setProfilePath(const QString &path)
{
    m_settings->setValue(kProfile, path);
}
QStringList TerminalSettings::endpoints() const
{
    QStringList urls;
    // A group-policy registry value is often one string "url1, url2" (REG_SZ), not a list.
    for (const QString &entry : readNetwork(kEndpoints).toStringList())
        urls << entry.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    return urls;
}
void TerminalSettings::setEndpoints(const QStringList &urls)
{
    m_settings->setValue(kEndpoints, urls);
}
QString TerminalSettings::genesisHash() const
{
    return readNetwork(kGenesis).toString();
}
void TerminalSettings::setGenesisHash(const QString &hex)
{
    m_settings->setValue(kGenesis, hex);
}
QString TerminalSettings::contractAddress() const
{
    return readNetwork(kContract).toString();
}
void TerminalSettings::setContractAddress(const QString &hex)
{
    m_settings->setValue(kContract, hex);
}

QString TerminalSettings::keyFilePath() const
{
    return m_settings->value(kKeyFile).toString();
}
void TerminalSettings::setKeyFilePath(const QString &path)
{
    m_settings->setValue(kKeyFile, path);
}
QString TerminalSettings::identityAddress() const
{
    return m_settings->value(kAddress).toString();
}
void TerminalSettings::setIdentityAddress(const QString &address)
{
    m_settings->setValue(kAddress, address);
}
QString TerminalSettings::identityName() const
{
    return m_settings->value(kName).toString();
}
void TerminalSettings::setIdentityName(const QString &name)
{
    m_settings->setValue(kName, name);
}
QString TerminalSettings::identityRole() const
{
    return m_settings->value(kRole).toString();
}
void TerminalSettings::setIdentityRole(const QString &role)
{
    m_settings->setValue(kRole, role);
}

int TerminalSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = read(kIdle, kDefaultIdleLockMinutes).toInt(&ok);
    // A hand-edited or corrupt value must not lock every second or never: fall back.
    if (!ok || minutes < 0 || minutes > kMaxIdleMinutes)
        return kDefaultIdleLockMinutes;
    return minutes;
}

void TerminalSettings::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(kIdle, qBound(0, minutes, kMaxIdleMinutes));
}

QString TerminalSettings::language() const
{
    const QString value = read(kLanguage).toString();
    return value == u"zh_CN" || value == u"en" ? value : QString();
}

void TerminalSettings::setLanguage(const QString &language)
{
    if (language == u"zh_CN" || language == u"en")
        m_settings->setValue(kLanguage, language);
    else
        m_settings->remove(kLanguage);
}

QByteArray TerminalSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void TerminalSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}
QByteArray TerminalSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}
void TerminalSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QByteArray TerminalSettings::tableHeaderState(const QString &table) const
{
    return m_settings->value(QStringLiteral("ui/tables/") + table).toByteArray();
}

void TerminalSettings::setTableHeaderState(const QString &table, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("ui/tables/") + table, state);
}

bool TerminalSettings::tableWidthsChosen(const QString &table) const
{
    return m_settings->value(QStringLiteral("ui/tableWidthsChosen/") + table, false).toBool();
}

void TerminalSettings::setTableWidthsChosen(const QString &table, bool chosen)
{
    m_settings->setValue(QStringLiteral("ui/tableWidthsChosen/") + table, chosen);
}

void TerminalSettings::sync()
{
    m_settings->sync();
}

} // namespace credit::ui
