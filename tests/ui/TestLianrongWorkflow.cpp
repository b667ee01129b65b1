// SPDX-License-Identifier: Apache-2.0
// 链融 end to end on the demo network in-process (real devnet on loopback,
// four real desk::DeskSessions with their light nodes): a bank orders the
// joint product 长三角供应链融资信用评估 (Shanghai leads, Shenzhen and Beijing
// contribute); Shanghai accepts in its inbox; Shenzhen delivers its part from
// the demo sample and Beijing from its own data file, each through its inbox's
// "Deliver our part…"; Shanghai's Fulfil waits for both parts, then its
// template fuses them in; the bank opens the delivered report and finds
// Beijing's records in its structured data, and its order panel shows each
// bureau's part with its block. Every step is read back from verified blocks.
#include "DemoChain.h"
#include "bureau/DeliverPartDialog.h"
#include "bureau/FulfilDialog.h"
#include "bureau/OrderInboxModel.h"
#include "bureau/OrderInboxPage.h"
#include "codec/Hex.h"
#include "desk/ChainBankDesk.h"
#include "desk/ChainBureauDesk.h"
#include "desk/DeskSession.h"
#include "orders/OrderDetailsPanel.h"
#include "reportdata/ReportDataJson.h"
#include "viewer/PdfDocument.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {
constexpr int kSlowMs = 300000; // demo history, four syncs and PBKDF2 on a shared machine
constexpr quint64 kJointProduct = 1004; // 长三角供应链融资信用评估: two partners, PDF + JSON
const QString kEnterprise = QStringLiteral("深圳市联合测试科技有限公司");
const QString kCode = QStringLiteral("914403001922038216");

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

//! The shipped example of a bureau's data file, rewritten to be about the test's enterprise.
QString bureauDataFile(const QString &dir)
{
    QFile example(QStringLiteral(CREDIT_REPORT_DATA_EXAMPLE));
    if (!example.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(example.readAll()).object();
    QJsonObject enterprise = o.value(QStringLiteral("enterprise")).toObject();
    enterprise.insert(QStringLiteral("name"), kEnterprise);
    enterprise.insert(QStringLiteral("creditCode"), kCode);
    o.insert(QStringLiteral("enterprise"), enterprise);
    const QString path = dir + QStringLiteral("/beijing-part.json");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(o).toJson()) < 0)
        return {};
    return path;
}

//! One institution signed in: its session (light node synced) and its desk.
struct Terminal {
    std::unique_ptr<desk::DeskSession> session;
    std::unique_ptr<desk::ChainBureauDesk> bureau;
    std::unique_ptr<desk::ChainBankDesk> bank;
};

} // namespace

class TestLianrongWorkflow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aJointOrderIsFusedFromTwoBureausAndReadByTheBank();

private:
    Terminal signIn(const QString &keyFile, bool bank);
    market::OrderSummary orderIn(Terminal &t, quint64 orderId);
    QList<market::OrderPartInfo> partsIn(Terminal &t, quint64 orderId);
    //! Chooses the order in a bureau's inbox once its store shows it, and waits for the request.
    void chooseAndDecrypt(ui::OrderInboxPage &page, quint64 orderId);
    void deliverPart(Terminal &t, quint64 orderId, bool fromDataFile);

    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_devnet;
    chain::NetworkProfile m_profile;
    Terminal m_bank, m_shanghai, m_shenzhen, m_beijing;
};

Terminal TestLianrongWorkflow::signIn(const QString &keyFile, bool bank)
{
    Terminal t;
    auto key = test::DemoChain::key(keyFile);
    if (!key)
        return t;
    t.session = std::make_unique<desk::DeskSession>(
        m_profile, desk::SigningKey(*key), m_dir.filePath(QStringLiteral("terminal-") + keyFile));
    QSignalSpy caughtUp(&t.session->node(), &chain::LightNode::caughtUp);
    t.session->start();
    if (!caughtUp.wait(kSlowMs) && caughtUp.isEmpty())
        return Terminal {};
    if (bank)
        t.bank = std::make_unique<desk::ChainBankDesk>(*t.session);
    else
        t.bureau = std::make_unique<desk::ChainBureauDesk>(*t.session);
    return t;
}

void TestLianrongWorkflow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")));
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_devnet = std::move(chain->devnet);
    m_profile = chain->profile;
    m_bank = signIn(QStringLiteral("bank-shanghai.pem"), true);
    m_shanghai = signIn(QStringLiteral("bureau-shanghai.pem"), false);
    m_shenzhen = signIn(QStringLiteral("bureau-shenzhen.pem"), false);
    m_beijing = signIn(QStringLiteral("bureau-beijing.pem"), false);
    for (const Terminal *t : { &m_bank, &m_shanghai, &m_shenzhen, &m_beijing })
        QVERIFY2(t->session && t->session->reader().isReady(), "a terminal did not sync the demo chain");
}

void TestLianrongWorkflow::cleanupTestCase()
{
    for (Terminal *t : { &m_beijing, &m_shenzhen, &m_shanghai, &m_bank }) {
        t->bank.reset();
        t->bureau.reset();
        t->session.reset();
    }
    m_devnet.reset();
}

market::OrderSummary TestLianrongWorkflow::orderIn(Terminal &t, quint64 orderId)
{
    market::OrderFilter filter;
    filter.orderId = orderId;
    auto orders = t.session->reader().orders(filter);
    return orders && !orders->isEmpty() ? orders->front() : market::OrderSummary {};
}

QList<market::OrderPartInfo> TestLianrongWorkflow::partsIn(Terminal &t, quint64 orderId)
{
    auto parts = t.session->reader().orderParts(orderId);
    return parts ? *parts : QList<market::OrderPartInfo> {};
}

void TestLianrongWorkflow::chooseAndDecrypt(ui::OrderInboxPage &page, quint64 orderId)
{
    QTRY_VERIFY_WITH_TIMEOUT(page.selectOrder(orderId), kSlowMs);
    auto *status = child<QLabel>(&page, "requestStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Request decrypted"))
            || status->styleSheet().contains(QStringLiteral("#b00020")),
        kSlowMs);
    QVERIFY2(status->text().startsWith(QStringLiteral("Request decrypted")), qPrintable(status->text()));
}

void TestLianrongWorkflow::deliverPart(Terminal &t, quint64 orderId, bool fromDataFile)
{
    ui::OrderInboxPage page(t.session->reader(), *t.bureau, m_profile);
    chooseAndDecrypt(page, orderId);
    auto *deliver = child<QPushButton>(&page, "deliverPartButton");
    // A partner's row: its part is owed, the lead's actions are not offered.
    QVERIFY(!child<QPushButton>(&page, "acceptOrderButton")->isVisibleTo(&page));
    QVERIFY(deliver->isVisibleTo(&page));
    const int row = page.model().rowOf(orderId);
    QVERIFY(page.model().isPartnerRow(row));
    QTRY_VERIFY_WITH_TIMEOUT(
        page.model().index(row, ui::OrderInboxModel::State).data().toString().contains(QStringLiteral("our part owed")),
        kSlowMs);
    QTRY_VERIFY_WITH_TIMEOUT(deliver->isEnabled(), kSlowMs); // once this store shows the order Accepted
    QTest::mouseClick(deliver, Qt::LeftButton);
    auto *dialog = page.findChild<ui::DeliverPartDialog *>(QStringLiteral("deliverPartDialog"));
    QVERIFY(dialog);
    if (fromDataFile)
        dialog->importBureauData(bureauDataFile(m_dir.path()));
    else
        dialog->fillDemoSample();
    auto *send = child<QPushButton>(dialog, "deliverPartSendButton");
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), kSlowMs);
    QVERIFY(!dialog->part().isEmpty());
    QTest::mouseClick(send, Qt::LeftButton);
    const QByteArray self = t.session->account();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const market::OrderPartInfo &p : partsIn(t, orderId))
                if (p.bureau == self && p.delivered())
                    return true;
            return false;
        }(),
        kSlowMs);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()
                                 .index(page.model().rowOf(orderId), ui::OrderInboxModel::State)
                                 .data()
                                 .toString()
                                 .contains(QStringLiteral("our part delivered")),
        kSlowMs);
    QVERIFY(!deliver->isEnabled()); // once is all the contract takes
}

void TestLianrongWorkflow::aJointOrderIsFusedFromTwoBureausAndReadByTheBank()
{
    // The bank orders the joint product with the enterprise's letter (recorded on the way).
    auto products = m_bank.session->reader().products();
    QVERIFY(products);
    market::ProductInfo joint;
    for (const market::ProductInfo &p : std::as_const(*products))
        if (p.productId == kJointProduct)
            joint = p;
    QCOMPARE(joint.partnerBureaus.size(), 2);
    desk::OrderDraft draft;
    draft.product = joint;
    draft.enterpriseName = kEnterprise;
    draft.enterpriseCode = kCode;
    draft.purpose = QStringLiteral("供应链融资贷前审查");
    const QDate today = QDate::currentDate();
    draft.letter = market::AuthorisationLetter { QStringLiteral("letter.pdf"), QStringLiteral("application/pdf"),
        today.addDays(-1).toString(Qt::ISODate), today.addYears(1).toString(Qt::ISODate),
        QByteArray("%PDF-1.4\n% the enterprise authorises the bank\n") };
    auto placed = m_bank.bank->placeOrder(draft);
    QVERIFY2(placed, qPrintable(placed ? QString() : placed.error().message));
    const quint64 orderId = *placed;

    // Shanghai, the lead, accepts; the parts are opened for both partners.
    ui::OrderInboxPage lead(m_shanghai.session->reader(), *m_shanghai.bureau, m_profile);
    chooseAndDecrypt(lead, orderId);
    QCOMPARE(lead.model().index(lead.model().rowOf(orderId), ui::OrderInboxModel::State).data().toString(),
        QStringLiteral("Placed · parts 0/2"));
    QTest::mouseClick(child<QPushButton>(&lead, "acceptOrderButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(orderIn(m_shanghai, orderId).state, market::OrderState::Accepted, kSlowMs);
    const QList<market::OrderPartInfo> opened = partsIn(m_shanghai, orderId);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(0).bureau, joint.partnerBureaus.at(0));
    QCOMPARE(opened.at(1).bureau, joint.partnerBureaus.at(1));
    // Fulfil waits for the parts, and says so.
    auto *fulfil = child<QPushButton>(&lead, "fulfilOrderButton");
    QTRY_VERIFY_WITH_TIMEOUT(fulfil->toolTip().contains(QStringLiteral("0 of 2 delivered")), kSlowMs);
    QVERIFY(!fulfil->isEnabled());

    deliverPart(m_shenzhen, orderId, false);
    deliverPart(m_beijing, orderId, true);

    // Both parts in: the lead fuses them into its template's report and delivers.
    QTRY_VERIFY_WITH_TIMEOUT(fulfil->isEnabled(), kSlowMs);
    QCOMPARE(lead.model().index(lead.model().rowOf(orderId), ui::OrderInboxModel::State).data().toString(),
        QStringLiteral("Accepted · parts 2/2"));
    QTest::mouseClick(fulfil, Qt::LeftButton);
    auto *dialog = lead.findChild<ui::FulfilDialog *>(QStringLiteral("fulfilDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->partsReady(), kSlowMs);
    QCOMPARE(dialog->parts().size(), 2);
    QVERIFY(child<QLabel>(dialog, "fulfilPartsLabel")->text().contains(QStringLiteral("北京京华企业征信有限公司")));
    dialog->fillDemoSample();
    auto *send = child<QPushButton>(dialog, "deliverReportButton");
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), kSlowMs);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(orderIn(m_bank, orderId).state, market::OrderState::Delivered, kSlowMs);

    // The bank reads the fused report: Beijing's court case is in its structured data.
    QSignalSpy report(m_bank.bank.get(), &desk::BankDesk::reportOpened);
    QSignalSpy failed(m_bank.bank.get(), &desk::BankDesk::actionFailed);
    m_bank.bank->openReport(orderId);
    QTRY_VERIFY_WITH_TIMEOUT(!report.isEmpty() || !failed.isEmpty(), kSlowMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    auto pdf = ui::PdfDocument::load(report.first().at(1).toByteArray());
    QVERIFY(pdf);
    auto json = (*pdf)->embeddedFile(QStringLiteral("creditchain-report-data.json"), report::kMaxReportDataBytes);
    QVERIFY(json && json->has_value());
    const report::ReportDataCheck data
        = report::parseReportData(**json, { kEnterprise, kCode, orderId, true }, QDate::currentDate());
    QVERIFY(data.ok());
    QVERIFY(data.data.isDemoSample); // Shanghai's and Shenzhen's parts are the demo sample: the mark stays
    const auto beijingCase = std::find_if(data.data.cases.cbegin(), data.data.cases.cend(),
        [](const report::JudicialCase &c) { return c.caseNumber.contains(QStringLiteral("示例")); });
    QVERIFY2(beijingCase != data.data.cases.cend(), "Beijing's court case is not in the fused report");
    QVERIFY(std::any_of(data.data.loans.cbegin(), data.data.loans.cend(),
        [](const report::Loan &l) { return l.lender == QStringLiteral("示例银行上海分行"); }));

    // The bank's order panel: each bureau's part with the block it came in.
    ui::OrderDetailsPanel panel;
    QVERIFY(panel.showOrderFrom(m_bank.session->reader(), orderIn(m_bank, orderId)));
    const QString parts = child<QLabel>(&panel, "orderParts")->text();
    QVERIFY2(parts.contains(QStringLiteral("2 delivered")), qPrintable(parts));
    QVERIFY2(parts.contains(QStringLiteral("深圳鹏城企业征信有限公司: part delivered in block")), qPrintable(parts));
    QVERIFY2(parts.contains(QStringLiteral("北京京华企业征信有限公司: part delivered in block")), qPrintable(parts));
}

QTEST_MAIN(TestLianrongWorkflow)
#include "TestLianrongWorkflow.moc"
