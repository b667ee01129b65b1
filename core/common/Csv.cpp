// SPDX-License-Identifier: Apache-2.0
#include "common/Csv.h"

#include <QStringDecoder>

namespace credit::csv {

QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString record(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

Table parse(const QString &text)
{
    Table table;
    QStringList fields;
    QString current;
    enum class At { FieldStart, Plain, Quoted, AfterQuote } at = At::FieldStart;
    int row = 1;
    const auto endRecord = [&] {
        fields << current;
        current.clear();
        if (fields.size() > 1 || !fields.first().isEmpty()) {
            table.records << fields;
            table.rows << row;
        }
        fields.clear();
        at = At::FieldStart;
        ++row;
    };
    const auto fail = [&](const QString &problem) {
        table = Table {};
        table.problem = problem;
        table.problemRow = row;
        return table;
    };
    for (qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (at == At::Quoted) {
            if (c != u'"') {
                current += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                current += c;
                ++i;
            } else {
                at = At::AfterQuote;
            }
        } else if (c == u',') {
            fields << current;
            current.clear();
            at = At::FieldStart;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
        } else if (at == At::AfterQuote) {
            return fail(QStringLiteral("text after a closing quote"));
        } else if (c == u'"' && at == At::FieldStart) {
            at = At::Quoted;
        } else {
            current += c;
            at = At::Plain;
        }
    }
    if (at == At::Quoted)
        return fail(QStringLiteral("a quote that is never closed"));
    if (!current.isEmpty() || !fields.isEmpty() || at == At::AfterQuote)
        endRecord();
    return table;
}

qsizetype columnOf(const QStringList &header, std::initializer_list<QStringView> names)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString cell = header.at(i).simplified().remove(u' ').toLower();
        for (QStringView name : names)
            if (cell == name)
                return i;
    }
    return -1;
}

std::optional<QString> spreadsheetText(const QByteArray &content)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(content);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb18030("GB18030");
    if (!gb18030.isValid())
        return std::nullopt;
    const QString chinese = gb18030.decode(content);
    if (gb18030.hasError())
        return std::nullopt;
    return chinese;
}

Sheet readSheet(const QByteArray &content)
{
    Sheet sheet;
    const std::optional<QString> text = spreadsheetText(content);
    if (!text) {
        sheet.problem = Sheet::Problem::NotText;
        return sheet;
    }
    sheet.table = parse(*text);
    if (!sheet.table.problem.isEmpty()) {
        sheet.problem = Sheet::Problem::NotCsv;
        sheet.problemRow = sheet.table.problemRow;
    } else if (sheet.table.records.isEmpty()) {
        sheet.problem = Sheet::Problem::Empty;
    }
    return sheet;
}

} // namespace credit::csv
