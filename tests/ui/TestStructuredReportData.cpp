// SPDX-License-Identifier: Apache-2.0
// Issue 16, structured data beside the PDF, in real widgets (offscreen): the
// bureau's fulfil path sets the template from its data and embeds the same
// data (JSON) in the PDF; a schema-invalid file is refused with the field
// named; the bank's report window shows the embedded data as tables, exports
// it as JSON and CSV and lists what changed since an earlier report.
#include "JsonEdit.h"
#include "FakeDesks.h"
#include "bank/MyOrdersPage.h"
#include "bureau/FulfilDialog.h"
#include "bureau/ReportSource.h"
#include "crypto/Sm3.h"
#include "desk/ChainBureauDesk.h"
#include "desk/DeskSession.h"
#include "orders/OrdersModel.h"
#include "orders/ReportDialog.h"
#include "report/EnterpriseReportWriter.h"
#include "reportdata/PdfAttachment.h"
#include "reportdata/ReportDataAttachment.h"
#include "reportdata/ReportDataJson.h"
#include "viewer/ReportSectionModel.h"
#include "viewer/ReportViewer.h"
#include "viewer/StructuredDataView.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QTableView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace credit;
using namespace Qt::StringLiterals;

using credit::test::setInItem;

namespace {

constexpr int kSlowMs = 120000; // PDF setting with embedded CJK fonts on a shared machine
const QString kName = u"上海示例数据科技有限公司"_s; // the enterprise of resources/report-data's examples
const QString kCode = u"91310115MA1FL0AB0P"_s;
const QString kBureau = u"华信征信有限公司"_s;
const QDateTime kNow(QDate(2025, 7, 1), QTime(9, 30));

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

chain::NetworkProfile profile()
{
    auto p = chain::NetworkProfile::load(QStringLiteral(CREDIT_DEMO_DIR "/profile.json"));
    chain::NetworkProfile out = p ? *p : chain::NetworkProfile {};
    out.name = u"征信链 (production)"_s;
    out.genesisHash = crypto::sm3("another network's genesis block");
    return out;
}

market::OrderRequest request(quint64 orderId)
{
    market::OrderRequest r;
    r.orderId = orderId;
    r.productId = 1001;
    r.bankName = u"上海银行"_s;
    r.enterpriseName = kName;
    r.enterpriseCode = kCode;
    r.purpose = u"贷前审查"_s;
    return r;
}

QJsonObject exampleV2()
{
    QFile f(QStringLiteral(CREDIT_REPORT_DATA_EXAMPLE_V2));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QString writeJson(const QTemporaryDir &dir, const QString &name, const QJsonObject &o)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(o).toJson());
    return path;
}

//! The report the bureau's fulfil path sets from a data file, with the data embedded.
QByteArray deliveredReport(const QString &path, quint64 orderId)
{
    auto outcome = ui::ReportSource::fromBureauData(path, request(orderId), kBureau, kNow, true);
    if (!outcome || !outcome->fieldErrors.isEmpty())
        return {};
    return outcome->pdf;
}

//! The cells of a section model, row by row.
QList<QStringList> rowsOf(const QAbstractItemModel &m)
{
    QList<QStringList> rows;
    for (int r = 0; r < m.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m.columnCount(); ++c)
            row << m.index(r, c).data().toString();
        rows << row;
    }
    return rows;
}

//! The section whose title starts with prefix.
ui::ReportSectionModel *section(ui::StructuredDataView &view, const QString &prefix)
{
    for (int i = 0; i < view.sectionCount(); ++i)
        if (view.sectionModel(i)->section().title.startsWith(prefix))
            return view.sectionModel(i);
    return nullptr;
}

//! The structured view of a report window, once its data is read.
ui::StructuredDataView *loadedView(ui::ReportDialog &dialog)
{
    ui::StructuredDataView *view = dialog.structuredData();
    if (view && !QTest::qWaitFor([view] { return view->isLoaded(); }, kSlowMs))
        return nullptr;
    return view;
}

//! Clicks "Compare with earlier report…": the menu of earlier reports it opens.
QMenu *openCompareMenu(ui::StructuredDataView &view)
{
    auto *compare = child<QPushButton>(&view, "compareStructured");
    if (!compare->isEnabled())
        return nullptr;
    QTest::mouseClick(compare, Qt::LeftButton);
    return child<QMenu>(&view, "earlierReportsMenu");
}

//! The example three months on: a new court case, a loan downgraded, the address moved, the guarantee released.
QJsonObject laterExample()
{
    QJsonObject later = exampleV2();
    QJsonObject enterprise = later.value(u"enterprise"_s).toObject();
    enterprise.insert(u"address"_s, u"上海市浦东新区示例路 2 号（示例地址）"_s);
    later.insert(u"enterprise"_s, enterprise);
    QJsonArray cases = later.value(u"judicialCases"_s).toArray();
    cases.append(
        QJsonObject { { u"caseNumber"_s, u"（2025）沪0115民初00001号（示例）"_s }, { u"cause"_s, u"借款合同纠纷"_s },
            { u"role"_s, u"被告"_s }, { u"court"_s, u"上海市浦东新区人民法院"_s }, { u"filed"_s, u"2025-06-02"_s },
            { u"amountYuan"_s, 300000 }, { u"status"_s, u"审理中"_s }, { u"resolved"_s, false } });
    later.insert(u"judicialCases"_s, cases);
    setInItem(later, u"loans"_s, 0, u"classification"_s, u"关注"_s);
    later.insert(u"guarantees"_s, QJsonArray());
    return later;
}

} // namespace

class TestStructuredReportData final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!exampleV2().isEmpty());
        m_first = deliveredReport(writeJson(m_dir, u"v2.json"_s, exampleV2()), 4242);
        QVERIFY(!m_first.isEmpty());
    }

    void theFulfilPathEmbedsTheSameDataItSetsThePagesFrom()
    {
        auto doc = Poppler::Document::loadFromData(m_first);
        QVERIFY(doc);
        QCOMPARE(doc->embeddedFiles().size(), 1);
        const QByteArray json = doc->embeddedFiles().first()->data();
        report::ReportSubject subject { kName, kCode, 4242 };
        const report::ReportDataCheck embedded = report::parseReportData(json, subject, kNow.date());
        QVERIFY(embedded.ok());
        const report::ReportDataCheck file
            = report::parseReportData(QJsonDocument(exampleV2()).toJson(), subject, kNow.date());
        QCOMPARE(embedded.data.cases, file.data.cases);
        QCOMPARE(embedded.data.guarantees, file.data.guarantees);
        QCOMPARE(embedded.data.basic, file.data.basic);
        QCOMPARE(QJsonDocument::fromJson(json).object().value(u"orderId"_s).toString(), u"4242"_s);
        QVERIFY(doc->page(0)->text(QRectF()).remove(u' ').contains(kName));
        // One source: the pages print the same resolutions the data carries.
        QString pages;
        for (int i = 0; i < doc->numPages(); ++i)
            pages += doc->page(i)->text(QRectF());
        pages.removeIf([](QChar ch) { return ch.isSpace(); });
        // (A table cell that wraps comes out of Poppler interleaved with its neighbours: the case's date is checked
        // apart.)
        for (const QString &printed : { u"处理情况"_s, u"已结案（调解）已结案"_s, u"（2024-11-08）"_s,
                 u"已缴清（2025-04-02）"_s, u"未解除"_s, u"未结清"_s, u"（2025-06-30记录，未解除）"_s })
            QVERIFY2(pages.contains(printed), qPrintable(printed));

        // A product delivered as PDF only: no attachment.
        auto pdfOnly = ui::ReportSource::fromBureauData(
            writeJson(m_dir, u"v2-pdf.json"_s, exampleV2()), request(4242), kBureau, kNow, false);
        QVERIFY(pdfOnly && pdfOnly->fieldErrors.isEmpty());
        QVERIFY(Poppler::Document::loadFromData(pdfOnly->pdf)->embeddedFiles().isEmpty());
    }

    void aSchemaInvalidFileIsRefusedWithTheFieldNamed()
    {
        QJsonObject o = exampleV2();
        setInItem(o, u"judicialCases"_s, 0, u"resolved"_s, u"yes"_s);
        const QString path = writeJson(m_dir, u"invalid.json"_s, o);

        desk::DeskSession context(
            profile(), desk::SigningKey(crypto::Sm2PrivateKey::generate().value()), m_dir.filePath(u"bureau"_s));
        desk::ChainBureauDesk bureau(context);
        market::OrderSummary order;
        order.orderId = 4242;
        order.bureauName = kBureau;
        order.state = market::OrderState::Accepted;
        ui::FulfilDialog dialog(context.reader(), bureau, profile(), order, request(4242));
        dialog.show();
        dialog.importBureauData(path);
        auto *status = child<QLabel>(&dialog, "fulfilStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->styleSheet().contains(u"#b00020"_s), kSlowMs);
        QVERIFY(dialog.pdf().isEmpty());
        QVERIFY(!child<QPushButton>(&dialog, "deliverReportButton")->isEnabled());
        auto *list = child<QTreeWidget>(&dialog, "reportDataErrorList");
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), u"judicialCases[0].resolved"_s);
        QCOMPARE(list->topLevelItem(0)->text(1), u"Must be true or false, without quotes."_s);
    }

    void theReportWindowShowsTheDataAsTables()
    {
        ui::ReportDialog dialog(m_first, { 4242, crypto::sm3(m_first), 7, QByteArray(32, '\1') });
        dialog.show();
        QVERIFY(dialog.loaded());
        auto *tabs = child<QTabWidget>(&dialog, "reportTabs");
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), u"Structured data"_s);
        ui::StructuredDataView *view = dialog.structuredData();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), kSlowMs);
        QCOMPARE(view->sectionCount(), 9);
        QCOMPARE(child<QTableView>(view, "structuredSectionTable")->model(), view->sectionModel(0));

        const QList<QStringList> basic = rowsOf(*section(*view, u"Basic information"_s));
        QVERIFY(basic.contains(QStringList({ u"Name"_s, kName })));
        QVERIFY(basic.contains(QStringList({ u"Unified social credit code"_s, kCode })));
        const QList<QStringList> cases = rowsOf(*section(*view, u"Court cases"_s));
        QCOMPARE(cases.size(), 1);
        QCOMPARE(cases.first().first(), u"（2024）沪0115民初00000号（示例）"_s);
        QCOMPARE(cases.first().mid(cases.first().size() - 2), QStringList({ u"Resolved"_s, u"2024-11-08"_s }));
        const QList<QStringList> guarantees = rowsOf(*section(*view, u"Guarantees given"_s));
        QCOMPARE(guarantees.size(), 1);
        QCOMPARE(guarantees.first().at(guarantees.first().size() - 2), u"Outstanding"_s);
        const QList<QStringList> warnings = rowsOf(*section(*view, u"Risk warnings"_s));
        QCOMPARE(warnings.first().first(), u"未发现重大风险信息。"_s);
        QCOMPARE(warnings.first().at(2), u"2025-06-30"_s);
        QVERIFY(child<QLabel>(view, "structuredHeading")->text().contains(u"schema version 2"_s));
        QVERIFY(!child<QLabel>(view, "structuredHeading")->text().contains(u"DEMO"_s));
        // Nothing earlier to compare with (the window was opened on its own).
        QVERIFY(!child<QPushButton>(view, "compareStructured")->isEnabled());
    }

    void exportsJsonAsDeliveredAndCsvForExcel()
    {
        ui::ReportDialog dialog(m_first, { 4242, crypto::sm3(m_first), 7, QByteArray(32, '\1') });
        ui::StructuredDataView *view = dialog.structuredData();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), kSlowMs);
        QSignalSpy exported(view, &ui::StructuredDataView::exported);

        QDir().mkpath(m_dir.filePath(u"out"_s));
        QByteArray written;
        const auto exportTo = [&](const QString &name, bool csv) {
            const QString path = m_dir.filePath(u"out/"_s + name);
            csv ? view->exportCsvTo(path) : view->exportJsonTo(path);
            QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kSlowMs);
            QCOMPARE(exported.takeFirst().at(0).toString(), path);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            written = file.readAll();
        };
        exportTo(u"report.json"_s, false);
        QCOMPARE(written, Poppler::Document::loadFromData(m_first)->embeddedFiles().first()->data());

        exportTo(u"report.csv"_s, true);
        const QByteArray raw = written;
        QVERIFY(raw.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM: Excel on Windows reads the Chinese right
        const QStringList lines = QString::fromUtf8(raw.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"Section,Record,Field,Value"_s);
        QVERIFY(lines.contains(u"Basic information (基本信息),1,Value,%1"_s.arg(kName)));
        QVERIFY(lines.contains(u"Court cases (司法信息),1,Resolved on,2024-11-08"_s));
        QVERIFY(lines.contains(u"Guarantees given (对外担保),1,Beneficiary,示例材料有限公司（示例）"_s));

        // A folder that cannot be written: an error, said once.
        view->exportCsvTo(m_dir.filePath(u"no/such/folder/x.csv"_s));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kSlowMs);
        QVERIFY(exported.first().at(0).toString().isEmpty());
        QVERIFY(!exported.first().at(1).toString().isEmpty());
    }

    void comparesWithAnEarlierReportOfTheSameEnterprise()
    {
        const QByteArray second = deliveredReport(writeJson(m_dir, u"later.json"_s, laterExample()), 4343);
        QVERIFY(!second.isEmpty());

        ui::ReportDialog dialog(second, { 4343, crypto::sm3(second), 9, QByteArray(32, '\2') });
        ui::StructuredDataView *view = loadedView(dialog);
        QVERIFY(view);
        QSignalSpy wanted(view, &ui::StructuredDataView::earlierReportWanted);
        QSignalSpy compared(view, &ui::StructuredDataView::compared);
        view->setEarlierReports({ { 4242, u"Order 4242 · 企业信用报告 · 2025-07-01"_s } });
        QMenu *menu = openCompareMenu(*view);
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 1);
        menu->actions().first()->trigger();
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.first().at(0).toULongLong(), 4242ULL);

        view->compareWithPdf(m_first, u"the report of order 4242"_s);
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 1, kSlowMs);
        QCOMPARE(compared.first().at(0).toInt(), 4);
        QMap<QString, QStringList> byRecord;
        for (const QStringList &row : rowsOf(*view->changesModel()))
            byRecord.insert(row.at(2), row);
        QCOMPARE(byRecord.value(u"Address"_s).at(1), u"Changed"_s);
        QVERIFY(byRecord.value(u"Address"_s).at(3).contains(u"示例路 1 号（示例地址） → 上海市浦东新区示例路 2 号"_s));
        QCOMPARE(byRecord.value(u"（2025）沪0115民初00001号（示例）"_s).at(1), u"Added"_s);
        QCOMPARE(byRecord.value(u"（2025）沪0115民初00001号（示例）"_s).at(0), u"Court cases (司法信息)"_s);
        const QString loanKey = u"示例银行上海分行 · 流动资金贷款 · 2024-09-01"_s;
        QCOMPARE(byRecord.value(loanKey).at(1), u"Changed"_s);
        QCOMPARE(byRecord.value(loanKey).at(3), u"Classification: 正常 → 关注"_s);
        QCOMPARE(byRecord.value(u"示例材料有限公司（示例） · 连带责任保证"_s).at(1), u"Removed"_s);
        QVERIFY(child<QLabel>(view, "structuredChangesHeading")->text().startsWith(u"4 change(s) since"_s));

        // An earlier report delivered as PDF only cannot be compared, and says so.
        auto pdfOnly = report::EnterpriseReportWriter::toPdf(view->data());
        QVERIFY(pdfOnly);
        view->compareWithPdf(*pdfOnly, u"the report of order 1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 2, kSlowMs);
        QCOMPARE(compared.last().at(0).toInt(), -1);
        QVERIFY(compared.last().at(1).toString().contains(u"PDF only"_s));
    }

    void theProductsFormatDecidesWhetherTheDataIsEmbedded()
    {
        const QString path = writeJson(m_dir, u"fulfil.json"_s, exampleV2());
        for (const QString &format : { u"PDF + JSON"_s, u"PDF"_s }) {
            test::FakeMarketReader reader;
            market::ProductInfo product;
            product.productId = 1004;
            product.listed = true;
            product.deliveryFormat = format;
            reader.productList = { product };
            test::FakeBureauDesk desk;
            market::OrderSummary order;
            order.orderId = 4242;
            order.productId = 1004;
            order.bureauName = kBureau;
            order.state = market::OrderState::Accepted;
            ui::FulfilDialog dialog(reader, desk, profile(), order, request(4242));
            dialog.show();
            QCOMPARE(dialog.deliversStructuredData(), format != u"PDF"_s);
            dialog.importBureauData(path);
            auto *status = child<QLabel>(&dialog, "fulfilStatusLabel");
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.pdf().isEmpty() || status->styleSheet().contains(u"#b00020"_s), kSlowMs);
            QVERIFY2(!dialog.pdf().isEmpty(), qPrintable(status->text()));
            auto doc = Poppler::Document::loadFromData(dialog.pdf());
            QCOMPARE(doc->embeddedFiles().size(), format == u"PDF"_s ? 0 : 1);
            QCOMPARE(status->text().contains(u"travels inside the PDF"_s), format != u"PDF"_s);
        }
    }

    void myOrdersOffersTheOtherReportsOnTheSameEnterprise()
    {
        const QByteArray bank(20, '\x0b');
        test::FakeMarketReader reader;
        reader.account = bank;
        auto delivered = [&bank](quint64 id, quint64 atMs) {
            market::OrderSummary o;
            o.orderId = id;
            o.bank = bank;
            o.productName = u"企业信用基础报告"_s;
            o.state = market::OrderState::Delivered;
            o.reportHash = QByteArray(32, '\x01');
            o.updatedAtMs = atMs;
            return o;
        };
        reader.orderList = { delivered(4242, 1'751'000'000'000), delivered(4343, 1'759'000'000'000),
            delivered(4444, 1'755'000'000'000), delivered(4545, 1'752'000'000'000) };
        reader.orderList.last().reportHash.clear(); // not delivered yet
        reader.orderList.last().state = market::OrderState::Accepted;
        test::FakeBankDesk desk;
        ui::MyOrdersPage page(reader, desk);
        page.show();
        for (const quint64 id : { 4242ULL, 4343ULL, 4545ULL })
            Q_EMIT desk.enterpriseOpened(id, kName, kCode);
        Q_EMIT desk.enterpriseOpened(4444, u"另一家公司"_s, u"91440300MA5F0B7Q2X"_s);

        const QByteArray second = deliveredReport(writeJson(m_dir, u"later-2.json"_s, laterExample()), 4343);
        QVERIFY(!second.isEmpty());
        Q_EMIT desk.reportOpened(4343, second, { 4343, crypto::sm3(second), 9, QByteArray(32, '\2') });
        auto *dialog = page.findChild<ui::ReportDialog *>();
        QVERIFY(dialog);
        ui::StructuredDataView *view = loadedView(*dialog);
        QVERIFY(view);
        QMenu *menu = openCompareMenu(*view);
        QVERIFY(menu);
        // Only 4242: 4444 is another enterprise, 4545 has no report yet, 4343 is this one.
        QCOMPARE(menu->actions().size(), 1);
        QVERIFY(menu->actions().first()->text().startsWith(u"Order 4242 · 企业信用基础报告 · "_s));
        QSignalSpy compared(view, &ui::StructuredDataView::compared);
        menu->actions().first()->trigger();
        QCOMPARE(desk.opened, QList<quint64>({ 4242 }));
        // The desk answers: the earlier report goes to the window that asked, not to a new window.
        Q_EMIT desk.reportOpened(4242, m_first, { 4242, crypto::sm3(m_first), 7, QByteArray(32, '\1') });
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 1, kSlowMs);
        QCOMPARE(compared.first().at(0).toInt(), 4);
        QCOMPARE(page.findChildren<ui::ReportDialog *>().size(), 1);

        // An earlier report that cannot be opened says why, in that window.
        openCompareMenu(*view)->actions().first()->trigger();
        Q_EMIT desk.actionFailed(4242, u"the document store did not answer"_s);
        QCOMPARE(compared.size(), 2);
        QCOMPARE(compared.last().at(1).toString(), u"the document store did not answer"_s);
        QVERIFY(child<QLabel>(view, "structuredStatus")->text().contains(u"the document store did not answer"_s));
    }

    void dataTheBankCannotTrustIsListedNotTabulated()
    {
        auto plain = report::EnterpriseReportWriter::toPdf(
            report::parseReportData(QJsonDocument(exampleV2()).toJson(), { kName, kCode, 4242 }, kNow.date()).data);
        QVERIFY(plain);
        // Data that does not match the schema: its problems by field, no tables; the PDF still shows.
        QJsonObject o = exampleV2();
        setInItem(o, u"loans"_s, 0, u"classification"_s, u"次极"_s);
        auto invalid = report::embedReportData(*plain, QJsonDocument(o).toJson(), kNow);
        QVERIFY(invalid);
        ui::ReportDialog bad(*invalid, { 4242, crypto::sm3(*invalid), 7, QByteArray(32, '\1') });
        QVERIFY(bad.loaded());
        ui::StructuredDataView *view = bad.structuredData();
        QVERIFY(view);
        QSignalSpy loaded(view, &ui::StructuredDataView::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kSlowMs);
        QCOMPARE(loaded.first().at(0).toBool(), false);
        QCOMPARE(view->sectionCount(), 0);
        const QAbstractItemModel *shown = child<QTableView>(view, "structuredSectionTable")->model();
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data().toString(), u"loans[0].classification"_s);
        QVERIFY(shown->index(0, 1).data().toString().contains(u"次极"_s));
        QVERIFY(!child<QPushButton>(view, "exportStructuredCsv")->isEnabled());
        QVERIFY(child<QLabel>(view, "structuredStatus")->text().contains(u"does not match the schema"_s));

        // An attachment above the cap is not read at all, and says so.
        const QByteArray huge = "{\"type\": \"creditchain.enterprise-report-data\", \"pad\": \""
            + QByteArray(report::kMaxReportDataBytes, 'x') + "\"}";
        auto oversized = report::attachToPdf(
            *plain, { QString::fromLatin1(report::kReportDataFileName), "application/json", u"d"_s, huge, kNow });
        QVERIFY(oversized);
        ui::ReportDialog big(*oversized, { 4242, crypto::sm3(*oversized), 7, QByteArray(32, '\1') });
        ui::StructuredDataView *bigView = big.structuredData();
        QVERIFY(bigView);
        QSignalSpy bigLoaded(bigView, &ui::StructuredDataView::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(bigLoaded.size(), 1, kSlowMs);
        QCOMPARE(bigLoaded.first().at(0).toBool(), false);
        QVERIFY2(child<QLabel>(bigView, "structuredStatus")->text().contains(u"cannot be read"_s),
            qPrintable(child<QLabel>(bigView, "structuredStatus")->text()));
        QVERIFY(
            child<QLabel>(bigView, "structuredStatus")->text().contains(QString::number(report::kMaxReportDataBytes)));
    }

    void aReportWithoutDataHasNoDataTab()
    {
        auto pdf = ui::ReportSource::fromBureauData(
            writeJson(m_dir, u"plain.json"_s, exampleV2()), request(4242), kBureau, kNow, false);
        QVERIFY(pdf && !pdf->pdf.isEmpty());
        ui::ReportDialog dialog(pdf->pdf, { 4242, crypto::sm3(pdf->pdf), 7, QByteArray(32, '\1') });
        QVERIFY(dialog.loaded());
        QVERIFY(!dialog.structuredData());
        QVERIFY(!child<QTabWidget>(&dialog, "reportTabs"));
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_first;
};

QTEST_MAIN(TestStructuredReportData)
#include "TestStructuredReportData.moc"
