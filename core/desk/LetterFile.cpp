// SPDX-License-Identifier: Apache-2.0
#include "desk/LetterFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace credit::desk {

namespace {

//! The media type the file's first bytes show, or empty.
QString sniff(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    return {};
}

} // namespace

Result<LetterFile> LetterFile::read(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
            QCoreApplication::translate("LetterFile", "%1 cannot be read: %2.")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    if (file.size() > maxBytes)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("LetterFile",
                "%1 is %2 MiB; letters up to %3 MiB are accepted. "
                "Scan it at a lower resolution or as a PDF.")
                .arg(QFileInfo(path).fileName())
                .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(maxBytes / (1024 * 1024)));
    // Read one byte past the cap: a file that grew since size() is still refused.
    const QByteArray content = file.read(maxBytes + 1);
    if (content.size() > maxBytes)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("LetterFile", "%1 is larger than %2 MiB.")
                .arg(QFileInfo(path).fileName())
                .arg(maxBytes / (1024 * 1024)));
    const QString mediaType = sniff(content.left(8));
    if (mediaType.isEmpty())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("LetterFile",
                "%1 is not a PDF, PNG or JPEG file. "
                "Attach the signed letter as a PDF or a scan.")
                .arg(QFileInfo(path).fileName()));
    return LetterFile { QFileInfo(path).fileName(), mediaType, content };
}

} // namespace credit::desk
