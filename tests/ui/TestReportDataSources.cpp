// SPDX-License-Identifier: Apache-2.0
// Where the fulfil dialog's report comes from, in real widgets: off the demo
// network there is no sample to fill the template with — no button, no other
// way in, and the report set from the bureau's data carries only that data;
// a data file with problems lists every one by field and leaves nothing to
// deliver; the clerk's form passes the same check; on the demo network the sample exists and every page of it is
// marked 演示数据 / DEMO DATA (read back with Poppler).
#include "bureau/DemoNetwork.h"
#include "bureau/FulfilDialog.h"
#include "bureau/ReportDataForm.h"
#include "bureau/ReportSource.h"
#include "desk/ChainBureauDesk.h"
#include "crypto/Sm3.h"
#include "desk/DeskSession.h"
#include "viewer/PageView.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace credit;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSlowMs = 120000; // PDF setting with embedded CJK fonts, Debug build, shared machine
const QString kName = u"上海示例数据科技有限公司"_s; // the enterprise of resources/report-data's example
const QString kCode = u"91310115MA1FL0AB0P"_s;

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

chain::NetworkProfile demoProfile()
{
    auto p = chain::NetworkProfile::load(QStringLiteral(CREDIT_DEMO_DIR "/profile.json"));
    return p ? *p : chain::NetworkProfile {};
}

//! A bank's real network: same shape as the demo profile, its own genesis.
chain::NetworkProfile productionProfile()
{
    chain::NetworkProfile p = demoProfile();
    p.name = u"征信链 (production)"_s;
    p.genesisHash = crypto::sm3("another network's genesis block");
    return p;
}

market::OrderRequest request()
{
    market::OrderRequest r;
    r.orderId = 4242;
    r.productId = 1001;
    r.bankName = u"上海银行"_s;
    r.enterpriseName = kName;
    r.enterpriseCode = kCode;
    r.purpose = u"贷前审查"_s;
    return r;
}

market::OrderSummary order()
{
    market::OrderSummary o;
    o.orderId = 4242;
    o.bureauName = u"华信征信有限公司"_s;
    o.state = market::OrderState::Accepted;
    return o;
}

QByteArray exampleJson()
{
    QFile f(QStringLiteral(CREDIT_REPORT_DATA_EXAMPLE));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList pageTexts(const QByteArray &pdf)
{
    QStringList pages;
    auto doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return pages;
    for (int i = 0; i < doc->numPages(); ++i)
        pages << doc->page(i)->text(QRectF()).remove(u' ');
    return pages;
}

const QString kMark = u"演示数据/DEMODATA"_s; // demoDataMark() without spaces

//! One session's dialog: a context on profile (not started: nothing here needs the chain).
struct Session {
    explicit Session(const chain::NetworkProfile &profile, const QString &dir)
        : context(profile, desk::SigningKey(crypto::Sm2PrivateKey::generate().value()), dir), bureau(context),
          dialog(context.reader(), bureau, profile, order(), request())
    {
        dialog.show();
    }
    desk::DeskSession context;
    desk::ChainBureauDesk bureau;
    ui::FulfilDialog dialog;

    QLabel *status() { return child<QLabel>(&dialog, "fulfilStatusLabel"); }
    bool settled() { return !dialog.pdf().isEmpty() || status()->styleSheet().contains(u"#b00020"_s); }
};

} // namespace

class TestReportDataSources final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!exampleJson().isEmpty());
        QVERIFY(ui::isDemoNetwork(demoProfile()));
        QVERIFY(!ui::isDemoNetwork(productionProfile()));
    }

    void nonDemoSessionOffersNoSample()
    {
        Session s(productionProfile(), m_dir.filePath(u"production"_s));
        QVERIFY(!s.dialog.offersDemoSample());
        QVERIFY(!child<QPushButton>(&s.dialog, "demoSampleButton"));
        QVERIFY(!child<QPushButton>(&s.dialog, "generateReportButton"));
        for (QPushButton *b : s.dialog.findChildren<QPushButton *>()) {
            QVERIFY2(!b->text().contains(u"sample"_s, Qt::CaseInsensitive), qPrintable(b->text()));
            QVERIFY2(!b->text().contains(u"template"_s, Qt::CaseInsensitive), qPrintable(b->text()));
        }
        QVERIFY(child<QPushButton>(&s.dialog, "importReportDataButton")->isVisible());

        // No other way in: the dialog's own entry point and the source below it both refuse.
        s.dialog.fillDemoSample();
        QVERIFY(s.dialog.pdf().isEmpty());
        QVERIFY(s.status()->text().contains(u"only on the demo network"_s));
        QVERIFY(!child<QPushButton>(&s.dialog, "deliverReportButton")->isEnabled());
        const Result<QByteArray> direct = ui::ReportSource::demoSample(
            productionProfile(), request(), u"华信征信有限公司"_s, QDateTime::currentDateTime());
        QVERIFY(!direct.ok());
        QCOMPARE(direct.error().kind, ErrorKind::Unsupported);
    }

    void nonDemoSessionRendersOnlyTheBureausData()
    {
        const QString path = m_dir.filePath(u"bureau-data.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(exampleJson());
        f.close();

        Session s(productionProfile(), m_dir.filePath(u"production-2"_s));
        s.dialog.importBureauData(path);
        QTRY_VERIFY_WITH_TIMEOUT(s.settled(), kSlowMs);
        QVERIFY2(!s.dialog.pdf().isEmpty(), qPrintable(s.status()->text()));
        QVERIFY(child<QPushButton>(&s.dialog, "deliverReportButton")->isEnabled());
        QVERIFY(!child<QTreeWidget>(&s.dialog, "reportDataErrorList")->isVisible());
        // The preview opens fitted to the dialog's width; Return in it (page, find) never delivers.
        auto *preview = child<ui::PageView>(child<QWidget>(&s.dialog, "fulfilPreview"), "pageView");
        QVERIFY(preview && preview->isVisible());
        QVERIFY(preview->fitsWidth());
        QCOMPARE(preview->zoom(), preview->fitWidthZoom());
        for (const char *name : { "attachReportButton", "importReportDataButton", "fillReportDataButton",
                 "deliverReportButton", "fulfilCloseButton" })
            QVERIFY2(!child<QPushButton>(&s.dialog, name)->autoDefault(), name);

        const QStringList pages = pageTexts(s.dialog.pdf());
        QVERIFY(pages.size() >= 2);
        const QString text = pages.join(u'\n');
        QVERIFY(!text.contains(u"演示"_s));
        QVERIFY(!text.contains(u"DEMODATA"_s));
        QVERIFY(text.contains(kName));
        QVERIFY(text.contains(u"示例银行上海分行"_s)); // the file's loan, and no other
        QVERIFY(text.contains(u"买卖合同纠纷"_s)); // the file's one court case
        QVERIFY(!text.contains(u"次级"_s));
        QVERIFY(text.contains(u"华信征信有限公司"_s));
    }

    void dataWithProblemsListsThemAndLeavesNothingToDeliver()
    {
        QJsonObject o = QJsonDocument::fromJson(exampleJson()).object();
        QJsonObject enterprise = o.value(u"enterprise"_s).toObject();
        enterprise.insert(u"name"_s, u"上海另一家公司"_s);
        o.insert(u"enterprise"_s, enterprise);
        o.insert(u"orderId"_s, u"1"_s);
        o.remove(u"loans"_s);
        const QString path = m_dir.filePath(u"wrong.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
        f.close();

        Session s(productionProfile(), m_dir.filePath(u"production-3"_s));
        s.dialog.importBureauData(path);
        QTRY_VERIFY_WITH_TIMEOUT(s.settled(), kSlowMs);
        QVERIFY(s.dialog.pdf().isEmpty());
        QVERIFY(!child<QPushButton>(&s.dialog, "deliverReportButton")->isEnabled());
        QVERIFY2(s.status()->text().startsWith(u"3 problem(s) in"_s), qPrintable(s.status()->text()));
        auto *list = child<QTreeWidget>(&s.dialog, "reportDataErrorList");
        QVERIFY(list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 3);
        QMap<QString, QString> rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
        QCOMPARE(rows.keys(), QStringList({ u"enterprise.name"_s, u"loans"_s, u"orderId"_s }));
        QVERIFY2(rows.value(u"enterprise.name"_s).contains(u"is not the enterprise of this order (“%1”)"_s.arg(kName)),
            qPrintable(rows.value(u"enterprise.name"_s)));
        QCOMPARE(rows.value(u"loans"_s), u"Required but missing."_s);
        QVERIFY(rows.value(u"orderId"_s).contains(u"order 1, not for this order (4242)"_s));

        // A file that is not there is an error of its own, not a list.
        s.dialog.importBureauData(m_dir.filePath(u"missing.json"_s));
        QTRY_VERIFY_WITH_TIMEOUT(s.status()->text().contains(u"is not a file"_s), kSlowMs);
        QVERIFY(s.dialog.pdf().isEmpty());
    }

    void clerkFormIsCheckedLikeAFile()
    {
        Session s(productionProfile(), m_dir.filePath(u"production-4"_s));
        QTest::mouseClick(child<QPushButton>(&s.dialog, "fillReportDataButton"), Qt::LeftButton);
        auto *form = child<ui::ReportDataForm>(&s.dialog, "reportDataForm");
        QVERIFY(form && form->isVisible());
        const QList<std::pair<const char *, QString>> fields = { { "form_enterprise_legalRepresentative", u"李四"_s },
            { "form_enterprise_registeredCapitalYuan", u"5000000"_s }, { "form_enterprise_founded", u"2012-05-01"_s },
            { "form_enterprise_enterpriseType", u"有限责任公司"_s }, { "form_enterprise_status", u"存续"_s },
            { "form_enterprise_industry", u"制造业"_s }, { "form_enterprise_address", u"上海市闵行区示例路2号"_s },
            { "form_operations_revenueBand", u"500 万元以下"_s }, { "form_operations_insuredEmployees", u"28"_s },
            { "form_operations_branches", u"0"_s }, { "form_operations_mainBusiness", u"机械加工"_s },
            { "form_operations_premisesType", u"租赁"_s } };
        for (const auto &[name, value] : fields) {
            auto *edit = child<QLineEdit>(form, name);
            QVERIFY2(edit, name);
            edit->setText(value);
        }
        auto *loans = child<QTableWidget>(form, "form_loans");
        QTest::mouseClick(child<QPushButton>(form, "form_loans_add"), Qt::LeftButton);
        QCOMPARE(loans->rowCount(), 1);
        const QStringList loan = { u"上海农商银行闵行支行"_s, u"流动资金贷款"_s, u"800000"_s, u"2024-01-10"_s,
            u"2025-01-10"_s, u"次极"_s };
        for (int c = 0; c < loan.size(); ++c)
            loans->setItem(0, c, new QTableWidgetItem(loan.at(c)));

        // Employees left empty and a misspelt classification: both named, the form stays open.
        auto *ok = child<QDialogButtonBox>(form, "reportDataFormButtons")->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(form->isVisible());
        auto *problems = child<QTreeWidget>(form, "reportDataFormProblems");
        QVERIFY(problems->isVisible());
        QStringList paths;
        for (int i = 0; i < problems->topLevelItemCount(); ++i)
            paths << problems->topLevelItem(i)->text(0);
        QCOMPARE(paths, QStringList({ u"operations.employees"_s, u"loans[0].classification"_s }));
        QVERIFY(s.dialog.pdf().isEmpty());

        QTest::keyClicks(child<QLineEdit>(form, "form_operations_employees"), u"30"_s);
        loans->item(0, 5)->setText(u"关注"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!form->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(s.settled(), kSlowMs);
        QVERIFY2(!s.dialog.pdf().isEmpty(), qPrintable(s.status()->text()));
        const QString text = pageTexts(s.dialog.pdf()).join(u'\n');
        QVERIFY(text.contains(u"上海农商银行闵行支行"_s));
        QVERIFY(text.contains(u"关注"_s));
        QVERIFY(text.contains(u"李四"_s));
        QVERIFY(!text.contains(u"演示"_s));
    }

    void demoSessionSampleIsMarkedOnEveryPage()
    {
        Session s(demoProfile(), m_dir.filePath(u"demo"_s));
        QVERIFY(s.dialog.offersDemoSample());
        auto *sample = child<QPushButton>(&s.dialog, "demoSampleButton");
        QVERIFY(sample && sample->isVisible());
        QTest::mouseClick(sample, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(s.settled(), kSlowMs);
        QVERIFY2(!s.dialog.pdf().isEmpty(), qPrintable(s.status()->text()));
        QVERIFY(s.status()->text().contains(u"演示数据 / DEMO DATA"_s));
        const QStringList pages = pageTexts(s.dialog.pdf());
        QVERIFY(pages.size() >= 2);
        for (int i = 0; i < pages.size(); ++i)
            QVERIFY2(pages.at(i).contains(kMark), qPrintable(u"page %1: %2"_s.arg(i + 1).arg(pages.at(i).left(200))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportDataSources)
#include "TestReportDataSources.moc"
