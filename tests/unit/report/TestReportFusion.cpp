// SPDX-License-Identifier: Apache-2.0
// 链融 fusion: the lead bureau's report with every partner's records added,
// equal records once, the lead's own fields kept, empty ones filled, and the
// demo mark never lost.
#include "reportdata/DemoEnterpriseReport.h"
#include "reportdata/ReportFusion.h"

#include <QTest>

using namespace credit::report;

namespace {

EnterpriseReportData leadReport()
{
    EnterpriseReportData d;
    d.meta.bureauName = QStringLiteral("上海浦江资信评估有限公司");
    d.meta.orderId = 42;
    d.basic.name = QStringLiteral("苏州恒瑞精密制造有限公司");
    d.basic.creditCode = QStringLiteral("914403001922038216");
    d.basic.legalRepresentative = QStringLiteral("王磊");
    d.cases << JudicialCase { QStringLiteral("(2025)沪0115民初1234号"), QStringLiteral("买卖合同纠纷"),
        QStringLiteral("被告"), QStringLiteral("上海市浦东新区人民法院"), QDate(2025, 3, 1), 120000,
        QStringLiteral("已结案"), {} };
    d.loans << Loan { QStringLiteral("交通银行"), QStringLiteral("流动资金贷款"), 5000000, QDate(2025, 1, 10),
        QDate(2026, 1, 9), QStringLiteral("正常"), {}, {} };
    return d;
}

} // namespace

class TestReportFusion final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void withoutPartsTheLeadReportIsUnchanged()
    {
        const EnterpriseReportData lead = leadReport();
        QCOMPARE(fuseReportData(lead, {}), lead);
    }

    void recordsOfEveryPartAreAddedOnce()
    {
        const EnterpriseReportData lead = leadReport();
        EnterpriseReportData shenzhen;
        shenzhen.basic.address = QStringLiteral("江苏省苏州市工业园区星湖街 328 号");
        shenzhen.basic.legalRepresentative = QStringLiteral("另一个名字"); // the lead's own stays
        shenzhen.cases << lead.cases.front(); // the same court case, known to both
        shenzhen.cases << JudicialCase { QStringLiteral("(2024)粤0305民初88号"), QStringLiteral("借款合同纠纷"),
            QStringLiteral("原告"), QStringLiteral("深圳市南山区人民法院"), QDate(2024, 6, 2), 80000,
            QStringLiteral("审理中"), {} };
        shenzhen.taxRatings << TaxRating { 2024, QStringLiteral("A") };
        EnterpriseReportData beijing;
        beijing.guarantees << Guarantee { QStringLiteral("北京银行"), QStringLiteral("连带责任保证"), 2000000,
            QDate(2026, 5, 1), {}, {} };
        beijing.loans << lead.loans.front();

        const EnterpriseReportData fused = fuseReportData(lead,
            { ReportPart { QStringLiteral("深圳鹏城企业征信有限公司"), shenzhen },
                ReportPart { QStringLiteral("北京京华企业征信有限公司"), beijing } });
        QCOMPARE(fused.meta, lead.meta);
        QCOMPARE(fused.basic.legalRepresentative, lead.basic.legalRepresentative);
        QCOMPARE(fused.basic.address, shenzhen.basic.address);
        QCOMPARE(fused.cases.size(), 2);
        QCOMPARE(fused.cases.at(0), lead.cases.front());
        QCOMPARE(fused.cases.at(1), shenzhen.cases.at(1));
        QCOMPARE(fused.taxRatings, shenzhen.taxRatings);
        QCOMPARE(fused.loans, lead.loans);
        QCOMPARE(fused.guarantees, beijing.guarantees);
        QVERIFY(!fused.isDemoSample);
    }

    void aDemoPartMarksTheFusedReport()
    {
        EnterpriseReportData part
            = demoEnterpriseReport(QStringLiteral("914403001922038216"), QStringLiteral("苏州恒瑞精密制造有限公司"));
        QVERIFY(part.isDemoSample);
        const EnterpriseReportData fused = fuseReportData(leadReport(), { ReportPart { QString(), part } });
        QVERIFY(fused.isDemoSample);
        QVERIFY(!fused.cases.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportFusion)
#include "TestReportFusion.moc"
