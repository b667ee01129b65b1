// SPDX-License-Identifier: Apache-2.0
#include "viewer/ReportDataSections.h"

#include <QHash>
#include <QLocale>

namespace credit::ui {

namespace {

using report::Resolution;

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString yuan(qint64 amount)
{
    return QLocale::system().toString(amount);
}

//! Resolved? and when: a record of a version-1 file says nothing, and shows that.
QStringList resolution(const std::optional<Resolution> &r)
{
    if (!r)
        return { ReportDataSections::tr("Not stated"), QString() };
    return { r->resolved ? ReportDataSections::tr("Resolved") : ReportDataSections::tr("Outstanding"), day(r->on) };
}

QString level(report::RiskWarning::Level l)
{
    switch (l) {
    case report::RiskWarning::Level::Serious:
        return ReportDataSections::tr("Serious");
    case report::RiskWarning::Level::Attention:
        return ReportDataSections::tr("Attention");
    case report::RiskWarning::Level::Notice:
        break;
    }
    return ReportDataSections::tr("Notice");
}

QStringList resolutionHeaders()
{
    return { ReportDataSections::tr("Resolution"), ReportDataSections::tr("Resolved on") };
}

template<typename Record, typename Row>
ReportSection listSection(QString title, QStringList headers, int keyColumns, const QList<Record> &records, Row row)
{
    ReportSection s { std::move(title), std::move(headers), {}, keyColumns };
    for (const Record &r : records)
        s.rows << row(r);
    return s;
}

QString key(const QStringList &row, int keyColumns)
{
    return row.mid(0, keyColumns).join(QStringLiteral(" · "));
}

} // namespace

QList<ReportSection> ReportDataSections::of(const report::EnterpriseReportData &d)
{
    const report::BasicInfo &b = d.basic;
    const report::Operations &o = d.operations;
    const QStringList fieldValue { tr("Field"), tr("Value") };
    QList<ReportSection> out;
    out << ReportSection { tr("Basic information (基本信息)"), fieldValue,
        { { tr("Name"), b.name }, { tr("Unified social credit code"), b.creditCode },
            { tr("Legal representative"), b.legalRepresentative },
            { tr("Registered capital (yuan)"), yuan(b.registeredCapitalYuan) }, { tr("Founded"), day(b.founded) },
            { tr("Address"), b.address }, { tr("Industry"), b.industry }, { tr("Status"), b.status },
            { tr("Enterprise type"), b.enterpriseType } },
        1 };
    out << ReportSection { tr("Operations (经营信息)"), fieldValue,
        { { tr("Revenue band"), o.revenueBand }, { tr("Employees"), QString::number(o.employees) },
            { tr("Employees with social insurance"), QString::number(o.insuredEmployees) },
            { tr("Branches"), QString::number(o.branches) }, { tr("Main business"), o.mainBusiness },
            { tr("Premises"), o.premisesType } },
        1 };
    out << listSection(tr("Court cases (司法信息)"),
        QStringList {
            tr("Case number"), tr("Cause"), tr("Role"), tr("Court"), tr("Filed"), tr("Amount (yuan)"), tr("Status") }
            + resolutionHeaders(),
        1, d.cases, [](const report::JudicialCase &c) {
            return QStringList { c.caseNumber, c.cause, c.role, c.court, day(c.filed), yuan(c.amountYuan), c.status }
            + resolution(c.resolution);
        });
    out << listSection(tr("Tax ratings (纳税信用)"), QStringList { tr("Year"), tr("Grade") }, 1, d.taxRatings,
        [](const report::TaxRating &t) {
            return QStringList { QString::number(t.year), t.grade };
        });
    out << listSection(tr("Tax arrears (欠税)"),
        QStringList { tr("Tax"), tr("Since"), tr("Amount (yuan)") } + resolutionHeaders(), 2, d.taxArrears,
        [](const report::TaxArrear &a) {
            return QStringList { a.taxKind, day(a.since), yuan(a.amountYuan) } + resolution(a.resolution);
        });
    out << listSection(tr("Utility payments (公共事业缴费)"),
        QStringList { tr("Kind"), tr("Month"), tr("Amount (yuan)"), tr("Days late") } + resolutionHeaders(), 2,
        d.utilities, [](const report::UtilityPayment &u) {
            return QStringList { u.kind, u.period, yuan(u.amountYuan), QString::number(u.daysLate) }
            + resolution(u.resolution);
        });
    out << listSection(tr("Loans (融资信息)"),
        QStringList { tr("Lender"), tr("Kind"), tr("Start"), tr("Amount (yuan)"), tr("Maturity"), tr("Classification"),
            tr("Overdue since") }
            + resolutionHeaders(),
        3, d.loans, [](const report::Loan &l) {
            return QStringList { l.lender, l.kind, day(l.start), yuan(l.amountYuan), day(l.maturity), l.classification,
                day(l.overdueSince) }
            + resolution(l.resolution);
        });
    out << listSection(tr("Guarantees given (对外担保)"),
        QStringList { tr("Beneficiary"), tr("Kind"), tr("Amount (yuan)"), tr("Maturity"), tr("Called on") }
            + resolutionHeaders(),
        2, d.guarantees, [](const report::Guarantee &g) {
            return QStringList { g.beneficiary, g.kind, yuan(g.amountYuan), day(g.maturity), day(g.calledOn) }
            + resolution(g.resolution);
        });
    out << listSection(tr("Risk warnings (风险提示)"),
        QStringList { tr("Warning"), tr("Level"), tr("Recorded") } + resolutionHeaders(), 1, d.warnings,
        [](const report::RiskWarning &w) {
            return QStringList { w.text, level(w.level), day(w.recorded) } + resolution(w.resolution);
        });
    return out;
}

ListSnapshot ReportDataSections::asList(const QList<ReportSection> &sections, const QString &title)
{
    ListSnapshot list { title, { tr("Section"), tr("Record"), tr("Field"), tr("Value") }, {} };
    for (const ReportSection &s : sections) {
        for (qsizetype r = 0; r < s.rows.size(); ++r)
            for (qsizetype c = 0; c < s.headers.size(); ++c)
                list.rows << QStringList { s.title, QString::number(r + 1), s.headers.at(c), s.rows.at(r).value(c) };
    }
    return list;
}

QList<ReportChange> ReportDataSections::compare(const QList<ReportSection> &earlier, const QList<ReportSection> &later)
{
    QList<ReportChange> changes;
    for (const ReportSection &now : later) {
        const auto before = std::find_if(
            earlier.cbegin(), earlier.cend(), [&now](const ReportSection &s) { return s.title == now.title; });
        const QList<QStringList> beforeRows = before == earlier.cend() ? QList<QStringList>() : before->rows;
        QHash<QString, QStringList> old;
        for (const QStringList &row : beforeRows)
            old.insert(key(row, now.keyColumns), row);
        QSet<QString> seen;
        for (const QStringList &row : now.rows) {
            const QString k = key(row, now.keyColumns);
            seen.insert(k);
            const auto was = old.constFind(k);
            if (was == old.cend()) {
                changes << ReportChange { now.title, ReportChange::Kind::Added, k, row.join(QStringLiteral(" · ")) };
                continue;
            }
            QStringList details;
            for (qsizetype c = now.keyColumns; c < now.headers.size(); ++c)
                if (was->value(c) != row.value(c))
                    details << tr("%1: %2 → %3").arg(now.headers.at(c), was->value(c), row.value(c));
            if (!details.isEmpty())
                changes << ReportChange { now.title, ReportChange::Kind::Changed, k,
                    details.join(QStringLiteral("; ")) };
        }
        for (const QStringList &row : beforeRows) {
            const QString k = key(row, now.keyColumns);
            if (!seen.contains(k)) {
                seen.insert(k);
                changes << ReportChange { now.title, ReportChange::Kind::Removed, k, row.join(QStringLiteral(" · ")) };
            }
        }
    }
    return changes;
}

ReportSection ReportDataSections::changesTable(const QList<ReportChange> &changes)
{
    ReportSection table { tr("Changes"), { tr("Section"), tr("Change"), tr("Record"), tr("Details") }, {}, 3 };
    for (const ReportChange &c : changes) {
        const QString kind = c.kind == ReportChange::Kind::Added ? tr("Added")
            : c.kind == ReportChange::Kind::Removed              ? tr("Removed")
                                                                 : tr("Changed");
        table.rows << QStringList { c.section, kind, c.record, c.detail };
    }
    return table;
}

} // namespace credit::ui
