// SPDX-License-Identifier: Apache-2.0
#include "desk/UserCsvImport.h"

#include "common/Csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace credit::desk {

namespace {

Error fileProblem(const QString &text)
{
    return makeError(ErrorKind::InvalidInput, text);
}

Error tooLarge()
{
    return fileProblem(QCoreApplication::translate("UserCsvImport",
        "The file is larger than 1 MiB. Split the list into several files and import them one "
        "after the other."));
}

} // namespace

QString normalizedPublicKeyHex(const QString &publicKey)
{
    QString hex = publicKey.simplified().remove(u' ').toLower();
    if (hex.startsWith(u"0x"))
        hex = hex.mid(2);
    if (hex.size() == 130 && hex.startsWith(u"04"))
        hex = hex.mid(2);
    if (hex.size() != 128)
        return {};
    for (QChar c : std::as_const(hex))
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return {};
    return hex;
}

Result<QList<UserCsvRow>> parseUserCsv(const QByteArray &content, const QByteArray &institution)
{
    if (content.size() > kMaxUserCsvBytes)
        return tooLarge();
    // UTF-8, or GB18030 as Excel on a Chinese desk saves plain "CSV" (csv::spreadsheetText).
    const csv::Sheet sheet = csv::readSheet(content);
    switch (sheet.problem) {
    case csv::Sheet::Problem::NotText:
        return fileProblem(QCoreApplication::translate("UserCsvImport",
            "The file is neither UTF-8 nor GB18030 text. In the spreadsheet, save it as “CSV UTF-8 (comma "
            "delimited)” and import that file."));
    case csv::Sheet::Problem::NotCsv:
        return fileProblem(QCoreApplication::translate("UserCsvImport",
            "Row %1 is not valid CSV: a quotation mark is not closed, or text follows a closing "
            "one. Correct that row in the spreadsheet and save the file again.")
                               .arg(sheet.problemRow));
    case csv::Sheet::Problem::Empty:
        return fileProblem(QCoreApplication::translate("UserCsvImport", "The file is empty."));
    case csv::Sheet::Problem::None:
        break;
    }
    const csv::Table &table = sheet.table;
    const QStringList &header = table.records.first();
    const qsizetype nameColumn = csv::columnOf(header, { u"name", u"姓名" });
    const qsizetype keyColumn = csv::columnOf(header, { u"public_key", u"publickey", u"公钥" });
    if (nameColumn < 0 || keyColumn < 0)
        return fileProblem(QCoreApplication::translate(
            "UserCsvImport", "The first row must name the columns: name,public_key (or 姓名,公钥)."));
    if (table.records.size() == 1)
        return fileProblem(
            QCoreApplication::translate("UserCsvImport", "The file names the columns but lists no users."));

    QList<UserCsvRow> rows;
    QHash<QString, int> rowOfKey; // normalized key -> the first row that has it
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        const QStringList &record = table.records.at(i);
        UserCsvRow row;
        row.row = table.rows.at(i);
        row.draft.institution = institution;
        row.draft.name = record.value(nameColumn).simplified();
        row.draft.publicKey = record.value(keyColumn).trimmed();
        const QString key = normalizedPublicKeyHex(row.draft.publicKey);
        if (row.draft.name.isEmpty())
            row.refusal = QCoreApplication::translate("UserCsvImport", "The name is empty.");
        else if (key.isEmpty())
            row.refusal = QCoreApplication::translate(
                "UserCsvImport", "The public key is not 128 hex digits (or 130 starting with 04).");
        else if (const auto first = rowOfKey.constFind(key); first != rowOfKey.cend())
            row.refusal = QCoreApplication::translate("UserCsvImport", "Same key as row %1.").arg(*first);
        else
            rowOfKey.insert(key, row.row);
        rows << row;
    }
    return rows;
}

Result<QList<UserCsvRow>> readUserCsv(const QString &path, const QByteArray &institution)
{
    if (QFileInfo(path).size() > kMaxUserCsvBytes)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileProblem(QCoreApplication::translate("UserCsvImport", "Cannot read %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    // Read one byte more than allowed: a file that grew since the size check is refused too.
    return parseUserCsv(file.read(kMaxUserCsvBytes + 1), institution);
}

} // namespace credit::desk
