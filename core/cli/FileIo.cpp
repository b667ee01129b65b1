// SPDX-License-Identifier: Apache-2.0
#include "cli/FileIo.h"

#include <QFile>
#include <QSaveFile>

namespace credit::cli {

Result<QByteArray> readInputFile(const QString &path, qint64 maxSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.exists() ? ErrorKind::Io : ErrorKind::NotFound,
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxSize)
        return makeError(ErrorKind::InvalidInput,
            QStringLiteral("%1 is %2 MiB; the limit is %3 MiB")
                .arg(path)
                .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(maxSize / (1024 * 1024)));
    return file.readAll();
}

Result<void> writeOutputFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorKind::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace credit::cli
