// SPDX-License-Identifier: Apache-2.0
#include "desk/LoanBookCsv.h"

#include "common/Csv.h"
#include "market/Uscc.h"

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
    return fileProblem(QCoreApplication::translate("LoanBookCsv",
        "The file is larger than 1 MiB. Split the loan book into several files and re-query them one "
        "after the other."));
}

} // namespace

Result<QList<LoanBookRow>> parseLoanBook(const QByteArray &content)
{
    if (content.size() > kMaxLoanBookBytes)
        return tooLarge();
    const csv::Sheet sheet = csv::readSheet(content);
    switch (sheet.problem) {
    case csv::Sheet::Problem::NotText:
        return fileProblem(QCoreApplication::translate("LoanBookCsv",
            "The file is neither UTF-8 nor GB18030 text. In the spreadsheet, save it as “CSV UTF-8 (comma "
            "delimited)” and choose that file."));
    case csv::Sheet::Problem::NotCsv:
        return fileProblem(QCoreApplication::translate("LoanBookCsv",
            "Row %1 is not valid CSV: a quotation mark is not closed, or text follows a closing "
            "one. Correct that row in the spreadsheet and save the file again.")
                               .arg(sheet.problemRow));
    case csv::Sheet::Problem::Empty:
        return fileProblem(QCoreApplication::translate("LoanBookCsv", "The file is empty."));
    case csv::Sheet::Problem::None:
        break;
    }
    const csv::Table &table = sheet.table;
    const QStringList &header = table.records.first();
    const qsizetype nameColumn
        = csv::columnOf(header, { u"企业名称", u"企业", u"名称", u"name", u"enterprise", u"enterprisename" });
    const qsizetype codeColumn
        = csv::columnOf(header, { u"统一社会信用代码", u"信用代码", u"credit_code", u"creditcode", u"code", u"uscc" });
    if (nameColumn < 0 || codeColumn < 0)
        return fileProblem(QCoreApplication::translate(
            "LoanBookCsv", "The first row must name the columns: 企业名称,统一社会信用代码 (or name,credit_code)."));
    if (table.records.size() == 1)
        return fileProblem(
            QCoreApplication::translate("LoanBookCsv", "The file names the columns but lists no enterprises."));
    if (table.records.size() - 1 > kMaxLoanBookRows)
        return fileProblem(QCoreApplication::translate("LoanBookCsv",
            "The file lists %1 enterprises; one re-query places at most %2 orders. Split the loan book "
            "and re-query the parts one after the other.")
                               .arg(table.records.size() - 1)
                               .arg(kMaxLoanBookRows));

    QList<LoanBookRow> rows;
    QHash<QString, int> rowOfCode; // credit code -> the first row that has it
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        const QStringList &record = table.records.at(i);
        LoanBookRow row;
        row.row = table.rows.at(i);
        row.enterpriseName = record.value(nameColumn).simplified();
        row.enterpriseCode = record.value(codeColumn).trimmed().toUpper();
        const uscc::Verdict verdict = uscc::check(row.enterpriseCode);
        if (row.enterpriseName.isEmpty())
            row.refusal = QCoreApplication::translate("LoanBookCsv", "The enterprise name is empty.");
        else if (row.enterpriseCode.isEmpty())
            row.refusal = QCoreApplication::translate("LoanBookCsv", "The credit code is empty.");
        else if (!verdict.ok())
            row.refusal = verdict.message;
        else if (const auto first = rowOfCode.constFind(row.enterpriseCode); first != rowOfCode.cend())
            row.refusal = QCoreApplication::translate("LoanBookCsv", "Same credit code as row %1.").arg(*first);
        else
            rowOfCode.insert(row.enterpriseCode, row.row);
        rows << row;
    }
    return rows;
}

Result<QList<LoanBookRow>> readLoanBook(const QString &path)
{
    if (QFileInfo(path).size() > kMaxLoanBookBytes)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileProblem(QCoreApplication::translate("LoanBookCsv", "Cannot read %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    // Read one byte more than allowed: a file that grew since the size check is refused too.
    return parseLoanBook(file.read(kMaxLoanBookBytes + 1));
}

} // namespace credit::desk
