// SPDX-License-Identifier: Apache-2.0
// A CSV reader written for the tests from RFC 4180's grammar, independent of
// the code that writes the regulator's exports.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace credit::test {

//! RFC 4180, written for this test from the RFC's grammar: records of fields,
//! fields optionally in double quotes (a quote inside doubled), CRLF between records.
inline QList<QStringList> parseCsv(const QString &text, QString *problem)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            *problem = QStringLiteral("bare %1 at %2").arg(c).arg(i);
            return {};
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *problem = QStringLiteral("the last record is not ended by CRLF");
    return records;
}

} // namespace credit::test
