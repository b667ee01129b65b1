// SPDX-License-Identifier: Apache-2.0
// 链融 on the screens, against fake desks (no chain: milliseconds per case):
// a partner's inbox lists the parts it owes with "Deliver our part…" instead
// of the lead's actions; the lead's Fulfil waits for every part and says how
// many are in; the Deliver part dialog refuses data about another enterprise
// field by field and sends the demo sample only on the demo network; the
// Fulfil dialog opens the parts through the desk and its template fuses them
// (a part about another enterprise is refused); the order panel shows each
// bureau's part.
#include "FakeDesks.h"
#include "bureau/DeliverPartDialog.h"
#include "bureau/FulfilDialog.h"
#include "bureau/OrderInboxModel.h"
#include "bureau/OrderInboxPage.h"
#include "orders/OrderDetailsPanel.h"
#include "reportdata/DemoEnterpriseReport.h"
#include "reportdata/ReportDataAttachment.h"
#include "reportdata/ReportDataJson.h"
#include "viewer/PdfDocument.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace credit;
using market::OrderState;

namespace {

const QByteArray kBank(20, '\x0b'), kLead(20, '\x1d'), kPartner(20, '\x2d'), kOther(20, '\x3d');
const QString kEnterprise = QStringLiteral("苏州恒瑞精密制造有限公司");
const QString kCode = QStringLiteral("914403001922038216");
constexpr quint64 kProduct = 1004;

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

//! A 链融 order of kLead's product with kPartner and kOther as partners.
market::OrderSummary jointOrder(quint64 id, OrderState state, int delivered)
{
    market::OrderSummary o = test::sampleOrder(id, kBank, kLead, state, id);
    o.productId = kProduct;
    o.partsExpected = 2;
    o.partsDelivered = delivered;
    return o;
}

market::OrderPartInfo part(quint64 orderId, const QByteArray &bureau, const QString &name, bool delivered)
{
    market::OrderPartInfo p;
    p.orderId = orderId;
    p.bureau = bureau;
    p.bureauName = name;
    if (delivered) {
        p.partHash = QByteArray(32, '\x51');
        p.partDocument = QByteArray(32, '\x52');
        p.block = 812;
        p.deliveredAtMs = 1'750'000'600'000;
    }
    return p;
}

market::OrderRequest request(quint64 orderId)
{
    market::OrderRequest r;
    r.orderId = orderId;
    r.productId = kProduct;
    r.bankName = QStringLiteral("上海申江商业银行股份有限公司");
    r.enterpriseName = kEnterprise;
    r.enterpriseCode = kCode;
    r.purpose = QStringLiteral("供应链融资贷前审查");
    return r;
}

chain::NetworkProfile demoProfile()
{
    return chain::NetworkProfile::load(QStringLiteral(":/demo/profile.json")).value();
}

//! A partner's part as the lead opens it: report data about `code`, with one court case of its own.
QByteArray partJson(const QString &name, const QString &code, const QString &caseNumber)
{
    // A complete report as a bureau's systems would give it (the demo source's shape, not marked as a sample).
    report::EnterpriseReportData d = report::demoEnterpriseReport(code, name);
    d.isDemoSample = false;
    d.cases.clear();
    d.cases << report::JudicialCase { caseNumber, QStringLiteral("借款合同纠纷"), QStringLiteral("被告"),
        QStringLiteral("北京市海淀区人民法院"), QDate(2025, 2, 3), 250000, QStringLiteral("审理中"), {} };
    return report::reportDataToJson(d);
}

market::ProductInfo jointProduct(const QString &format)
{
    market::ProductInfo p;
    p.productId = kProduct;
    p.bureau = kLead;
    p.series = market::Series::Lianrong;
    p.name = QStringLiteral("长三角供应链融资信用评估");
    p.deliveryFormat = format;
    p.listed = true;
    p.partnerBureaus = { kPartner, kOther };
    return p;
}

} // namespace

class TestLianrongPages final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aPartnerDeliversItsPartFromItsInbox()
    {
        test::FakeMarketReader reader;
        reader.account = kPartner;
        reader.orderList = { jointOrder(31, OrderState::Accepted, 1), jointOrder(32, OrderState::Placed, 0),
            test::sampleOrder(33, kBank, kPartner, OrderState::Placed, 33) };
        reader.parts[31] = { part(31, kPartner, QStringLiteral("深圳鹏城"), false),
            part(31, kOther, QStringLiteral("北京京华"), true) };
        reader.parts[32] = { part(32, kPartner, QStringLiteral("深圳鹏城"), false),
            part(32, kOther, QStringLiteral("北京京华"), false) };
        test::FakeBureauDesk desk;
        ui::OrderInboxPage page(reader, desk, chain::NetworkProfile {});
        page.show();
        ui::OrderInboxModel &model = page.model();
        QCOMPARE(model.rowCount(), 3);
        // The bureau's own new order comes first; a part the lead has not accepted yet is no new order.
        QCOMPARE(model.order(0).orderId, quint64(33));
        const auto stateText = [&model](quint64 id) {
            return model.index(model.rowOf(id), ui::OrderInboxModel::State).data().toString();
        };
        QCOMPARE(stateText(31), QStringLiteral("Accepted · our part owed"));
        QCOMPARE(stateText(32), QStringLiteral("Placed · our part owed"));
        QVERIFY(!model.waitsOnOthers(model.rowOf(31))); // accepted, part owed: ours to do
        QVERIFY(model.waitsOnOthers(model.rowOf(32))); // the lead accepts first
        QVERIFY(!model.waitsOnOthers(model.rowOf(33)));
        QCOMPARE(model.index(model.rowOf(32), 0).data(Qt::FontRole).value<QFont>().bold(), false);
        QCOMPARE(model.index(model.rowOf(33), 0).data(Qt::FontRole).value<QFont>().bold(), true);

        auto *accept = child<QPushButton>(&page, "acceptOrderButton");
        auto *deliver = child<QPushButton>(&page, "deliverPartButton");
        QVERIFY(page.selectOrder(31));
        QVERIFY(!accept->isVisible());
        QVERIFY(deliver->isVisible());
        QVERIFY(!deliver->isEnabled()); // the request is not opened yet
        Q_EMIT desk.requestOpened(31, request(31));
        QVERIFY(deliver->isEnabled());
        QTest::mouseClick(deliver, Qt::LeftButton);
        auto *dialog = page.findChild<ui::DeliverPartDialog *>(QStringLiteral("deliverPartDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->offersDemoSample()); // not the demo network
        dialog->reject();

        QVERIFY(page.selectOrder(32));
        Q_EMIT desk.requestOpened(32, request(32));
        QVERIFY(!deliver->isEnabled()); // Placed: the lead has not accepted

        QVERIFY(page.selectOrder(33)); // the bureau's own order: the lead's actions
        QVERIFY(accept->isVisible());
        QVERIFY(!deliver->isVisible());

        // Its part delivered (a block later): the row says so and nothing more is offered.
        reader.parts[31][0] = part(31, kPartner, QStringLiteral("深圳鹏城"), true);
        page.refresh();
        QCOMPARE(stateText(31), QStringLiteral("Accepted · our part delivered"));
        QVERIFY(model.waitsOnOthers(model.rowOf(31)));
        QVERIFY(page.selectOrder(31));
        QVERIFY(!deliver->isEnabled());
    }

    void theLeadFulfilsOnlyWithEveryPart()
    {
        test::FakeMarketReader reader;
        reader.account = kLead;
        reader.orderList = { jointOrder(41, OrderState::Accepted, 1) };
        test::FakeBureauDesk desk;
        ui::OrderInboxPage page(reader, desk, chain::NetworkProfile {});
        page.show();
        QCOMPARE(page.model().index(0, ui::OrderInboxModel::State).data().toString(),
            QStringLiteral("Accepted · parts 1/2"));
        QVERIFY(page.selectOrder(41));
        Q_EMIT desk.requestOpened(41, request(41));
        auto *fulfil = child<QPushButton>(&page, "fulfilOrderButton");
        QVERIFY(fulfil->isVisible());
        QVERIFY(!fulfil->isEnabled());
        QVERIFY2(fulfil->toolTip().contains(QStringLiteral("1 of 2 delivered")), qPrintable(fulfil->toolTip()));

        reader.orderList = { jointOrder(41, OrderState::Accepted, 2) };
        page.refresh();
        QVERIFY(fulfil->isEnabled());
        QVERIFY(fulfil->toolTip().isEmpty());
    }

    void deliverPartRefusesAnotherEnterpriseAndSendsTheSample()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            partJson(QStringLiteral("另一家企业有限公司"), QStringLiteral("91310115MA1FL0AB0P"), QStringLiteral("X")));
        file.close();

        test::FakeBureauDesk desk;
        ui::DeliverPartDialog dialog(desk, demoProfile(), jointOrder(51, OrderState::Accepted, 0), request(51),
            QStringLiteral("深圳鹏城企业征信有限公司"));
        dialog.show();
        auto *send = child<QPushButton>(&dialog, "deliverPartSendButton");
        QVERIFY(!send->isEnabled());
        dialog.importBureauData(path);
        auto *errors = child<QTreeWidget>(&dialog, "reportDataErrorList");
        QTRY_VERIFY(errors->isVisible());
        QVERIFY(errors->topLevelItemCount() >= 2); // the name and the credit code, by field
        QVERIFY(!send->isEnabled());
        QVERIFY(dialog.part().isEmpty());

        QVERIFY(dialog.offersDemoSample());
        dialog.fillDemoSample();
        QTRY_VERIFY(send->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "deliverPartSummary")->text().contains(kEnterprise));
        QTest::mouseClick(send, Qt::LeftButton);
        QCOMPARE(desk.deliveredParts.size(), 1);
        QCOMPARE(desk.deliveredParts.first().first, quint64(51));
        const report::ReportDataCheck sent = report::parseReportData(
            desk.deliveredParts.first().second, { kEnterprise, kCode, 51, true }, QDate::currentDate());
        QVERIFY(sent.ok());
        QVERIFY(sent.data.isDemoSample); // the mark travels with the part
        QCOMPARE(sent.data.meta.orderId, quint64(51));
    }

    void fulfilOpensThePartsAndItsTemplateFusesThem()
    {
        test::FakeMarketReader reader;
        reader.account = kLead;
        reader.productList = { jointProduct(QStringLiteral("PDF + JSON")) };
        test::FakeBureauDesk desk;
        ui::FulfilDialog dialog(reader, desk, demoProfile(), jointOrder(61, OrderState::Accepted, 2), request(61));
        dialog.show();
        QCOMPARE(desk.partsRequested, QList<quint64> { 61 });
        QVERIFY(!dialog.partsReady());
        QVERIFY(!child<QPushButton>(&dialog, "demoSampleButton")->isEnabled()); // the template waits for the parts
        QVERIFY(child<QPushButton>(&dialog, "attachReportButton")->isEnabled()); // a fused PDF need not

        // A part about another enterprise is refused, with its bureau named.
        Q_EMIT desk.partsOpened(61,
            { desk::OpenedPart { kOther, QStringLiteral("北京京华企业征信有限公司"),
                partJson(QStringLiteral("另一家企业有限公司"), QStringLiteral("91310115MA1FL0AB0P"),
                    QStringLiteral("(2025)京0108民初1号")) } });
        QVERIFY(!dialog.partsReady());
        QVERIFY(
            child<QLabel>(&dialog, "fulfilPartsLabel")->text().contains(QStringLiteral("北京京华企业征信有限公司")));

        Q_EMIT desk.partsOpened(61,
            { desk::OpenedPart { kPartner, QStringLiteral("深圳鹏城企业征信有限公司"),
                  partJson(kEnterprise, kCode, QStringLiteral("(2025)粤0305民初7号")) },
                desk::OpenedPart { kOther, QStringLiteral("北京京华企业征信有限公司"),
                    partJson(kEnterprise, kCode, QStringLiteral("(2025)京0108民初1号")) } });
        QVERIFY(dialog.partsReady());
        QCOMPARE(dialog.parts().size(), 2);
        QVERIFY(child<QPushButton>(&dialog, "demoSampleButton")->isEnabled());
        dialog.fillDemoSample();
        QTRY_VERIFY(!dialog.pdf().isEmpty());
        auto pdf = ui::PdfDocument::load(dialog.pdf());
        QVERIFY(pdf);
        auto json = (*pdf)->embeddedFile(QString::fromLatin1(report::kReportDataFileName), report::kMaxReportDataBytes);
        QVERIFY(json && json->has_value());
        const report::ReportDataCheck fused
            = report::parseReportData(**json, { kEnterprise, kCode, 61, true }, QDate::currentDate());
        QVERIFY(fused.ok());
        QStringList cases;
        for (const report::JudicialCase &c : fused.data.cases)
            cases << c.caseNumber;
        QVERIFY2(cases.contains(QStringLiteral("(2025)粤0305民初7号")), qPrintable(cases.join(u',')));
        QVERIFY2(cases.contains(QStringLiteral("(2025)京0108民初1号")), qPrintable(cases.join(u',')));
        QVERIFY(fused.data.isDemoSample); // the lead's own data here is the demo sample
    }

    void theOrderPanelShowsEachBureausPart()
    {
        test::FakeMarketReader reader;
        reader.account = kBank;
        const market::OrderSummary order = jointOrder(71, OrderState::Accepted, 1);
        reader.orderList = { order };
        reader.parts[71] = { part(71, kPartner, QStringLiteral("深圳鹏城企业征信有限公司"), true),
            part(71, kOther, QStringLiteral("北京京华企业征信有限公司"), false) };
        ui::OrderDetailsPanel panel;
        QVERIFY(panel.showOrderFrom(reader, order));
        auto *parts = child<QLabel>(&panel, "orderParts");
        QVERIFY(!parts->isHidden());
        const QStringList lines = parts->text().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0),
            QStringLiteral("Joint report (链融): 上海浦江资信评估有限公司 leads and fuses the parts of 2 partner "
                           "bureau(s); 1 delivered.")); // the source text: no translator is loaded here
        QVERIFY(lines.at(1).startsWith(QStringLiteral("· 深圳鹏城企业征信有限公司: part delivered in block 812, ")));
        QCOMPARE(lines.at(2), QStringLiteral("· 北京京华企业征信有限公司: part awaited"));

        // Any other order: no parts line.
        const market::OrderSummary single = test::sampleOrder(72, kBank, kLead, OrderState::Accepted, 72);
        QVERIFY(panel.showOrderFrom(reader, single));
        QVERIFY(parts->isHidden());
    }
};

QTEST_MAIN(TestLianrongPages)
#include "TestLianrongPages.moc"
