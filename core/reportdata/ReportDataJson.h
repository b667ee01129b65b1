// SPDX-License-Identifier: Apache-2.0
// The bureau's structured report data as JSON (REPORT_DATA.md, schema
// versions 1 and 2): what the bureau's own systems export and the built-in template
// renders. Parsing checks every field the template prints and reports each
// problem by field path, so the bureau can correct its export; nothing is
// guessed, defaulted or invented.
#pragma once

#include "reportdata/EnterpriseReportData.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace credit::report {

//! The "type" of a report data document and the schema versions this terminal
//! reads: 2, the current one (resolution of every negative record), and 1.
inline constexpr const char *kReportDataType = "creditchain.enterprise-report-data";
inline constexpr int kReportDataSchemaVersion = 2;
inline constexpr int kReportDataSchemaVersion1 = 1;
//! Larger files are refused before parsing.
inline constexpr qint64 kMaxReportDataBytes = qint64(4) * 1024 * 1024;

//! The allowed values of the enumerated fields, in the order REPORT_DATA.md lists them.
QStringList loanClassifications(); //!< 五级分类: 正常 关注 次级 可疑 损失
QStringList taxGrades(); //!< A B M C D
QStringList caseRoles(); //!< 原告 被告 第三人 …
QStringList warningLevels(); //!< notice attention serious

//! One problem with one field. The reason is a code, not text: core has no
//! translations, so the terminal words it (in the user's language) from the
//! reason, found and expected.
struct FieldError {
    enum class Reason {
        NotJson, //!< found: the parser's message
        NotAnObject, //!< the document is not a JSON object
        WrongDocumentType, //!< found: the type given; expected: kReportDataType
        UnsupportedVersion, //!< found: the version given; expected: the supported one
        Missing, //!< a required field is absent
        WrongType, //!< expected: "text", "integer", "digits" (a number written as text), "boolean", "object" or "list"
        Empty, //!< a text is empty or only spaces
        TooLong, //!< expected: the maximum number of characters
        UnknownField, //!< a field the schema does not have (often a misspelling)
        BadDate, //!< found: the text; not a valid yyyy-MM-dd date
        BadMonth, //!< found: the text; not a valid yyyy-MM month
        DateInFuture, //!< found: the date; expected: today
        DateBefore, //!< found: the date; expected: the path of the date it must not precede
        Negative, //!< found: the number
        NotWhole, //!< found: the number (amounts are whole yuan, counts whole numbers)
        TooLarge, //!< found: the number; expected: the maximum
        OutOfRange, //!< found: the number; expected: "low–high"
        NotAllowed, //!< found: the value; expected: the allowed values joined by "、"
        BadCreditCode, //!< found: the code; expected: why it is not a valid code
        Mismatch, //!< found: the file's value; expected: the order's value
        Exceeds, //!< found: the number; expected: the path of the field it must not exceed
        NotResolved, //!< a resolution date on a record not resolved; found: the date; expected: the "resolved" path
    };

    FieldError() = default;
    FieldError(QString path_, Reason reason_, QString found_ = {}, QString expected_ = {})
        : path(std::move(path_)), reason(reason_), found(std::move(found_)), expected(std::move(expected_))
    {
    }

    QString path; //!< e.g. "loans[2].classification" (list indexes from 0); "" for the whole document
    Reason reason = Reason::Missing;
    QString found;
    QString expected;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

//! What the data must be about: the order's enterprise (and the order itself,
//! when the file names one).
struct ReportSubject {
    QString enterpriseName;
    QString creditCode;
    quint64 orderId = 0;
    //! Data already delivered (read by the bank from the report it received):
    //! the bureau checked the subject when it delivered, so enterprise and
    //! order are read as the file gives them, and the order id kept in meta.
    bool asDelivered = false;
};

//! The outcome of reading a document: data is meaningful only without errors.
struct ReportDataCheck {
    EnterpriseReportData data;
    QList<FieldError> errors;

    bool ok() const { return errors.isEmpty(); }
};

//! Parses and validates json against the schema and the subject. today bounds
//! the dates that cannot lie in the future. The data's meta block keeps only
//! the report number the file gives (and, asDelivered, the order id); the
//! caller fills bureau, order and time. Only delivered data may say it is a
//! demo sample ("demoSample": true, written for isDemoSample data); a
//! bureau's file with that field is refused as an unknown field.
ReportDataCheck parseReportData(const QByteArray &json, const ReportSubject &subject, const QDate &today);

//! The data as a document (indented UTF-8 JSON): schema version 2 when every
//! negative record's resolution is known and every warning is dated, else
//! version 1 (data read from a version-1 file or entered in a form that does
//! not ask for them), so nothing is invented. Meta except the report number
//! and the order id are not part of the schema; the provenance flag is
//! written as "demoSample": true.
QByteArray reportDataToJson(const EnterpriseReportData &data);
//! The schema version reportDataToJson writes for data.
int reportDataVersion(const EnterpriseReportData &data);

//! Enterprise names compare after NFKC and without spaces: a full-width
//! （集团） in one system and (集团) in another name the same enterprise.
bool sameEnterpriseName(const QString &a, const QString &b);

} // namespace credit::report
