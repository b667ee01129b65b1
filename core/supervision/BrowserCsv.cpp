// SPDX-License-Identifier: Apache-2.0
#include "supervision/BrowserCsv.h"

#include "common/Csv.h"
#include "market/OrderRequest.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace credit::supervision {

QStringList browserColumnTitles()
{
    return { QCoreApplication::translate("BrowserCsv", "Order"), QCoreApplication::translate("BrowserCsv", "Placed at"),
        QCoreApplication::translate("BrowserCsv", "State"), QCoreApplication::translate("BrowserCsv", "Bank"),
        QCoreApplication::translate("BrowserCsv", "Bureau"), QCoreApplication::translate("BrowserCsv", "Product"),
        QCoreApplication::translate("BrowserCsv", "Series"), QCoreApplication::translate("BrowserCsv", "Enterprise"),
        QCoreApplication::translate("BrowserCsv", "Credit code"),
        QCoreApplication::translate("BrowserCsv", "Enterprise region"),
        QCoreApplication::translate("BrowserCsv", "Bank region"),
        QCoreApplication::translate("BrowserCsv", "Authorisation letter") };
}

QString letterStatusText(market::LetterStatus status)
{
    switch (status) {
    case market::LetterStatus::Unknown:
        return QCoreApplication::translate("BrowserCsv", "not decrypted");
    case market::LetterStatus::NotNeeded:
        return QCoreApplication::translate("BrowserCsv", "not needed");
    case market::LetterStatus::Valid:
        return QCoreApplication::translate("BrowserCsv", "valid");
    case market::LetterStatus::Missing:
        return QCoreApplication::translate("BrowserCsv", "missing");
    case market::LetterStatus::Expired:
        return QCoreApplication::translate("BrowserCsv", "expired");
    case market::LetterStatus::NotYetValid:
        return QCoreApplication::translate("BrowserCsv", "not yet valid");
    }
    return {};
}

Result<qint64> writeBrowserCsv(const QString &path, const market::Provenance &provenance, const BrowserRowSource &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io,
            QCoreApplication::translate("BrowserCsv", "cannot write %1: %2").arg(path, file.errorString()));
    auto region = [](quint32 code) { return code ? QString::number(code) : QString(); };
    QByteArray chunk(csv::kByteOrderMark);
    chunk += csv::record({ QCoreApplication::translate("BrowserCsv", "Blocks"),
                             QStringLiteral("%1-%2").arg(provenance.firstBlock).arg(provenance.headBlock),
                             QCoreApplication::translate("BrowserCsv", "Head block hash"),
                             QStringLiteral("0x") + QString::fromLatin1(provenance.headHash.toHex()) })
                 .toUtf8();
    chunk += csv::record(browserColumnTitles()).toUtf8();
    qint64 written = 0;
    bool failed = false;
    rows([&](const market::BrowserRow &row) {
        chunk += csv::record({ QString::number(row.orderId), market::chinaTime(row.placedAtMs),
                                 market::orderStateName(row.state), row.bankName, row.bureauName, row.productName,
                                 market::seriesName(row.series), row.enterpriseName, row.enterpriseCode,
                                 region(row.enterpriseRegion), region(row.bankRegion), letterStatusText(row.letter) })
                     .toUtf8();
        ++written;
        if (chunk.size() > (1 << 20)) {
            failed = file.write(chunk) != chunk.size();
            chunk.clear();
        }
        return !failed;
    });
    if (failed || file.write(chunk) != chunk.size())
        file.cancelWriting();
    if (!file.commit())
        return makeError(ErrorKind::Io,
            QCoreApplication::translate("BrowserCsv", "cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

} // namespace credit::supervision
