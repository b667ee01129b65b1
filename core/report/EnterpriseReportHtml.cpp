// SPDX-License-Identifier: Apache-2.0
#include "report/EnterpriseReportHtml.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace credit::report {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString yuan(qint64 amount)
{
    return u"%1 元"_s.arg(QLocale(QLocale::Chinese, QLocale::China).toString(amount));
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(u"yyyy-MM-dd"_s) : u"—"_s;
}

QString heading(const QString &text)
{
    return u"<h2>%1</h2>"_s.arg(text);
}

//! A two-column table of label/value pairs.
QString facts(const QList<std::pair<QString, QString>> &rows)
{
    QString html = u"<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">"_s;
    for (const auto &[label, value] : rows)
        html += u"<tr><th width=\"28%\">%1</th><td>%2</td></tr>"_s.arg(esc(label), esc(value));
    return html + u"</table>"_s;
}

//! A list table: header row, then one row per record; "无" when there are none.
QString grid(const QStringList &header, const QList<QStringList> &rows, const QString &none)
{
    if (rows.isEmpty())
        return u"<p class=\"none\">%1</p>"_s.arg(esc(none));
    QString html = u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"_s;
    for (const QString &h : header)
        html += u"<th>%1</th>"_s.arg(esc(h));
    html += u"</tr></thead>"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (const QString &cell : row)
            html += u"<td>%1</td>"_s.arg(esc(cell));
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

//! 处理情况 of a record (schema version 2): "已结清（2025-04-02）" / "未结清"; empty when the data does not say.
QString settled(const std::optional<Resolution> &r, const QString &yes, const QString &no)
{
    if (!r)
        return {};
    if (!r->resolved)
        return no;
    return r->on.isValid() ? u"%1（%2）"_s.arg(yes, day(r->on)) : yes;
}

//! Whether a list's data says how its records were resolved (version-2 data does, version 1 does not).
template<typename Record> bool saysResolution(const QList<Record> &records)
{
    return std::any_of(records.cbegin(), records.cend(), [](const Record &r) { return r.resolution.has_value(); });
}

//! Adds the 处理情况 column to a table of records when their data says it.
template<typename Record>
void withResolution(
    QStringList &headers, QList<QStringList> &rows, const QList<Record> &records, const QString &yes, const QString &no)
{
    if (!saysResolution(records))
        return;
    headers << u"处理情况"_s;
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i] << settled(records.at(i).resolution, yes, no);
}

QString titlePage(const EnterpriseReportData &d)
{
    const ReportMeta &m = d.meta;
    QString html = u"<p class=\"cover-top\">&nbsp;</p><h1>企业信用报告</h1>"_s;
    if (d.isDemoSample) {
        html += u"<p class=\"demo\">%1<br/>本报告由演示网络自动生成，内容全部为虚构的演示样例，"
                "不是该企业真实的信用信息，不得用于任何业务决策。</p>"_s.arg(esc(demoDataMark()));
    }
    html += u"<p class=\"subject\">%1</p>"_s.arg(esc(d.basic.name));
    html += u"<p class=\"code\">统一社会信用代码：%1</p>"_s.arg(esc(d.basic.creditCode));
    html += facts({ { u"报告编号"_s, m.reportNumber }, { u"出具机构"_s, m.bureauName },
        { u"订单编号"_s, QString::number(m.orderId) },
        { u"生成时间"_s, m.generatedAt.toString(u"yyyy-MM-dd HH:mm:ss t"_s) } });
    html += u"<p class=\"notice\">本报告依据《征信业管理条例》出具，仅供委托机构在授权范围内使用，"
            "不得向第三方提供。报告内容反映截至生成时间的信息。</p>"_s;
    return html + u"<p style=\"page-break-after: always\">&nbsp;</p>"_s;
}

QString basics(const EnterpriseReportData &d)
{
    const BasicInfo &b = d.basic;
    const Operations &o = d.operations;
    QString html = heading(u"一、基本信息"_s);
    html += facts({ { u"企业名称"_s, b.name }, { u"统一社会信用代码"_s, b.creditCode },
        { u"法定代表人"_s, b.legalRepresentative }, { u"注册资本"_s, yuan(b.registeredCapitalYuan) },
        { u"成立日期"_s, day(b.founded) }, { u"企业类型"_s, b.enterpriseType }, { u"登记状态"_s, b.status },
        { u"所属行业"_s, b.industry }, { u"注册地址"_s, b.address } });
    html += heading(u"二、经营信息"_s);
    html += facts({ { u"营业收入区间"_s, o.revenueBand }, { u"从业人数"_s, QString::number(o.employees) },
        { u"参保人数"_s, QString::number(o.insuredEmployees) }, { u"分支机构数"_s, QString::number(o.branches) },
        { u"主营业务"_s, o.mainBusiness }, { u"经营场所"_s, o.premisesType } });
    return html;
}

QString judicialAndTax(const EnterpriseReportData &d)
{
    QList<QStringList> cases;
    for (const JudicialCase &c : d.cases)
        cases.append({ c.caseNumber, c.cause, c.role, c.court, day(c.filed), yuan(c.amountYuan), c.status });
    QStringList caseHeaders { u"案号"_s, u"案由"_s, u"诉讼地位"_s, u"审理法院"_s, u"立案日期"_s, u"标的金额"_s,
        u"状态"_s };
    withResolution(caseHeaders, cases, d.cases, u"已结案"_s, u"未结案"_s);
    QString html = heading(u"三、司法信息"_s);
    html += grid(caseHeaders, cases, u"未查询到涉诉记录。"_s);

    QList<QStringList> ratings;
    for (const TaxRating &t : d.taxRatings)
        ratings.append({ QString::number(t.year), t.grade });
    QList<QStringList> arrears;
    for (const TaxArrear &a : d.taxArrears)
        arrears.append({ a.taxKind, yuan(a.amountYuan), day(a.since) });
    html += heading(u"四、纳税信息"_s);
    html += u"<h3>纳税信用等级</h3>"_s + grid({ u"年度"_s, u"等级"_s }, ratings, u"无纳税信用评价记录。"_s);
    QStringList arrearHeaders { u"税种"_s, u"欠税金额"_s, u"欠税起始日"_s };
    withResolution(arrearHeaders, arrears, d.taxArrears, u"已缴清"_s, u"未缴清"_s);
    html += u"<h3>欠税信息</h3>"_s + grid(arrearHeaders, arrears, u"无欠税记录。"_s);
    return html;
}

QString utilitiesAndFinancing(const EnterpriseReportData &d)
{
    QList<QStringList> payments;
    for (const UtilityPayment &u : d.utilities) {
        payments.append({ u.period, u.kind, yuan(u.amountYuan),
            u.daysLate == 0 ? u"按时缴清"_s : u"逾期 %1 天"_s.arg(u.daysLate) });
    }
    QStringList paymentHeaders { u"账期"_s, u"类别"_s, u"应缴金额"_s, u"缴费状态"_s };
    withResolution(paymentHeaders, payments, d.utilities, u"已缴清"_s, u"未缴清"_s);
    QString html = heading(u"五、公共事业缴费"_s);
    html += grid(paymentHeaders, payments, u"无公共事业缴费记录。"_s);

    const bool overdueDates
        = std::any_of(d.loans.cbegin(), d.loans.cend(), [](const Loan &l) { return l.overdueSince.isValid(); });
    QStringList loanHeaders { u"授信机构"_s, u"业务种类"_s, u"金额"_s, u"发放日"_s, u"到期日"_s, u"五级分类"_s };
    if (overdueDates)
        loanHeaders << u"逾期起始日"_s;
    QList<QStringList> loans;
    for (const Loan &l : d.loans) {
        loans.append({ l.lender, l.kind, yuan(l.amountYuan), day(l.start), day(l.maturity), l.classification });
        if (overdueDates)
            loans.last() << day(l.overdueSince);
    }
    withResolution(loanHeaders, loans, d.loans, u"已结清"_s, u"未结清"_s);
    const bool calledDates = std::any_of(
        d.guarantees.cbegin(), d.guarantees.cend(), [](const Guarantee &g) { return g.calledOn.isValid(); });
    QStringList guaranteeHeaders { u"被担保人"_s, u"担保方式"_s, u"担保金额"_s, u"到期日"_s };
    if (calledDates)
        guaranteeHeaders << u"代偿日"_s;
    QList<QStringList> guarantees;
    for (const Guarantee &g : d.guarantees) {
        guarantees.append({ g.beneficiary, g.kind, yuan(g.amountYuan), day(g.maturity) });
        if (calledDates)
            guarantees.last() << day(g.calledOn);
    }
    withResolution(guaranteeHeaders, guarantees, d.guarantees, u"已解除"_s, u"未解除"_s);
    html += heading(u"六、融资信息"_s);
    html += u"<h3>贷款</h3>"_s + grid(loanHeaders, loans, u"无在贷记录。"_s);
    html += u"<h3>对外担保</h3>"_s + grid(guaranteeHeaders, guarantees, u"无对外担保记录。"_s);
    return html;
}

QString warnings(const EnterpriseReportData &d)
{
    QString html = heading(u"七、风险提示"_s);
    if (d.warnings.isEmpty())
        return html + u"<p class=\"none\">未发现风险提示信息。</p>"_s;
    html += u"<ul>"_s;
    for (const RiskWarning &w : d.warnings) {
        const auto [cls, label] = w.level == RiskWarning::Level::Serious ? std::pair(u"serious"_s, u"重大"_s)
            : w.level == RiskWarning::Level::Attention                   ? std::pair(u"attention"_s, u"关注"_s)
                                                                         : std::pair(u"notice"_s, u"提示"_s);
        // Version-2 data dates each finding and says whether it was lifted.
        QString when;
        if (w.recorded.isValid())
            when = u"（%1 记录%2）"_s.arg(
                day(w.recorded), w.resolution ? u"，"_s + settled(w.resolution, u"已解除"_s, u"未解除"_s) : QString());
        html += u"<li class=\"%1\">【%2】%3%4</li>"_s.arg(cls, label, esc(w.text), esc(when));
    }
    return html + u"</ul>"_s;
}

} // namespace

QString EnterpriseReportHtml::build(const EnterpriseReportData &data)
{
    return u"<html><body>"_s + titlePage(data) + basics(data) + judicialAndTax(data) + utilitiesAndFinancing(data)
        + warnings(data) + u"</body></html>"_s;
}

QString EnterpriseReportHtml::styleSheet()
{
    return u"body { font-size: 10pt; color: #1a1a1a; }"
           "h1 { font-size: 26pt; font-weight: bold; text-align: center; margin-bottom: 18pt; }"
           "h2 { font-size: 14pt; font-weight: bold; color: #12355b; margin-top: 16pt; margin-bottom: 6pt; }"
           "h3 { font-size: 11pt; font-weight: bold; margin-top: 8pt; margin-bottom: 4pt; }"
           "p.cover-top { font-size: 60pt; }"
           "p.subject { font-size: 16pt; font-weight: bold; text-align: center; }"
           "p.code { font-size: 11pt; text-align: center; margin-bottom: 30pt; }"
           "p.notice { font-size: 9pt; color: #555555; margin-top: 30pt; }"
           "p.none { color: #555555; }"
           "table { border-collapse: collapse; border-color: #9aa5b1; border-style: solid; border-width: 1px; }"
           "th { background-color: #e8edf3; font-weight: bold; text-align: left; }"
           "table.grid th { font-size: 9pt; } table.grid td { font-size: 9pt; }"
           "p.demo { font-size: 12pt; font-weight: bold; color: #b00020; text-align: center; "
           "border-style: solid; border-width: 1px; border-color: #b00020; }"
           "li.serious { color: #b00020; } li.attention { color: #9a6700; }"_s;
}

} // namespace credit::report
