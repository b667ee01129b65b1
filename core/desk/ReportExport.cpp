// SPDX-License-Identifier: Apache-2.0
#include "desk/ReportExport.h"

#include "codec/Hex.h"
#include "crypto/Sm3.h"

#include <QDateTime>
#include <QSaveFile>

namespace credit::desk {

namespace {

Result<void> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorKind::Io, QStringLiteral("could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

Result<QString> exportReport(
    const QByteArray &pdf, const ReportReference &reference, const QString &pdfPath, qint64 exportedAtMs)
{
    const QByteArray sm3 = crypto::sm3(pdf);
    if (sm3 != reference.reportHash)
        return makeError(ErrorKind::Corrupt,
            QStringLiteral("the report's SM3 %1 is not the hash recorded on chain (%2); it was not exported")
                .arg(hex::encode(sm3), hex::encode(reference.reportHash)));
    if (auto written = writeAtomically(pdfPath, pdf); !written)
        return written.error();
    // Plain "key: value" lines, so a reader (or a script) can check the file
    // against the chain without this terminal.
    const QString sidecar = pdfPath + QStringLiteral(".sm3.txt");
    const QString text = QStringLiteral("file: %1\nsm3: %2\norder: %3\nblock: %4\ntx: %5\nexported: %6\n")
                             .arg(pdfPath.section(u'/', -1), hex::encode(sm3), QString::number(reference.orderId),
                                 QString::number(reference.block), hex::encodePrefixed(reference.tx),
                                 QDateTime::fromMSecsSinceEpoch(exportedAtMs, Qt::UTC).toString(Qt::ISODate));
    if (auto written = writeAtomically(sidecar, text.toUtf8()); !written)
        return written.error();
    return sidecar;
}

} // namespace credit::desk
