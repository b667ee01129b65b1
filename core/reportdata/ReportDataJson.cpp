// SPDX-License-Identifier: Apache-2.0
#include "reportdata/ReportDataJson.h"

#include "market/Uscc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace credit::report {

namespace {

using Reason = FieldError::Reason;

// Amounts in whole yuan stay below 2^53, where a JSON number is still exact.
constexpr qint64 kMaxAmount = 9'000'000'000'000'000;
constexpr qint64 kMaxCount = 100'000'000;
constexpr int kShortText = 200;
constexpr int kLongText = 2000;

// A field named "" is written as "" so that its path never reads as the whole
// file (found by fuzz_report_data: an unknown "" field was reported on "").
QString join(const QString &path, const QString &key)
{
    const QString name = key.isEmpty() ? u"\"\""_s : key;
    return path.isEmpty() ? name : path + u'.' + name;
}
QString item(const QString &path, qsizetype index)
{
    return u"%1[%2]"_s.arg(path).arg(index);
}
QString numberText(double d)
{
    return QString::number(d, 'g', 17);
}

//! Reads one JSON object's fields, recording every problem under its path.
class Fields {
public:
    Fields(QList<FieldError> &errors, const QDate &today, QJsonObject object, QString path, QStringList known)
        : m_errors(errors), m_today(today), m_object(std::move(object)), m_path(std::move(path))
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
            if (!known.contains(it.key()))
                add(join(m_path, it.key()), Reason::UnknownField);
    }

    const QString &path() const { return m_path; }
    QString at(const QString &key) const { return join(m_path, key); }
    bool has(const QString &key) const { return m_object.contains(key); }

    void add(const QString &path, Reason reason, const QString &found = {}, const QString &expected = {})
    {
        m_errors.append({ path, reason, found, expected });
    }

    std::optional<QString> text(const QString &key, int maxLength = kShortText)
    {
        const QJsonValue v = value(key, u"text"_s, QJsonValue::String);
        if (v.isUndefined())
            return std::nullopt;
        const QString s = v.toString().trimmed();
        if (s.isEmpty()) {
            add(at(key), Reason::Empty);
            return std::nullopt;
        }
        if (s.size() > maxLength) {
            add(at(key), Reason::TooLong, QString::number(s.size()), QString::number(maxLength));
            return std::nullopt;
        }
        return s;
    }

    std::optional<qint64> integer(const QString &key, qint64 max)
    {
        const QJsonValue v = value(key, u"integer"_s, QJsonValue::Double);
        if (v.isUndefined())
            return std::nullopt;
        const double d = v.toDouble();
        if (d < 0) {
            add(at(key), Reason::Negative, numberText(d));
            return std::nullopt;
        }
        if (!std::isfinite(d) || d != std::floor(d)) {
            add(at(key), Reason::NotWhole, numberText(d));
            return std::nullopt;
        }
        if (d > double(max)) {
            add(at(key), Reason::TooLarge, numberText(d), QString::number(max));
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }

    std::optional<QString> oneOf(const QString &key, const QStringList &allowed)
    {
        const std::optional<QString> s = text(key);
        if (s && !allowed.contains(*s)) {
            add(at(key), Reason::NotAllowed, *s, allowed.join(u"、"_s));
            return std::nullopt;
        }
        return s;
    }

    //! A yyyy-MM-dd date; not after today when notFuture.
    std::optional<QDate> date(const QString &key, bool notFuture)
    {
        const std::optional<QString> s = text(key);
        if (!s)
            return std::nullopt;
        const QDate d = QDate::fromString(*s, u"yyyy-MM-dd"_s);
        if (s->size() != 10 || !d.isValid()) {
            add(at(key), Reason::BadDate, *s);
            return std::nullopt;
        }
        if (notFuture && d > m_today) {
            add(at(key), Reason::DateInFuture, *s, m_today.toString(u"yyyy-MM-dd"_s));
            return std::nullopt;
        }
        return d;
    }

    //! A yyyy-MM month, not after today's.
    std::optional<QString> month(const QString &key)
    {
        const std::optional<QString> s = text(key);
        if (!s)
            return std::nullopt;
        const QDate first = QDate::fromString(*s + u"-01"_s, u"yyyy-MM-dd"_s);
        if (s->size() != 7 || !first.isValid()) {
            add(at(key), Reason::BadMonth, *s);
            return std::nullopt;
        }
        if (first > m_today) {
            add(at(key), Reason::DateInFuture, *s, m_today.toString(u"yyyy-MM"_s));
            return std::nullopt;
        }
        return s;
    }

    std::optional<bool> boolean(const QString &key)
    {
        const QJsonValue v = value(key, u"boolean"_s, QJsonValue::Bool);
        return v.isUndefined() ? std::nullopt : std::optional(v.toBool());
    }

    //! An optional date: absent (or null) is no date, anything else must be one.
    QDate optionalDate(const QString &key, bool notFuture)
    {
        if (m_object.value(key).isUndefined() || m_object.value(key).isNull())
            return {};
        return date(key, notFuture).value_or(QDate());
    }

    std::optional<QJsonObject> object(const QString &key)
    {
        const QJsonValue v = value(key, u"object"_s, QJsonValue::Object);
        return v.isUndefined() ? std::nullopt : std::optional(v.toObject());
    }

    std::optional<QJsonArray> list(const QString &key)
    {
        const QJsonValue v = value(key, u"list"_s, QJsonValue::Array);
        return v.isUndefined() ? std::nullopt : std::optional(v.toArray());
    }

    QList<FieldError> &errors() { return m_errors; }
    const QDate &today() const { return m_today; }
    int version() const { return m_version; }
    void setVersion(int version) { m_version = version; }

private:
    //! The field's value if present with the right JSON type, else undefined (and an error).
    QJsonValue value(const QString &key, const QString &typeName, QJsonValue::Type type)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            add(at(key), Reason::Missing);
            return QJsonValue(QJsonValue::Undefined);
        }
        if (v.type() != type) {
            add(at(key), Reason::WrongType, {}, typeName);
            return QJsonValue(QJsonValue::Undefined);
        }
        return v;
    }

    QList<FieldError> &m_errors;
    QDate m_today;
    QJsonObject m_object;
    QString m_path;
    int m_version = kReportDataSchemaVersion;
};

//! The fields schema version 2 adds to the items of a list.
QStringList versionTwoFields(const QString &list)
{
    if (list == u"taxRatings"_s)
        return {};
    QStringList fields { u"resolved"_s, u"resolvedOn"_s };
    if (list == u"loans"_s)
        fields << u"overdueSince"_s;
    else if (list == u"guarantees"_s)
        fields << u"calledOn"_s;
    else if (list == u"riskWarnings"_s)
        fields << u"recorded"_s;
    return fields;
}

//! Version 2: whether the record is resolved, and when (optional; only when
//! resolved, not before the record's own date, not in the future).
std::optional<Resolution> readResolution(Fields &f, const QDate &recordDate, const QString &recordDateField)
{
    if (f.version() < 2)
        return std::nullopt;
    const std::optional<bool> resolved = f.boolean(u"resolved"_s);
    const QDate on = f.optionalDate(u"resolvedOn"_s, true);
    if (!resolved)
        return std::nullopt;
    if (on.isValid() && !*resolved) {
        f.add(f.at(u"resolvedOn"_s), Reason::NotResolved, on.toString(u"yyyy-MM-dd"_s), f.at(u"resolved"_s));
        return Resolution { false, {} };
    }
    if (on.isValid() && recordDate.isValid() && on < recordDate) {
        f.add(f.at(u"resolvedOn"_s), Reason::DateBefore, on.toString(u"yyyy-MM-dd"_s), f.at(recordDateField));
        return Resolution { *resolved, {} };
    }
    return Resolution { *resolved, on };
}

//! Runs read on every element of the list at key that is an object.
template<typename Read> void eachItem(Fields &parent, const QString &key, const QStringList &known, Read read)
{
    const std::optional<QJsonArray> list = parent.list(key);
    if (!list)
        return;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = item(parent.at(key), i);
        if (!list->at(i).isObject()) {
            parent.add(path, Reason::WrongType, {}, u"object"_s);
            continue;
        }
        QStringList fields = known;
        if (parent.version() >= 2)
            fields << versionTwoFields(key);
        Fields f(parent.errors(), parent.today(), list->at(i).toObject(), path, fields);
        f.setVersion(parent.version());
        read(f);
    }
}

void readEnterprise(Fields &root, const ReportSubject &subject, BasicInfo &b)
{
    const std::optional<QJsonObject> o = root.object(u"enterprise"_s);
    if (!o)
        return;
    Fields f(root.errors(), root.today(), *o, root.at(u"enterprise"_s),
        { u"name"_s, u"creditCode"_s, u"legalRepresentative"_s, u"registeredCapitalYuan"_s, u"founded"_s, u"address"_s,
            u"industry"_s, u"status"_s, u"enterpriseType"_s });
    if (auto name = f.text(u"name"_s)) {
        if (subject.asDelivered || sameEnterpriseName(*name, subject.enterpriseName))
            b.name = *name;
        else
            f.add(f.at(u"name"_s), Reason::Mismatch, *name, subject.enterpriseName);
    }
    if (auto code = f.text(u"creditCode"_s)) {
        const QString upper = code->toUpper();
        const uscc::Verdict verdict = uscc::check(upper);
        if (!verdict.ok())
            f.add(f.at(u"creditCode"_s), Reason::BadCreditCode, *code, verdict.message);
        else if (!subject.asDelivered && upper != subject.creditCode.trimmed().toUpper())
            f.add(f.at(u"creditCode"_s), Reason::Mismatch, *code, subject.creditCode);
        else
            b.creditCode = upper;
    }
    b.legalRepresentative = f.text(u"legalRepresentative"_s).value_or(QString());
    b.registeredCapitalYuan = f.integer(u"registeredCapitalYuan"_s, kMaxAmount).value_or(0);
    b.founded = f.date(u"founded"_s, true).value_or(QDate());
    b.address = f.text(u"address"_s, kLongText).value_or(QString());
    b.industry = f.text(u"industry"_s).value_or(QString());
    b.status = f.text(u"status"_s).value_or(QString());
    b.enterpriseType = f.text(u"enterpriseType"_s).value_or(QString());
}

void readOperations(Fields &root, Operations &op)
{
    const std::optional<QJsonObject> o = root.object(u"operations"_s);
    if (!o)
        return;
    Fields f(root.errors(), root.today(), *o, root.at(u"operations"_s),
        { u"revenueBand"_s, u"employees"_s, u"insuredEmployees"_s, u"branches"_s, u"mainBusiness"_s,
            u"premisesType"_s });
    op.revenueBand = f.text(u"revenueBand"_s).value_or(QString());
    const std::optional<qint64> employees = f.integer(u"employees"_s, kMaxCount);
    const std::optional<qint64> insured = f.integer(u"insuredEmployees"_s, kMaxCount);
    if (employees && insured && *insured > *employees)
        f.add(f.at(u"insuredEmployees"_s), Reason::Exceeds, QString::number(*insured), f.at(u"employees"_s));
    op.employees = static_cast<int>(employees.value_or(0));
    op.insuredEmployees = static_cast<int>(insured.value_or(0));
    op.branches = static_cast<int>(f.integer(u"branches"_s, kMaxCount).value_or(0));
    op.mainBusiness = f.text(u"mainBusiness"_s, kLongText).value_or(QString());
    op.premisesType = f.text(u"premisesType"_s).value_or(QString());
}

void readRecords(Fields &root, EnterpriseReportData &d)
{
    eachItem(root, u"judicialCases"_s,
        { u"caseNumber"_s, u"cause"_s, u"role"_s, u"court"_s, u"filed"_s, u"amountYuan"_s, u"status"_s },
        [&d](Fields &f) {
            JudicialCase c;
            c.caseNumber = f.text(u"caseNumber"_s).value_or(QString());
            c.cause = f.text(u"cause"_s).value_or(QString());
            c.role = f.oneOf(u"role"_s, caseRoles()).value_or(QString());
            c.court = f.text(u"court"_s).value_or(QString());
            c.filed = f.date(u"filed"_s, true).value_or(QDate());
            c.amountYuan = f.integer(u"amountYuan"_s, kMaxAmount).value_or(0);
            c.status = f.text(u"status"_s).value_or(QString());
            c.resolution = readResolution(f, c.filed, u"filed"_s);
            d.cases.append(c);
        });
    eachItem(root, u"taxRatings"_s, { u"year"_s, u"grade"_s }, [&d](Fields &f) {
        TaxRating t;
        if (const std::optional<qint64> year = f.integer(u"year"_s, kMaxCount)) {
            if (*year < 1949 || *year > f.today().year())
                f.add(f.at(u"year"_s), Reason::OutOfRange, QString::number(*year), u"1949–%1"_s.arg(f.today().year()));
            else
                t.year = static_cast<int>(*year);
        }
        t.grade = f.oneOf(u"grade"_s, taxGrades()).value_or(QString());
        d.taxRatings.append(t);
    });
    eachItem(root, u"taxArrears"_s, { u"taxKind"_s, u"amountYuan"_s, u"since"_s }, [&d](Fields &f) {
        TaxArrear a;
        a.taxKind = f.text(u"taxKind"_s).value_or(QString());
        a.amountYuan = f.integer(u"amountYuan"_s, kMaxAmount).value_or(0);
        a.since = f.date(u"since"_s, true).value_or(QDate());
        a.resolution = readResolution(f, a.since, u"since"_s);
        d.taxArrears.append(a);
    });
    eachItem(root, u"utilityPayments"_s, { u"kind"_s, u"period"_s, u"amountYuan"_s, u"daysLate"_s }, [&d](Fields &f) {
        UtilityPayment u;
        u.kind = f.text(u"kind"_s).value_or(QString());
        u.period = f.month(u"period"_s).value_or(QString());
        u.amountYuan = f.integer(u"amountYuan"_s, kMaxAmount).value_or(0);
        u.daysLate = static_cast<int>(f.integer(u"daysLate"_s, 36'600).value_or(0));
        u.resolution = readResolution(f, QDate::fromString(u.period + u"-01"_s, u"yyyy-MM-dd"_s), u"period"_s);
        d.utilities.append(u);
    });
    eachItem(root, u"loans"_s,
        { u"lender"_s, u"kind"_s, u"amountYuan"_s, u"start"_s, u"maturity"_s, u"classification"_s }, [&d](Fields &f) {
            Loan l;
            l.lender = f.text(u"lender"_s).value_or(QString());
            l.kind = f.text(u"kind"_s).value_or(QString());
            l.amountYuan = f.integer(u"amountYuan"_s, kMaxAmount).value_or(0);
            l.start = f.date(u"start"_s, true).value_or(QDate());
            l.maturity = f.date(u"maturity"_s, false).value_or(QDate());
            if (l.start.isValid() && l.maturity.isValid() && l.maturity < l.start) {
                f.add(f.at(u"maturity"_s), Reason::DateBefore, l.maturity.toString(u"yyyy-MM-dd"_s), f.at(u"start"_s));
                l.maturity = QDate();
            }
            l.classification = f.oneOf(u"classification"_s, loanClassifications()).value_or(QString());
            if (f.version() >= 2) {
                l.overdueSince = f.optionalDate(u"overdueSince"_s, true);
                if (l.overdueSince.isValid() && l.start.isValid() && l.overdueSince < l.start) {
                    f.add(f.at(u"overdueSince"_s), Reason::DateBefore, l.overdueSince.toString(u"yyyy-MM-dd"_s),
                        f.at(u"start"_s));
                    l.overdueSince = QDate();
                }
            }
            l.resolution = readResolution(f, l.overdueSince.isValid() ? l.overdueSince : l.start,
                l.overdueSince.isValid() ? u"overdueSince"_s : u"start"_s);
            d.loans.append(l);
        });
    eachItem(root, u"guarantees"_s, { u"beneficiary"_s, u"kind"_s, u"amountYuan"_s, u"maturity"_s }, [&d](Fields &f) {
        Guarantee g;
        g.beneficiary = f.text(u"beneficiary"_s).value_or(QString());
        g.kind = f.text(u"kind"_s).value_or(QString());
        g.amountYuan = f.integer(u"amountYuan"_s, kMaxAmount).value_or(0);
        g.maturity = f.date(u"maturity"_s, false).value_or(QDate());
        if (f.version() >= 2)
            g.calledOn = f.optionalDate(u"calledOn"_s, true);
        g.resolution = readResolution(f, g.calledOn, u"calledOn"_s);
        d.guarantees.append(g);
    });
    eachItem(root, u"riskWarnings"_s, { u"level"_s, u"text"_s }, [&d](Fields &f) {
        RiskWarning w;
        const QString level = f.oneOf(u"level"_s, warningLevels()).value_or(QString());
        w.level = level == u"serious"_s ? RiskWarning::Level::Serious
            : level == u"attention"_s   ? RiskWarning::Level::Attention
                                        : RiskWarning::Level::Notice;
        w.text = f.text(u"text"_s, kLongText).value_or(QString());
        if (f.version() >= 2)
            w.recorded = f.date(u"recorded"_s, true).value_or(QDate());
        w.resolution = readResolution(f, w.recorded, u"recorded"_s);
        d.warnings.append(w);
    });
}

void readOrderAndNumber(Fields &root, const ReportSubject &subject, ReportMeta &meta)
{
    // Text, not a JSON number: order ids exceed 2^53, beyond which many JSON tools round numbers.
    if (root.has(u"orderId"_s)) {
        if (const std::optional<QString> id = root.text(u"orderId"_s, 20)) {
            bool ok = false;
            const quint64 value = id->toULongLong(&ok);
            if (!ok || id->startsWith(u'+'))
                root.add(root.at(u"orderId"_s), Reason::WrongType, *id, u"digits"_s);
            else if (subject.asDelivered)
                meta.orderId = value;
            else if (value != subject.orderId)
                root.add(root.at(u"orderId"_s), Reason::Mismatch, *id, QString::number(subject.orderId));
        }
    }
    if (root.has(u"reportNumber"_s))
        meta.reportNumber = root.text(u"reportNumber"_s, 64).value_or(QString());
}

QJsonArray array(const auto &items, auto toObject)
{
    QJsonArray out;
    for (const auto &i : items)
        out.append(toObject(i));
    return out;
}

QString dateText(const QDate &d)
{
    return d.toString(u"yyyy-MM-dd"_s);
}

} // namespace

QStringList loanClassifications()
{
    return { u"正常"_s, u"关注"_s, u"次级"_s, u"可疑"_s, u"损失"_s };
}
QStringList taxGrades()
{
    return { u"A"_s, u"B"_s, u"M"_s, u"C"_s, u"D"_s };
}
QStringList caseRoles()
{
    return { u"原告"_s, u"被告"_s, u"第三人"_s, u"上诉人"_s, u"被上诉人"_s, u"申请人"_s, u"被申请人"_s, u"申请执行人"_s,
        u"被执行人"_s };
}
QStringList warningLevels()
{
    return { u"notice"_s, u"attention"_s, u"serious"_s };
}

bool sameEnterpriseName(const QString &a, const QString &b)
{
    auto canonical = [](const QString &s) {
        QString n = s.normalized(QString::NormalizationForm_KC);
        n.removeIf([](QChar c) { return c.isSpace(); });
        return n;
    };
    return !a.trimmed().isEmpty() && canonical(a) == canonical(b);
}

ReportDataCheck parseReportData(const QByteArray &json, const ReportSubject &subject, const QDate &today)
{
    ReportDataCheck check;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        check.errors.append(
            { QString(), Reason::NotJson, u"%1 (offset %2)"_s.arg(parseError.errorString()).arg(parseError.offset) });
        return check;
    }
    if (!doc.isObject()) {
        check.errors.append({ QString(), Reason::NotAnObject });
        return check;
    }
    const QJsonObject object = doc.object();
    // Type and version first: the other fields mean nothing in a document of another kind.
    const QJsonValue type = object.value(u"type"_s);
    if (type.toString() != QLatin1String(kReportDataType)) {
        check.errors.append({ u"type"_s, type.isUndefined() ? Reason::Missing : Reason::WrongDocumentType,
            type.isString() ? type.toString() : QString(), QLatin1String(kReportDataType) });
        return check;
    }
    const QJsonValue version = object.value(u"schemaVersion"_s);
    if (version.isUndefined()) {
        check.errors.append({ u"schemaVersion"_s, Reason::Missing });
        return check;
    }
    if (!version.isDouble()) {
        check.errors.append({ u"schemaVersion"_s, Reason::WrongType, {}, u"integer"_s });
        return check;
    }
    const double versionNumber = version.toDouble();
    if (versionNumber != kReportDataSchemaVersion1 && versionNumber != kReportDataSchemaVersion) {
        check.errors.append({ u"schemaVersion"_s, Reason::UnsupportedVersion, numberText(versionNumber),
            u"%1, %2"_s.arg(kReportDataSchemaVersion1).arg(kReportDataSchemaVersion) });
        return check;
    }

    QStringList known { u"type"_s, u"schemaVersion"_s, u"orderId"_s, u"reportNumber"_s, u"enterprise"_s,
        u"operations"_s, u"judicialCases"_s, u"taxRatings"_s, u"taxArrears"_s, u"utilityPayments"_s, u"loans"_s,
        u"guarantees"_s, u"riskWarnings"_s };
    // Only a delivered report says it is sample data; a bureau's file never can.
    if (subject.asDelivered)
        known << u"demoSample"_s;
    Fields root(check.errors, today, object, QString(), known);
    root.setVersion(static_cast<int>(versionNumber));
    EnterpriseReportData &d = check.data;
    readOrderAndNumber(root, subject, d.meta);
    readEnterprise(root, subject, d.basic);
    readOperations(root, d.operations);
    readRecords(root, d);
    d.isDemoSample = subject.asDelivered && root.has(u"demoSample"_s) && root.boolean(u"demoSample"_s).value_or(true);
    return check;
}

namespace {

bool resolutionsKnown(const auto &records)
{
    return std::all_of(records.cbegin(), records.cend(), [](const auto &r) { return r.resolution.has_value(); });
}

//! The record's version-2 fields, when the document is version 2.
QJsonObject withResolution(QJsonObject o, const std::optional<Resolution> &r, int version)
{
    if (version < 2 || !r)
        return o;
    o.insert(u"resolved"_s, r->resolved);
    if (r->on.isValid())
        o.insert(u"resolvedOn"_s, dateText(r->on));
    return o;
}

void insertDate(QJsonObject &o, const QString &key, const QDate &date, int version)
{
    if (version >= 2 && date.isValid())
        o.insert(key, dateText(date));
}

QString levelText(RiskWarning::Level level)
{
    switch (level) {
    case RiskWarning::Level::Serious:
        return u"serious"_s;
    case RiskWarning::Level::Attention:
        return u"attention"_s;
    case RiskWarning::Level::Notice:
        break;
    }
    return u"notice"_s;
}

} // namespace

int reportDataVersion(const EnterpriseReportData &d)
{
    const bool warningsDated = std::all_of(
        d.warnings.cbegin(), d.warnings.cend(), [](const RiskWarning &w) { return w.recorded.isValid(); });
    return resolutionsKnown(d.cases) && resolutionsKnown(d.taxArrears) && resolutionsKnown(d.utilities)
            && resolutionsKnown(d.loans) && resolutionsKnown(d.guarantees) && resolutionsKnown(d.warnings)
            && warningsDated
        ? kReportDataSchemaVersion
        : kReportDataSchemaVersion1;
}

QByteArray reportDataToJson(const EnterpriseReportData &d)
{
    const int v = reportDataVersion(d);
    const BasicInfo &b = d.basic;
    const Operations &o = d.operations;
    QJsonObject root {
        { u"type"_s, QLatin1String(kReportDataType) },
        { u"schemaVersion"_s, v },
        { u"enterprise"_s,
            QJsonObject { { u"name"_s, b.name }, { u"creditCode"_s, b.creditCode },
                { u"legalRepresentative"_s, b.legalRepresentative },
                { u"registeredCapitalYuan"_s, b.registeredCapitalYuan }, { u"founded"_s, dateText(b.founded) },
                { u"address"_s, b.address }, { u"industry"_s, b.industry }, { u"status"_s, b.status },
                { u"enterpriseType"_s, b.enterpriseType } } },
        { u"operations"_s,
            QJsonObject { { u"revenueBand"_s, o.revenueBand }, { u"employees"_s, o.employees },
                { u"insuredEmployees"_s, o.insuredEmployees }, { u"branches"_s, o.branches },
                { u"mainBusiness"_s, o.mainBusiness }, { u"premisesType"_s, o.premisesType } } },
        { u"judicialCases"_s,
            array(d.cases,
                [v](const JudicialCase &c) {
                    return withResolution(
                        QJsonObject { { u"caseNumber"_s, c.caseNumber }, { u"cause"_s, c.cause }, { u"role"_s, c.role },
                            { u"court"_s, c.court }, { u"filed"_s, dateText(c.filed) },
                            { u"amountYuan"_s, c.amountYuan }, { u"status"_s, c.status } },
                        c.resolution, v);
                }) },
        { u"taxRatings"_s,
            array(d.taxRatings,
                [](const TaxRating &t) {
                    return QJsonObject { { u"year"_s, t.year }, { u"grade"_s, t.grade } };
                }) },
        { u"taxArrears"_s,
            array(d.taxArrears,
                [v](const TaxArrear &a) {
                    return withResolution(QJsonObject { { u"taxKind"_s, a.taxKind }, { u"amountYuan"_s, a.amountYuan },
                                              { u"since"_s, dateText(a.since) } },
                        a.resolution, v);
                }) },
        { u"utilityPayments"_s,
            array(d.utilities,
                [v](const UtilityPayment &u) {
                    return withResolution(QJsonObject { { u"kind"_s, u.kind }, { u"period"_s, u.period },
                                              { u"amountYuan"_s, u.amountYuan }, { u"daysLate"_s, u.daysLate } },
                        u.resolution, v);
                }) },
        { u"loans"_s,
            array(d.loans,
                [v](const Loan &l) {
                    QJsonObject item { { u"lender"_s, l.lender }, { u"kind"_s, l.kind },
                        { u"amountYuan"_s, l.amountYuan }, { u"start"_s, dateText(l.start) },
                        { u"maturity"_s, dateText(l.maturity) }, { u"classification"_s, l.classification } };
                    insertDate(item, u"overdueSince"_s, l.overdueSince, v);
                    return withResolution(item, l.resolution, v);
                }) },
        { u"guarantees"_s,
            array(d.guarantees,
                [v](const Guarantee &g) {
                    QJsonObject item { { u"beneficiary"_s, g.beneficiary }, { u"kind"_s, g.kind },
                        { u"amountYuan"_s, g.amountYuan }, { u"maturity"_s, dateText(g.maturity) } };
                    insertDate(item, u"calledOn"_s, g.calledOn, v);
                    return withResolution(item, g.resolution, v);
                }) },
        { u"riskWarnings"_s,
            array(d.warnings,
                [v](const RiskWarning &w) {
                    QJsonObject item { { u"level"_s, levelText(w.level) }, { u"text"_s, w.text } };
                    insertDate(item, u"recorded"_s, w.recorded, v);
                    return withResolution(item, w.resolution, v);
                }) },
    };
    if (!d.meta.reportNumber.isEmpty())
        root.insert(u"reportNumber"_s, d.meta.reportNumber);
    if (d.meta.orderId != 0)
        root.insert(u"orderId"_s, QString::number(d.meta.orderId));
    if (d.isDemoSample)
        root.insert(u"demoSample"_s, true);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace credit::report
