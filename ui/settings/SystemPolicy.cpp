// SPDX-License-Identifier: Apache-2.0
#include "settings/SystemPolicy.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace credit::ui {

std::unique_ptr<QSettings> loadSystemPolicy()
{
#ifdef Q_OS_WIN
    auto registry = std::make_unique<QSettings>(
        QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\CreditChain\\Terminal"), QSettings::NativeFormat);
    if (!registry->allKeys().isEmpty())
        return registry;
#endif
    // The first folder is the user's own (writable) one: a policy is never read from there.
    const QStringList folders = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation).mid(1);
    for (const QString &folder : folders) {
        const QString path = QDir(folder).filePath(QString::fromLatin1(kPolicyFile));
        if (QFileInfo::exists(path))
            return std::make_unique<QSettings>(path, QSettings::IniFormat);
    }
    return nullptr;
}

} // namespace credit::ui
