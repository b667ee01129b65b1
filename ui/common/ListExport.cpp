// SPDX-License-Identifier: Apache-2.0
#include "common/ListExport.h"

#include "common/Csv.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QPrinter>
#include <QSaveFile>
#include <QTableView>
#include <QTextDocument>

namespace credit::ui {

ListSnapshot snapshotOf(const QTableView &view, const QString &title)
{
    ListSnapshot list;
    list.title = title;
    const QAbstractItemModel *model = view.model();
    if (!model)
        return list;
    const QHeaderView *header = view.horizontalHeader();
    QList<int> columns; // logical columns, in the order the user arranged them
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!view.isColumnHidden(logical))
            columns << logical;
    }
    for (const int c : std::as_const(columns))
        list.headers << model->headerData(c, Qt::Horizontal).toString();
    list.rows.reserve(model->rowCount());
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        row.reserve(columns.size());
        for (const int c : std::as_const(columns))
            row << model->index(r, c).data().toString();
        list.rows << row;
    }
    return list;
}

Result<qint64> writeListCsv(const ListSnapshot &list, const QString &path)
{
    QByteArray bytes(csv::kByteOrderMark);
    bytes += csv::record(list.headers).toUtf8();
    for (const QStringList &row : list.rows)
        bytes += csv::record(row).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorKind::Io,
            QCoreApplication::translate("ListExport", "Cannot write %1: %2").arg(path, file.errorString()));
    return qint64(list.rows.size());
}

void printList(const ListSnapshot &list, QPrinter &printer)
{
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>")
                       .arg(list.title.toHtmlEscaped(),
                           QCoreApplication::translate("ListExport", "Rows: %1. Printed %2.")
                               .arg(list.rows.size())
                               .arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
                               .toHtmlEscaped());
    for (const QString &h : list.headers)
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList &row : list.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
}

} // namespace credit::ui
