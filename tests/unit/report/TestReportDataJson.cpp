// SPDX-License-Identifier: Apache-2.0
// The bureau's report data file (REPORT_DATA.md): the shipped example reads
// cleanly, and every kind of mistake comes back as its field path and reason,
// all of them at once, with nothing rendered from a file that has any.
#include "JsonEdit.h"
#include "reportdata/DemoEnterpriseReport.h"
#include "reportdata/ReportDataJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace credit::report;
using namespace Qt::StringLiterals;
using Reason = FieldError::Reason;

using credit::test::setInItem;

namespace {

const QString kName = u"上海示例数据科技有限公司"_s;
const QString kCode = u"91310115MA1FL0AB0P"_s;
const QDate kToday(2025, 7, 1);
const ReportSubject kSubject { kName, kCode, 42 };

QByteArray exampleBytes()
{
    QFile f(QStringLiteral(CREDIT_REPORT_DATA_EXAMPLE));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject example()
{
    return QJsonDocument::fromJson(exampleBytes()).object();
}

QByteArray exampleV2Bytes()
{
    QFile f(QStringLiteral(CREDIT_REPORT_DATA_EXAMPLE_V2));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject exampleV2()
{
    return QJsonDocument::fromJson(exampleV2Bytes()).object();
}

//! The errors of the example after edit changed it.
QList<FieldError> errorsAfter(const std::function<void(QJsonObject &)> &edit, const QDate &today = kToday)
{
    QJsonObject o = example();
    edit(o);
    return parseReportData(QJsonDocument(o).toJson(), kSubject, today).errors;
}

//! Sets o[section][key] (section an object) to value.
void setIn(QJsonObject &o, const QString &section, const QString &key, const QJsonValue &value)
{
    QJsonObject s = o.value(section).toObject();
    if (value.isUndefined())
        s.remove(key);
    else
        s.insert(key, value);
    o.insert(section, s);
}

QString describe(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << u"%1 #%2 found=%3 expected=%4"_s.arg(e.path).arg(int(e.reason)).arg(e.found, e.expected);
    return out.join(u"; "_s);
}

#define EXPECT_ONLY(errors, ...)                                                                                       \
    do {                                                                                                               \
        const QList<FieldError> got = (errors);                                                                        \
        const QList<FieldError> want { __VA_ARGS__ };                                                                  \
        QVERIFY2(got == want, qPrintable(u"got: "_s + describe(got) + u"\nwant: "_s + describe(want)));                \
    } while (false)

} // namespace

class TestReportDataJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exampleReadsCleanly()
    {
        const ReportDataCheck c = parseReportData(exampleBytes(), kSubject, kToday);
        QVERIFY2(c.ok(), qPrintable(describe(c.errors)));
        const EnterpriseReportData &d = c.data;
        QVERIFY(!d.isDemoSample);
        QCOMPARE(d.meta.reportNumber, u"EXAMPLE-2025-0001"_s);
        QCOMPARE(d.basic.name, kName);
        QCOMPARE(d.basic.creditCode, kCode);
        QCOMPARE(d.basic.registeredCapitalYuan, 10'000'000);
        QCOMPARE(d.basic.founded, QDate(2016, 3, 18));
        QCOMPARE(d.operations.employees, 120);
        QCOMPARE(d.cases.size(), 1);
        QCOMPARE(d.cases.first().role, u"原告"_s);
        QCOMPARE(d.taxRatings.size(), 3);
        QVERIFY(d.taxArrears.isEmpty());
        QCOMPARE(d.utilities.size(), 3);
        QCOMPARE(d.utilities.last().daysLate, 12);
        QCOMPARE(d.loans.size(), 1);
        QCOMPARE(d.loans.first().classification, u"正常"_s);
        QCOMPARE(d.loans.first().maturity, QDate(2025, 9, 1));
        QCOMPARE(d.warnings.size(), 1);
        QCOMPARE(d.warnings.first().level, RiskWarning::Level::Notice);
    }

    void writtenDataReadsBackTheSame()
    {
        const ReportDataCheck first = parseReportData(exampleBytes(), kSubject, kToday);
        QVERIFY(first.ok());
        const ReportDataCheck again = parseReportData(reportDataToJson(first.data), kSubject, kToday);
        QVERIFY2(again.ok(), qPrintable(describe(again.errors)));
        QCOMPARE(again.data, first.data);
    }

    void everyFiveTierClassificationIsAccepted()
    {
        for (const QString &tier : { u"正常"_s, u"关注"_s, u"次级"_s, u"可疑"_s, u"损失"_s }) {
            QVERIFY(
                errorsAfter([&](QJsonObject &o) { setInItem(o, u"loans"_s, 0, u"classification"_s, tier); }).isEmpty());
        }
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setInItem(o, u"loans"_s, 0, u"classification"_s, u"次极"_s); }),
            { u"loans[0].classification"_s, Reason::NotAllowed, u"次极"_s, u"正常、关注、次级、可疑、损失"_s });
    }

    void notJsonOrNotOurDocument()
    {
        const QList<FieldError> notJson = parseReportData("{\"type\": ", kSubject, kToday).errors;
        QCOMPARE(notJson.size(), 1);
        QCOMPARE(notJson.first().reason, Reason::NotJson);
        QVERIFY(!notJson.first().found.isEmpty());
        EXPECT_ONLY(parseReportData("[1, 2]", kSubject, kToday).errors, { QString(), Reason::NotAnObject });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { o.insert(u"type"_s, u"creditchain.order-request"_s); }),
            { u"type"_s, Reason::WrongDocumentType, u"creditchain.order-request"_s, QLatin1String(kReportDataType) });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { o.remove(u"type"_s); }),
            { u"type"_s, Reason::Missing, QString(), QLatin1String(kReportDataType) });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { o.insert(u"schemaVersion"_s, 3); }),
            { u"schemaVersion"_s, Reason::UnsupportedVersion, u"3"_s, u"1, 2"_s });
        EXPECT_ONLY(
            errorsAfter([](QJsonObject &o) { o.remove(u"schemaVersion"_s); }), { u"schemaVersion"_s, Reason::Missing });
    }

    void anotherEnterpriseIsRefused()
    {
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setIn(o, u"enterprise"_s, u"name"_s, u"上海别的公司"_s); }),
            { u"enterprise.name"_s, Reason::Mismatch, u"上海别的公司"_s, kName });
        // A valid code of another enterprise (check characters computed by GB 32100 / GB 11714).
        EXPECT_ONLY(
            errorsAfter([](QJsonObject &o) { setIn(o, u"enterprise"_s, u"creditCode"_s, u"91440300MA5F0B7Q7W"_s); }),
            { u"enterprise.creditCode"_s, Reason::Mismatch, u"91440300MA5F0B7Q7W"_s, kCode });
        const QList<FieldError> bad
            = errorsAfter([](QJsonObject &o) { setIn(o, u"enterprise"_s, u"creditCode"_s, u"91310115MA1FL0AB0Q"_s); });
        QCOMPARE(bad.size(), 1);
        QCOMPARE(bad.first().path, u"enterprise.creditCode"_s);
        QCOMPARE(bad.first().reason, Reason::BadCreditCode);
        QVERIFY(!bad.first().expected.isEmpty()); // why the code is not valid
        // The order's id, when the file names one.
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { o.insert(u"orderId"_s, u"41"_s); }),
            { u"orderId"_s, Reason::Mismatch, u"41"_s, u"42"_s });
        QVERIFY(errorsAfter([](QJsonObject &o) { o.insert(u"orderId"_s, u"42"_s); }).isEmpty());
        // Order ids exceed 2^53: written as text they survive exactly; as a number they are refused.
        const ReportSubject big { kName, kCode, 20261204192315104ULL };
        QJsonObject o = example();
        o.insert(u"orderId"_s, u"20261204192315104"_s);
        QVERIFY(parseReportData(QJsonDocument(o).toJson(), big, kToday).ok());
        o.insert(u"orderId"_s, u"20261204192315105"_s);
        EXPECT_ONLY(parseReportData(QJsonDocument(o).toJson(), big, kToday).errors,
            { u"orderId"_s, Reason::Mismatch, u"20261204192315105"_s, u"20261204192315104"_s });
        EXPECT_ONLY(errorsAfter([](QJsonObject &p) { p.insert(u"orderId"_s, 42); }),
            { u"orderId"_s, Reason::WrongType, QString(), u"text"_s });
        EXPECT_ONLY(errorsAfter([](QJsonObject &p) { p.insert(u"orderId"_s, u"4x2"_s); }),
            { u"orderId"_s, Reason::WrongType, u"4x2"_s, u"digits"_s });
    }

    void sameEnterpriseWrittenDifferentlyIsAccepted()
    {
        QVERIFY(errorsAfter([](QJsonObject &o) {
            setIn(o, u"enterprise"_s, u"creditCode"_s, u"91310115ma1fl0ab0p"_s);
        }).isEmpty());
        const ReportSubject group { u"上海示例（集团）有限公司"_s, kCode, 42 };
        QJsonObject o = example();
        setIn(o, u"enterprise"_s, u"name"_s, u"上海示例 (集团) 有限公司"_s);
        const ReportDataCheck c = parseReportData(QJsonDocument(o).toJson(), group, kToday);
        QVERIFY2(c.ok(), qPrintable(describe(c.errors)));
        QCOMPARE(c.data.basic.creditCode, kCode);
        QVERIFY(!sameEnterpriseName(u"上海示例有限公司"_s, u"上海示例集团有限公司"_s));
    }

    void missingUnknownWrongTypeOrEmpty()
    {
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setIn(o, u"enterprise"_s, u"address"_s, QJsonValue::Undefined); }),
            { u"enterprise.address"_s, Reason::Missing });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setIn(o, u"operations"_s, u"employes"_s, 3); }),
            { u"operations.employes"_s, Reason::UnknownField });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { o.insert(u"isDemoSample"_s, true); }),
            { u"isDemoSample"_s, Reason::UnknownField });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setIn(o, u"operations"_s, u"employees"_s, u"120"_s); }),
            { u"operations.employees"_s, Reason::WrongType, QString(), u"integer"_s });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setIn(o, u"enterprise"_s, u"industry"_s, u"   "_s); }),
            { u"enterprise.industry"_s, Reason::Empty });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setIn(o, u"enterprise"_s, u"status"_s, QJsonValue()); }),
            { u"enterprise.status"_s, Reason::Missing });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setIn(o, u"enterprise"_s, u"industry"_s, QString(201, u'业')); }),
            { u"enterprise.industry"_s, Reason::TooLong, u"201"_s, u"200"_s });
    }

    void aMissingListIsNotReadAsNone()
    {
        EXPECT_ONLY(
            errorsAfter([](QJsonObject &o) { o.remove(u"judicialCases"_s); }), { u"judicialCases"_s, Reason::Missing });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { o.insert(u"loans"_s, QJsonObject()); }),
            { u"loans"_s, Reason::WrongType, QString(), u"list"_s });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { o.insert(u"guarantees"_s, QJsonArray { u"none"_s }); }),
            { u"guarantees[0]"_s, Reason::WrongType, QString(), u"object"_s });
    }

    void datesMustBeRealAndNotInTheFuture()
    {
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setIn(o, u"enterprise"_s, u"founded"_s, u"2016-02-30"_s); }),
            { u"enterprise.founded"_s, Reason::BadDate, u"2016-02-30"_s });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setIn(o, u"enterprise"_s, u"founded"_s, u"2016/03/18"_s); }),
            { u"enterprise.founded"_s, Reason::BadDate, u"2016/03/18"_s });
        EXPECT_ONLY(
            errorsAfter([](QJsonObject &o) { setInItem(o, u"judicialCases"_s, 0, u"filed"_s, u"2025-07-02"_s); }),
            { u"judicialCases[0].filed"_s, Reason::DateInFuture, u"2025-07-02"_s, u"2025-07-01"_s });
        EXPECT_ONLY(
            errorsAfter([](QJsonObject &o) { setInItem(o, u"utilityPayments"_s, 1, u"period"_s, u"2025-13"_s); }),
            { u"utilityPayments[1].period"_s, Reason::BadMonth, u"2025-13"_s });
        EXPECT_ONLY(
            errorsAfter([](QJsonObject &o) { setInItem(o, u"utilityPayments"_s, 1, u"period"_s, u"2025-08"_s); }),
            { u"utilityPayments[1].period"_s, Reason::DateInFuture, u"2025-08"_s, u"2025-07"_s });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setInItem(o, u"loans"_s, 0, u"maturity"_s, u"2024-08-31"_s); }),
            { u"loans[0].maturity"_s, Reason::DateBefore, u"2024-08-31"_s, u"loans[0].start"_s });
        // A maturity may lie ahead; the same file read a year earlier has facts from its future.
        QVERIFY(
            errorsAfter([](QJsonObject &o) { setInItem(o, u"loans"_s, 0, u"maturity"_s, u"2030-01-01"_s); }).isEmpty());
        QVERIFY(!errorsAfter([](QJsonObject &) {}, QDate(2024, 7, 1)).isEmpty());
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setInItem(o, u"taxRatings"_s, 0, u"year"_s, 2026); }),
            { u"taxRatings[0].year"_s, Reason::OutOfRange, u"2026"_s, u"1949–2025"_s });
    }

    void amountsAreWholeNonNegativeYuan()
    {
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setInItem(o, u"loans"_s, 0, u"amountYuan"_s, -1); }),
            { u"loans[0].amountYuan"_s, Reason::Negative, u"-1"_s });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setIn(o, u"enterprise"_s, u"registeredCapitalYuan"_s, 100.5); }),
            { u"enterprise.registeredCapitalYuan"_s, Reason::NotWhole, u"100.5"_s });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setInItem(o, u"judicialCases"_s, 0, u"amountYuan"_s, 1e17); }),
            { u"judicialCases[0].amountYuan"_s, Reason::TooLarge, u"1e+17"_s, u"9000000000000000"_s });
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setIn(o, u"operations"_s, u"insuredEmployees"_s, 121); }),
            { u"operations.insuredEmployees"_s, Reason::Exceeds, u"121"_s, u"operations.employees"_s });
    }

    void everyProblemIsReportedAtOnce()
    {
        const QList<FieldError> errors = errorsAfter([](QJsonObject &o) {
            setIn(o, u"enterprise"_s, u"name"_s, u"别的公司"_s);
            setInItem(o, u"loans"_s, 0, u"classification"_s, u"bad"_s);
            setInItem(o, u"taxRatings"_s, 2, u"grade"_s, u"AA"_s);
            setInItem(o, u"riskWarnings"_s, 0, u"level"_s, u"high"_s);
            o.remove(u"taxArrears"_s);
        });
        QStringList paths;
        for (const FieldError &e : errors)
            paths << e.path;
        paths.sort();
        QCOMPARE(paths,
            QStringList({ u"enterprise.name"_s, u"loans[0].classification"_s, u"riskWarnings[0].level"_s,
                u"taxArrears"_s, u"taxRatings[2].grade"_s }));
    }

    void versionTwoReadsResolutions()
    {
        const ReportDataCheck c = parseReportData(exampleV2Bytes(), kSubject, kToday);
        QVERIFY2(c.ok(), qPrintable(describe(c.errors)));
        const EnterpriseReportData &d = c.data;
        QCOMPARE(d.cases.first().resolution, std::optional(Resolution { true, QDate(2024, 11, 8) }));
        QCOMPARE(d.taxArrears.size(), 1);
        QCOMPARE(d.taxArrears.first().resolution, std::optional(Resolution { true, QDate(2025, 4, 2) }));
        QCOMPARE(d.utilities.at(2).resolution, std::optional(Resolution { true, QDate(2025, 6, 12) }));
        QCOMPARE(d.utilities.at(0).resolution, std::optional(Resolution { true, QDate() }));
        QCOMPARE(d.loans.first().resolution, std::optional(Resolution { false, QDate() }));
        QCOMPARE(d.guarantees.first().resolution, std::optional(Resolution { false, QDate() }));
        QCOMPARE(d.warnings.first().recorded, QDate(2025, 6, 30));
        // Version 1 says nothing about resolution, and nothing is made up.
        const ReportDataCheck v1 = parseReportData(exampleBytes(), kSubject, kToday);
        QVERIFY(v1.ok());
        QVERIFY(!v1.data.cases.first().resolution.has_value());
        QVERIFY(!v1.data.warnings.first().recorded.isValid());
    }

    void eachVersionIsWrittenBackAsItWasRead()
    {
        for (const QByteArray &bytes : { exampleBytes(), exampleV2Bytes() }) {
            const ReportDataCheck first = parseReportData(bytes, kSubject, kToday);
            QVERIFY(first.ok());
            const QByteArray written = reportDataToJson(first.data);
            QCOMPARE(QJsonDocument::fromJson(written).object().value(u"schemaVersion"_s),
                QJsonDocument::fromJson(bytes).object().value(u"schemaVersion"_s));
            const ReportDataCheck again = parseReportData(written, kSubject, kToday);
            QVERIFY2(again.ok(), qPrintable(describe(again.errors)));
            QCOMPARE(again.data, first.data);
        }
        // The template's data is complete: it is written (and embedded) as version 2, and reads back the same.
        EnterpriseReportData demo = demoEnterpriseReport(kCode, kName);
        QCOMPARE(reportDataVersion(demo), kReportDataSchemaVersion);
        ReportSubject delivered;
        delivered.asDelivered = true;
        const ReportDataCheck back = parseReportData(reportDataToJson(demo), delivered, QDate(2030, 1, 1));
        QVERIFY2(back.ok(), qPrintable(describe(back.errors)));
        QVERIFY(back.data.isDemoSample); // the mark travels with the data
        QCOMPARE(back.data, demo);
        // A bureau's own file cannot claim to be (or hide being) a sample: the field is not in its schema.
        EXPECT_ONLY(parseReportData(reportDataToJson(demo), { kName, kCode, 0 }, QDate(2030, 1, 1)).errors,
            { u"demoSample"_s, Reason::UnknownField });
    }

    void versionTwoProblemsNameTheField()
    {
        auto after = [](const std::function<void(QJsonObject &)> &edit) {
            QJsonObject o = exampleV2();
            edit(o);
            return parseReportData(QJsonDocument(o).toJson(), kSubject, kToday).errors;
        };
        EXPECT_ONLY(after([](QJsonObject &o) { setInItem(o, u"judicialCases"_s, 0, u"resolved"_s, u"yes"_s); }),
            { u"judicialCases[0].resolved"_s, Reason::WrongType, QString(), u"boolean"_s });
        EXPECT_ONLY(after([](QJsonObject &o) {
            QJsonArray a = o.value(u"loans"_s).toArray();
            QJsonObject loan = a.at(0).toObject();
            loan.remove(u"resolved"_s);
            a.replace(0, loan);
            o.insert(u"loans"_s, a);
        }),
            { u"loans[0].resolved"_s, Reason::Missing });
        EXPECT_ONLY(after([](QJsonObject &o) { setInItem(o, u"taxArrears"_s, 0, u"resolvedOn"_s, u"2025-03-01"_s); }),
            { u"taxArrears[0].resolvedOn"_s, Reason::DateBefore, u"2025-03-01"_s, u"taxArrears[0].since"_s });
        EXPECT_ONLY(after([](QJsonObject &o) { setInItem(o, u"guarantees"_s, 0, u"resolvedOn"_s, u"2025-05-01"_s); }),
            { u"guarantees[0].resolvedOn"_s, Reason::NotResolved, u"2025-05-01"_s, u"guarantees[0].resolved"_s });
        EXPECT_ONLY(after([](QJsonObject &o) { setInItem(o, u"riskWarnings"_s, 0, u"recorded"_s, u"2025-13-01"_s); }),
            { u"riskWarnings[0].recorded"_s, Reason::BadDate, u"2025-13-01"_s });
        EXPECT_ONLY(after([](QJsonObject &o) { setInItem(o, u"loans"_s, 0, u"overdueSince"_s, u"2024-01-01"_s); }),
            { u"loans[0].overdueSince"_s, Reason::DateBefore, u"2024-01-01"_s, u"loans[0].start"_s });
        // Version-2 fields in a version-1 file are unknown there, as any misspelling.
        EXPECT_ONLY(errorsAfter([](QJsonObject &o) { setInItem(o, u"loans"_s, 0, u"resolved"_s, true); }),
            { u"loans[0].resolved"_s, Reason::UnknownField });
    }

    void deliveredDataIsReadAsTheFileGivesIt()
    {
        QJsonObject o = exampleV2();
        o.insert(u"orderId"_s, u"20261204192315104"_s);
        ReportSubject delivered;
        delivered.asDelivered = true;
        const ReportDataCheck c = parseReportData(QJsonDocument(o).toJson(), delivered, kToday);
        QVERIFY2(c.ok(), qPrintable(describe(c.errors)));
        QCOMPARE(c.data.meta.orderId, 20261204192315104ULL);
        QCOMPARE(c.data.basic.name, kName);
        // Still validated: a bad code is a bad code.
        setIn(o, u"enterprise"_s, u"creditCode"_s, u"91310115MA1FL0AB0Q"_s);
        QCOMPARE(
            parseReportData(QJsonDocument(o).toJson(), delivered, kToday).errors.first().reason, Reason::BadCreditCode);
    }

    void onlyTheDemoSourceIsFlaggedAsSample()
    {
        QVERIFY(demoEnterpriseReport(kCode, kName).isDemoSample);
        QVERIFY(!parseReportData(exampleBytes(), kSubject, kToday).data.isDemoSample);
    }
};

QTEST_MAIN(TestReportDataJson)
#include "TestReportDataJson.moc"
