// SPDX-License-Identifier: Apache-2.0
#include "reportdata/DemoEnterpriseReport.h"

#include "reportdata/ReportDice.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace credit::report {

namespace {

// Every date is relative to this fixed day, not to today: the same enterprise
// must get the same report whenever it is generated.
const QDate kAsOf(2025, 6, 30);

struct Province {
    QString code; //!< first two digits of the administrative division
    QString name;
    QString city;
    QStringList districts;
};

const QList<Province> &provinces()
{
    static const QList<Province> list = {
        { u"11"_s, u"北京市"_s, u"北京市"_s, { u"海淀区"_s, u"朝阳区"_s, u"西城区"_s, u"丰台区"_s } },
        { u"31"_s, u"上海市"_s, u"上海市"_s, { u"浦东新区"_s, u"徐汇区"_s, u"静安区"_s, u"闵行区"_s } },
        { u"32"_s, u"江苏省"_s, u"南京市"_s, { u"鼓楼区"_s, u"江宁区"_s, u"建邺区"_s } },
        { u"33"_s, u"浙江省"_s, u"杭州市"_s, { u"西湖区"_s, u"滨江区"_s, u"余杭区"_s } },
        { u"44"_s, u"广东省"_s, u"深圳市"_s, { u"南山区"_s, u"福田区"_s, u"宝安区"_s, u"龙岗区"_s } },
        { u"51"_s, u"四川省"_s, u"成都市"_s, { u"武侯区"_s, u"高新区"_s, u"锦江区"_s } },
        { u"37"_s, u"山东省"_s, u"济南市"_s, { u"历下区"_s, u"槐荫区"_s, u"章丘区"_s } },
    };
    return list;
}

Province provinceFor(const QString &creditCode, ReportDice &dice)
{
    const QString division = creditCode.mid(2, 2);
    for (const Province &p : provinces()) {
        if (p.code == division)
            return p;
    }
    return dice.pick(provinces());
}

const QStringList kSurnames
    = { u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s, u"黄"_s, u"周"_s, u"吴"_s };
const QStringList kGiven
    = { u"建国"_s, u"海燕"_s, u"志强"_s, u"丽华"_s, u"明"_s, u"伟"_s, u"静"_s, u"晓东"_s, u"国平"_s, u"雪梅"_s };
const QStringList kStreets
    = { u"中关村大街"_s, u"人民路"_s, u"解放路"_s, u"建设大道"_s, u"科技园路"_s, u"长江路"_s, u"新华街"_s };
const QStringList kIndustries = { u"批发和零售业"_s, u"制造业"_s, u"信息传输、软件和信息技术服务业"_s, u"建筑业"_s,
    u"交通运输、仓储和邮政业"_s, u"租赁和商务服务业"_s, u"科学研究和技术服务业"_s };
const QStringList kBusiness = { u"电子元器件研发与销售"_s, u"机械设备制造及技术服务"_s, u"软件开发与系统集成"_s,
    u"建筑工程施工总承包"_s, u"冷链物流与仓储服务"_s, u"日用百货批发"_s, u"检验检测服务"_s };
const QStringList kTypes
    = { u"有限责任公司（自然人投资或控股）"_s, u"股份有限公司（非上市）"_s, u"有限责任公司（法人独资）"_s };
const QStringList kRevenue = { u"500 万元以下"_s, u"500 万元至 2000 万元"_s, u"2000 万元至 5000 万元"_s,
    u"5000 万元至 1 亿元"_s, u"1 亿元至 5 亿元"_s };
const QStringList kCauses = { u"买卖合同纠纷"_s, u"借款合同纠纷"_s, u"劳动争议"_s, u"房屋租赁合同纠纷"_s,
    u"建设工程施工合同纠纷"_s, u"服务合同纠纷"_s };
const QStringList kRoles = { u"原告"_s, u"被告"_s, u"被告"_s, u"第三人"_s };
const QStringList kCaseStatus = { u"已结案（调解）"_s, u"已结案（判决）"_s, u"审理中"_s, u"执行中"_s };
const QStringList kBanks = { u"中国工商银行"_s, u"中国建设银行"_s, u"中国农业银行"_s, u"中国银行"_s, u"招商银行"_s,
    u"兴业银行"_s, u"上海浦东发展银行"_s };
const QStringList kLoanKinds = { u"流动资金贷款"_s, u"固定资产贷款"_s, u"银行承兑汇票"_s, u"贸易融资"_s };
const QStringList kGuaranteeKinds = { u"连带责任保证"_s, u"一般保证"_s, u"抵押担保"_s };
const QStringList kGrades = { u"A"_s, u"A"_s, u"B"_s, u"B"_s, u"M"_s, u"C"_s };

// Dice calls get a statement each: the order of evaluation of function
// arguments and operands is unspecified, and differs between compilers.
QString person(ReportDice &dice)
{
    const QString surname = dice.pick(kSurnames);
    return surname + dice.pick(kGiven);
}

void fillBasics(EnterpriseReportData &r, const Province &p, ReportDice &dice)
{
    BasicInfo &b = r.basic;
    b.legalRepresentative = person(dice);
    b.registeredCapitalYuan = dice.between(5, 500) * 100'000;
    const auto year = static_cast<int>(dice.between(1996, 2021));
    const auto month = static_cast<int>(dice.between(1, 12));
    b.founded = QDate(year, month, static_cast<int>(dice.between(1, 28)));
    const QString district = dice.pick(p.districts);
    const QString street = dice.pick(kStreets);
    b.address = u"%1%2%3%4%5号"_s.arg(
        p.city == p.name ? QString() : p.name, p.city, district, street, QString::number(dice.between(1, 399)));
    b.industry = dice.pick(kIndustries);
    b.status = dice.chance(92) ? u"存续（在营、开业、在册）"_s : u"迁出"_s;
    b.enterpriseType = dice.pick(kTypes);

    Operations &o = r.operations;
    o.revenueBand = dice.pick(kRevenue);
    o.employees = static_cast<int>(dice.between(12, 1800));
    o.insuredEmployees = o.employees - static_cast<int>(dice.between(0, o.employees / 10));
    o.branches = static_cast<int>(dice.between(0, 6));
    o.mainBusiness = dice.pick(kBusiness);
    o.premisesType = dice.chance(35) ? u"自有"_s : u"租赁"_s;
}

void fillJudicial(EnterpriseReportData &r, const Province &p, ReportDice &dice)
{
    const int count = dice.chance(55) ? static_cast<int>(dice.between(1, 5)) : 0;
    for (int i = 0; i < count; ++i) {
        JudicialCase c;
        c.filed = kAsOf.addDays(-dice.between(30, 1500));
        const QString district = dice.pick(p.districts);
        c.court = u"%1%2人民法院"_s.arg(p.city, district);
        c.caseNumber = u"（%1）%2%3民初%4号"_s.arg(c.filed.year())
                           .arg(p.name.left(1), district.left(1))
                           .arg(dice.between(100, 29999));
        c.cause = dice.pick(kCauses);
        c.role = dice.pick(kRoles);
        c.amountYuan = dice.between(2, 3000) * 1000;
        c.status = dice.pick(kCaseStatus);
        // From the status, without another draw: the sample of a given enterprise stays the same.
        c.resolution = Resolution { c.status.startsWith(u"已"_s), {} };
        r.cases.append(c);
    }
}

void fillTax(EnterpriseReportData &r, ReportDice &dice)
{
    for (int year = kAsOf.year() - 3; year < kAsOf.year(); ++year)
        r.taxRatings.append({ year, dice.pick(kGrades) });
    if (dice.chance(15))
        r.taxArrears.append({ dice.chance(50) ? u"增值税"_s : u"企业所得税"_s, dice.between(1, 800) * 100,
            kAsOf.addDays(-dice.between(20, 400)), Resolution { false, {} } });
}

void fillUtilities(EnterpriseReportData &r, ReportDice &dice)
{
    const QList<std::pair<QString, qint64>> kinds
        = { { u"电费"_s, dice.between(3, 300) * 100 }, { u"水费"_s, dice.between(2, 60) * 50 } };
    for (int m = 11; m >= 0; --m) {
        const QString period = kAsOf.addMonths(-m).toString(u"yyyy-MM"_s);
        for (const auto &[kind, base] : kinds) {
            const int late = dice.chance(8) ? static_cast<int>(dice.between(3, 75)) : 0;
            // A bill is paid `late` days after the month it is for; one still unpaid on the as-of day is open.
            const QDate month = kAsOf.addMonths(-m);
            const QDate paid = QDate(month.year(), month.month(), 1).addMonths(1).addDays(late);
            r.utilities.append({ kind, period, base + dice.between(0, base / 4), late,
                paid <= kAsOf ? Resolution { true, late > 0 ? paid : QDate() } : Resolution { false, {} } });
        }
    }
}

void fillFinancing(EnterpriseReportData &r, const Province &p, ReportDice &dice)
{
    const int loans = static_cast<int>(dice.between(0, 4));
    for (int i = 0; i < loans; ++i) {
        Loan l;
        const QString bank = dice.pick(kBanks);
        l.lender = bank + p.city.chopped(1) + (dice.chance(50) ? u"分行营业部"_s : u"分行"_s);
        l.kind = dice.pick(kLoanKinds);
        l.amountYuan = dice.between(10, 3000) * 10'000;
        l.start = kAsOf.addDays(-dice.between(30, 700));
        l.maturity = l.start.addMonths(static_cast<int>(dice.pick(QList<qint64> { 6, 12, 24, 36 })));
        l.classification = dice.chance(88) ? u"正常"_s : dice.pick(QStringList { u"关注"_s, u"次级"_s });
        if (l.classification != u"正常"_s && l.start.addMonths(3) <= kAsOf)
            l.overdueSince = l.start.addMonths(3);
        l.resolution = Resolution { l.maturity <= kAsOf && l.classification == u"正常"_s, {} };
        r.loans.append(l);
    }
    if (dice.chance(30)) {
        r.guarantees.append({ dice.pick(kSurnames) + u"氏实业有限公司"_s, dice.pick(kGuaranteeKinds),
            dice.between(10, 1000) * 10'000, kAsOf.addDays(dice.between(30, 900)), {}, Resolution { false, {} } });
    }
}

void fillWarnings(EnterpriseReportData &r)
{
    using Level = RiskWarning::Level;
    const std::optional<Resolution> kOpen = Resolution { false, {} };
    for (const JudicialCase &c : std::as_const(r.cases)) {
        if (c.role == u"被告"_s && c.status == u"执行中"_s)
            r.warnings.append({ Level::Serious,
                u"存在被执行案件 %1，执行标的 %2 元。"_s.arg(c.caseNumber).arg(c.amountYuan), kAsOf, kOpen });
    }
    for (const TaxArrear &a : std::as_const(r.taxArrears))
        r.warnings.append({ Level::Serious, u"存在欠缴%1 %2 元。"_s.arg(a.taxKind).arg(a.amountYuan), kAsOf, kOpen });
    for (const Loan &l : std::as_const(r.loans)) {
        if (l.classification != u"正常"_s)
            r.warnings.append({ Level::Attention, u"%1在%2的贷款分类为“%3”。"_s.arg(l.kind, l.lender, l.classification),
                kAsOf, kOpen });
    }
    int late = 0;
    for (const UtilityPayment &u : std::as_const(r.utilities))
        late += u.daysLate > 30 ? 1 : 0;
    if (late > 0)
        r.warnings.append(
            { Level::Attention, u"近 12 个月有 %1 笔公共事业缴费逾期超过 30 天。"_s.arg(late), kAsOf, kOpen });
    if (r.warnings.isEmpty())
        r.warnings.append({ Level::Notice, u"未发现重大风险信息。"_s, kAsOf, kOpen });
}

} // namespace

EnterpriseReportData demoEnterpriseReport(const QString &creditCode, const QString &name)
{
    ReportDice dice(creditCode.toUtf8() + '\n' + name.toUtf8());
    EnterpriseReportData r;
    r.isDemoSample = true;
    r.basic.name = name;
    r.basic.creditCode = creditCode;
    const Province p = provinceFor(creditCode, dice);
    fillBasics(r, p, dice);
    fillJudicial(r, p, dice);
    fillTax(r, dice);
    fillUtilities(r, dice);
    fillFinancing(r, p, dice);
    fillWarnings(r);
    return r;
}

} // namespace credit::report
