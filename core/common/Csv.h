// SPDX-License-Identifier: Apache-2.0
// CSV as Excel on a Chinese Windows desk reads it: UTF-8 with a byte-order mark
// (without it Excel takes the file as GBK and the Chinese is garbled), RFC 4180
// quoting, CRLF line ends — and reading such a file back.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <optional>

namespace credit::csv {

//! The UTF-8 byte-order mark a file starts with.
inline constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";

//! One field, quoted when it holds a comma, a quote, CR or LF (quotes doubled).
QString field(const QString &value);
//! One record: fields joined by commas, ended by CRLF.
QString record(const QStringList &fields);

//! A file read back: its records and the row each one is on, counted as a
//! spreadsheet counts them (from 1; an empty line is a row too, a quoted
//! line break is not a new row).
struct Table {
    QList<QStringList> records; //!< empty lines left out
    QList<int> rows; //!< rows[i]: the row of records[i]
    QString problem; //!< non-empty: the text is not CSV (in English, for the caller to word); records empty
    int problemRow = 0;
};

//! Reads what a spreadsheet saves: fields quoted or not (a quote inside
//! doubled), records ended by CRLF, LF or the end of the text; a leading
//! byte-order mark is skipped. Fails on a quote that is never closed or on
//! text right after a closing quote.
Table parse(const QString &text);

//! The column of a header row named by one of names (spaces and case
//! ignored: "Credit code" finds "creditcode"), or -1.
qsizetype columnOf(const QStringList &header, std::initializer_list<QStringView> names);

//! The text of a file a spreadsheet saved: UTF-8 (with or without the mark),
//! else GB18030 — what Excel on a Chinese Windows desk saves as plain "CSV"
//! — where this Qt can decode it (builds with ICU). Empty when it is neither.
std::optional<QString> spreadsheetText(const QByteArray &content);

//! A list a clerk saved from a spreadsheet, read up to its rows: the table,
//! or what keeps the whole file from being one (each importer words it for
//! its own list: which columns, what to do).
struct Sheet {
    enum class Problem {
        None,
        NotText, //!< neither UTF-8 nor GB18030 (spreadsheetText)
        NotCsv, //!< a quote never closed, or text after a closing one, on problemRow
        Empty, //!< no record at all
    };
    Problem problem = Problem::None;
    int problemRow = 0;
    Table table; //!< records[0] is the header row when problem is None
};
Sheet readSheet(const QByteArray &content);

} // namespace credit::csv
