// SPDX-License-Identifier: Apache-2.0
#include "DemoCatalogue.h"

namespace credit::demo {

namespace {

using market::Role;
using market::Series;

constexpr auto L = Series::Liantong; // 链通: reports and queries
constexpr auto R = Series::Lianrong; // 链融: joint reports for financing, with partner bureaus
constexpr auto F = Series::Lianfu; // 链服: services

} // namespace

QList<DemoIdentity> demoIdentities()
{
    return {
        { QStringLiteral("operator-shanghai"), Role::Operator, QStringLiteral("长三角征信链运营服务有限公司"), 310000,
            QStringLiteral("310115"), QStringLiteral("91") },
        { QStringLiteral("bureau-shanghai"), Role::Bureau, QStringLiteral("上海浦江资信评估有限公司"), 310000,
            QStringLiteral("310115"), QStringLiteral("91") },
        { QStringLiteral("bureau-shenzhen"), Role::Bureau, QStringLiteral("深圳鹏城企业征信有限公司"), 440300,
            QStringLiteral("440305"), QStringLiteral("91") },
        { QStringLiteral("bureau-beijing"), Role::Bureau, QStringLiteral("北京京华企业征信有限公司"), 110000,
            QStringLiteral("110105"), QStringLiteral("91") },
        { QStringLiteral("bank-shanghai"), Role::Bank, QStringLiteral("上海申江商业银行股份有限公司"), 310000,
            QStringLiteral("310101"), QStringLiteral("91") },
        { QStringLiteral("bank-shenzhen"), Role::Bank, QStringLiteral("深圳鹏海银行股份有限公司"), 440300,
            QStringLiteral("440304"), QStringLiteral("91") },
        { QStringLiteral("bank-beijing"), Role::Bank, QStringLiteral("北京京北商业银行股份有限公司"), 110000,
            QStringLiteral("110102"), QStringLiteral("91") },
        { QStringLiteral("bank-hangzhou"), Role::Bank, QStringLiteral("杭州湖滨商业银行股份有限公司"), 330100,
            QStringLiteral("330102"), QStringLiteral("91") },
        { QStringLiteral("bank-suzhou"), Role::Bank, QStringLiteral("苏州金鸡湖商业银行股份有限公司"), 320500,
            QStringLiteral("320508"), QStringLiteral("91") },
        { QStringLiteral("regulator-beijing"), Role::Regulator, QStringLiteral("征信业务监管示范中心"), 110000,
            QStringLiteral("110102"), QStringLiteral("11") },
        { QStringLiteral("mediator-shanghai"), Role::Mediator, QStringLiteral("长三角金融纠纷调解中心"), 310000,
            QStringLiteral("310106"), QStringLiteral("52") },
    };
}

QList<DemoCatalogueUser> demoUsers()
{
    // label, institution, name: the busiest bank and bureau (Shanghai) have three.
    const QList<std::pair<QString, QStringList>> staff {
        { QStringLiteral("bureau-shanghai"),
            { QStringLiteral("周静"), QStringLiteral("陈立新"), QStringLiteral("吴婷") } },
        { QStringLiteral("bureau-shenzhen"), { QStringLiteral("黄志强"), QStringLiteral("林晓燕") } },
        { QStringLiteral("bureau-beijing"), { QStringLiteral("赵磊"), QStringLiteral("孙丽娟") } },
        { QStringLiteral("bank-shanghai"), { QStringLiteral("张敏"), QStringLiteral("王建国"), QStringLiteral("刘芳") } },
        { QStringLiteral("bank-shenzhen"), { QStringLiteral("郑伟"), QStringLiteral("何雪梅") } },
        { QStringLiteral("bank-beijing"), { QStringLiteral("李华"), QStringLiteral("高翔") } },
        { QStringLiteral("bank-hangzhou"), { QStringLiteral("徐静怡"), QStringLiteral("沈浩") } },
        { QStringLiteral("bank-suzhou"), { QStringLiteral("顾文斌"), QStringLiteral("陆佳") } },
        { QStringLiteral("regulator-beijing"), { QStringLiteral("马明远"), QStringLiteral("杨帆") } },
        { QStringLiteral("mediator-shanghai"), { QStringLiteral("朱慧"), QStringLiteral("许国平") } },
    };
    QList<DemoCatalogueUser> users;
    for (const auto &[institution, names] : staff)
        for (qsizetype i = 0; i < names.size(); ++i)
            users << DemoCatalogueUser { QStringLiteral("%1-%2").arg(institution).arg(i + 1), institution, names[i] };
    return users;
}

QList<DemoCatalogueProduct> demoProducts()
{
    const QString sh = QStringLiteral("bureau-shanghai"), sz = QStringLiteral("bureau-shenzhen"),
                  bj = QStringLiteral("bureau-beijing");
    const QString pdf = QStringLiteral("PDF"), json = QStringLiteral("JSON"), both = QStringLiteral("PDF + JSON");
    return {
        { 1001, sh, L, QStringLiteral("企业信用基础报告"),
            QStringLiteral("工商登记、股东与对外投资、经营异常与行政处罚。"), 8800, 24, pdf, true, {} },
        { 1002, sh, L, QStringLiteral("企业信用深度报告"),
            QStringLiteral("基础报告之外加财务摘要、涉诉、税务与公共事业缴费。"), 38000, 72, pdf, true, {} },
        { 1003, sh, L, QStringLiteral("企业司法涉诉查询"), QStringLiteral("公开裁判文书、被执行人与失信被执行人记录。"),
            3000, 4, json, false, {} },
        { 1004, sh, R, QStringLiteral("长三角供应链融资信用评估"),
            QStringLiteral("核心企业与上下游的联合评估，三家征信机构共同出具。"), 168000, 120, both, true, { sz, bj } },
        { 1005, sh, R, QStringLiteral("科创企业融资联合报告"),
            QStringLiteral("研发投入、知识产权与融资记录的联合报告。"), 128000, 96, pdf, true, { bj } },
        { 1006, sh, R, QStringLiteral("小微企业普惠贷前联合报告"), QStringLiteral("面向普惠小微贷款的贷前联合报告。"),
            56000, 48, pdf, true, { sz } },
        { 1007, sh, F, QStringLiteral("贷后风险监测（季度）"), QStringLiteral("按季度推送经营、司法与舆情变化。"),
            60000, 24, both, true, {} },
        { 1008, sh, F, QStringLiteral("企业经营异常预警订阅"), QStringLiteral("经营异常、严重违法失信名单变化时推送。"),
            12000, 12, json, false, {} },
        { 1009, sh, F, QStringLiteral("企业信用评分"), QStringLiteral("基于多源数据的企业信用评分与等级。"), 2000, 2,
            json, true, {} },
        { 1010, sh, F, QStringLiteral("外贸企业海关信用核查"), QStringLiteral("海关信用等级与进出口记录核查。"), 9900,
            24, pdf, false, {} },
        { 2001, sz, L, QStringLiteral("企业信用报告（标准版）"),
            QStringLiteral("工商、司法、税务与经营信息的标准报告。"), 9800, 24, pdf, true, {} },
        { 2002, sz, L, QStringLiteral("企业税务信用查询"), QStringLiteral("纳税信用等级与欠税公告。"), 5800, 8, json,
            true, {} },
        { 2003, sz, L, QStringLiteral("企业公共事业缴费记录"), QStringLiteral("近二十四个月水、电、燃气缴费记录。"),
            4500, 24, pdf, true, {} },
        { 2004, sz, R, QStringLiteral("大湾区跨境贸易融资报告"),
            QStringLiteral("跨境贸易背景真实性与履约记录联合报告。"), 158000, 120, both, true, { sh } },
        { 2005, sz, R, QStringLiteral("应收账款融资主体评估"), QStringLiteral("应收账款债务人与债权人的联合信用评估。"),
            98000, 72, pdf, true, { bj, sh } },
        { 2006, sz, R, QStringLiteral("供应商准入联合核查"), QStringLiteral("供应商资质、履约与涉诉的联合核查。"),
            45000, 48, pdf, true, { bj } },
        { 2007, sz, F, QStringLiteral("贷后风险监测（月度）"), QStringLiteral("按月推送经营、司法与舆情变化。"), 25000,
            24, json, true, {} },
        { 2008, sz, F, QStringLiteral("反欺诈身份核验"), QStringLiteral("法定代表人与企业身份一致性核验。"), 800, 1,
            json, true, {} },
        { 2009, sz, F, QStringLiteral("关联企业图谱"), QStringLiteral("股权与任职关系穿透后的关联企业图谱。"), 15000,
            12, both, false, {} },
        { 2010, sz, F, QStringLiteral("信用修复咨询"), QStringLiteral("失信记录修复路径评估与材料清单。"), 30000, 168,
            pdf, true, {} },
        { 3001, bj, L, QStringLiteral("企业信用基础报告"), QStringLiteral("工商登记、股东、经营异常与行政处罚。"), 7800,
            24, pdf, true, {} },
        { 3002, bj, L, QStringLiteral("企业信用深度报告"),
            QStringLiteral("财务、涉诉、税务、融资与公共事业缴费的完整报告。"), 42000, 72, pdf, true, {} },
        { 3003, bj, L, QStringLiteral("政府采购信用查询"), QStringLiteral("政府采购严重违法失信行为记录。"), 3500, 8,
            json, false, {} },
        { 3004, bj, L, QStringLiteral("企业股权穿透报告"), QStringLiteral("逐层穿透至最终受益人的股权结构。"), 18000,
            48, pdf, false, {} },
        { 3005, bj, R, QStringLiteral("京津冀产业链融资联合报告"),
            QStringLiteral("产业链上下游企业的联合融资信用报告。"), 148000, 120, both, true, { sh } },
        { 3006, bj, R, QStringLiteral("专精特新企业信用画像"), QStringLiteral("专精特新企业的经营、创新与融资画像。"),
            118000, 96, pdf, true, { sh, sz } },
        { 3007, bj, R, QStringLiteral("知识产权质押融资评估"), QStringLiteral("专利与商标的权属、质押与涉诉评估。"),
            88000, 120, pdf, true, { sz } },
        { 3008, bj, F, QStringLiteral("企业信用评分（API）"), QStringLiteral("实时接口返回的企业信用评分。"), 1500, 1,
            json, true, {} },
        { 3009, bj, F, QStringLiteral("贷后预警订阅"), QStringLiteral("司法、税务与经营异常的实时预警。"), 18000, 24,
            json, true, {} },
        { 3010, bj, F, QStringLiteral("企业 ESG 信用评价"), QStringLiteral("环境、社会与治理维度的信用评价报告。"),
            66000, 168, pdf, true, {} },
    };
}

QList<DemoCatalogueEnterprise> demoEnterprises()
{
    struct City {
        const char16_t *name;
        quint32 region;
        QList<QString> districts;
    };
    const QList<City> cities {
        { u"上海", 310000, { QStringLiteral("310115"), QStringLiteral("310104"), QStringLiteral("310112") } },
        { u"深圳", 440300, { QStringLiteral("440305"), QStringLiteral("440306"), QStringLiteral("440304") } },
        { u"北京", 110000, { QStringLiteral("110108"), QStringLiteral("110105"), QStringLiteral("110106") } },
        { u"杭州", 330100, { QStringLiteral("330106"), QStringLiteral("330108"), QStringLiteral("330110") } },
        { u"苏州", 320500, { QStringLiteral("320505"), QStringLiteral("320506"), QStringLiteral("320508") } },
    };
    const QStringList tradeNames
        = QStringLiteral("澜启 泓远 铭川 璟泰 知微 拓岚 岳衡 栖梧 朗越 辰汐 北屿 青禾 骁驰 简行 "
                         "沐光 星垣 屹丰 锦程 澄明 远澈 睿谷 衡石 竹溪 望舒 景曜 启岸 汇澜 清墨 "
                         "山岚 云岫 柏川 恒稷 凌霄 承泽 观澜 嘉屿 晨岫 砺锋 昱泓 拾光")
              .split(u' ');
    const QStringList industries = QStringLiteral("科技 贸易 精密制造 供应链管理 食品 医药 新材料 电子").split(u' ');
    QList<DemoCatalogueEnterprise> out;
    for (qsizetype i = 0; i < tradeNames.size(); ++i) {
        const City &city = cities[i % cities.size()];
        const QString industry = industries[(i / cities.size()) % industries.size()];
        out << DemoCatalogueEnterprise { QString::fromUtf16(city.name) + tradeNames[i] + industry
                + QStringLiteral("有限公司"),
            city.region, city.districts[(i / cities.size()) % city.districts.size()] };
    }
    return out;
}

} // namespace credit::demo
