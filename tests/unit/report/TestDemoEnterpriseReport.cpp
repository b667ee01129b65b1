// SPDX-License-Identifier: Apache-2.0
#include "reportdata/DemoEnterpriseReport.h"

#include <QTest>

using namespace credit::report;
using namespace Qt::StringLiterals;

class TestDemoEnterpriseReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameInputSameReport()
    {
        const QString code = u"91440300MA5F0B7Q2X"_s;
        const QString name = u"深圳市链通电子科技有限公司"_s;
        const EnterpriseReportData a = demoEnterpriseReport(code, name);
        const EnterpriseReportData b = demoEnterpriseReport(code, name);
        QVERIFY(a == b);
        QCOMPARE(a.basic.name, name);
        QCOMPARE(a.basic.creditCode, code);
    }

    void differentEnterprisesDiffer()
    {
        // Over many codes the data must vary, or the "demo source" is a constant.
        QSet<QString> representatives;
        QSet<qint64> capitals;
        for (int i = 0; i < 40; ++i) {
            const EnterpriseReportData r
                = demoEnterpriseReport(u"9111000%1"_s.arg(i, 11, 10, QChar(u'0')), u"某公司"_s);
            representatives.insert(r.basic.legalRepresentative);
            capitals.insert(r.basic.registeredCapitalYuan);
        }
        QVERIFY2(representatives.size() > 10, qPrintable(QString::number(representatives.size())));
        QVERIFY2(capitals.size() > 20, qPrintable(QString::number(capitals.size())));
        QVERIFY(!(demoEnterpriseReport(u"91110000000000001X"_s, u"甲"_s)
            == demoEnterpriseReport(u"91110000000000001X"_s, u"乙"_s)));
    }

    void provinceFollowsDivisionCode()
    {
        // Characters 3-4 of a USCC are the province of registration.
        QVERIFY(demoEnterpriseReport(u"91440300MA5F0B7Q2X"_s, u"甲"_s).basic.address.startsWith(u"广东省深圳市"_s));
        QVERIFY(demoEnterpriseReport(u"91310000MA1FL0AB3C"_s, u"乙"_s).basic.address.startsWith(u"上海市"_s));
    }

    void sectionsArePlausible()
    {
        for (int i = 0; i < 30; ++i) {
            const EnterpriseReportData r
                = demoEnterpriseReport(u"9133010%1"_s.arg(i, 11, 10, QChar(u'7')), u"某公司"_s);
            QVERIFY(r.basic.founded.isValid());
            QVERIFY(r.basic.founded < QDate(2025, 6, 30));
            QVERIFY(r.operations.insuredEmployees <= r.operations.employees);
            QCOMPARE(r.taxRatings.size(), 3);
            QCOMPARE(r.utilities.size(), 24); // electricity and water, twelve months
            QVERIFY(!r.warnings.isEmpty()); // a clean record says so explicitly
            for (const Loan &l : r.loans)
                QVERIFY(l.start < l.maturity);
        }
    }
};

QTEST_MAIN(TestDemoEnterpriseReport)
#include "TestDemoEnterpriseReport.moc"
