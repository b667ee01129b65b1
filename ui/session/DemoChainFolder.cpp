// SPDX-License-Identifier: Apache-2.0
#include "session/DemoChainFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace credit::ui {

QString demoChainFolder(const QString &base, const QString &genesisPath)
{
    QFile genesis(genesisPath);
    if (!genesis.open(QIODevice::ReadOnly))
        return {};
    // A folder name, not a security check: any stable digest of the file will do.
    const QString name = QStringLiteral("genesis-")
        + QString::fromLatin1(QCryptographicHash::hash(genesis.readAll(), QCryptographicHash::Sha256).toHex().left(16));
    QDir dir(base);
    if (dir.exists()) {
        for (const QFileInfo &entry : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (entry.fileName() == name)
                continue;
            if (entry.isDir())
                QDir(entry.absoluteFilePath()).removeRecursively();
            else
                QFile::remove(entry.absoluteFilePath());
        }
    }
    return dir.filePath(name);
}

} // namespace credit::ui
