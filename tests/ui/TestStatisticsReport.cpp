// SPDX-License-Identifier: Apache-2.0
// The statistics report written from the dashboard (on a fake desk) and read
// back with Poppler: at least one page, the title in Chinese under a zh_CN
// translation, the filter, the head hash in full and the tables' Chinese
// names extractable, fonts embedded, the charts drawn (colour where the
// charts are); a file that cannot be written is a clear error.
#include "FakeRegulatorDesk.h"
#include "RegulatorSamples.h"
#include "regulator/ChoiceButton.h"
#include "regulator/DashboardPage.h"
#include "regulator/StatisticsReport.h"
#include "regulator/SupervisionFilterBar.h"

#include <poppler-qt6.h>

#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace credit;
using namespace Qt::StringLiterals;

namespace {

//! The report's title as translations/credit-terminal_zh_CN.ts is to give it; every other text untranslated.
class ChineseTitle final : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(context) == "StatisticsReport"_L1
            && QLatin1String(source) == "Supervision statistics report"_L1)
            return u"监管统计报告"_s;
        return {};
    }
};

QString squeezed(QString s)
{
    return s.remove(u' ').remove(u'\n');
}

//! Pixels of a clear colour (not black, grey or white): only the charts' bars and slices have them.
int colouredPixels(const QImage &image)
{
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::max({ c.red(), c.green(), c.blue() }) - std::min({ c.red(), c.green(), c.blue() }) > 60)
                ++coloured;
        }
    }
    return coloured;
}

} // namespace

class TestStatisticsReport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theReportReadsBackWithItsChartsAndProvenance()
    {
        ChineseTitle chinese;
        QCoreApplication::installTranslator(&chinese);
        test::FakeRegulatorDesk desk;
        desk.figureAnswer = test::sampleFigures();
        ui::DashboardPage page(desk);
        page.resize(1300, 1500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.hasFigures());
        page.filterBar()->banks()->toggle(test::accountKey(test::kPudongBank), true);
        QTRY_COMPARE(page.shownFilter().banks.size(), 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.pdf"_s);
        QSignalSpy written(&page, &ui::DashboardPage::reportWritten);
        QSignalSpy failed(&page, &ui::DashboardPage::reportFailed);
        page.exportReport(path);
        QVERIFY(page.isBusy()); // set on a worker: the window goes on
        QVERIFY(written.wait(30000));
        QCOMPARE(failed.size(), 0);
        QVERIFY(!page.isBusy());
        QCoreApplication::removeTranslator(&chinese);

        auto doc = Poppler::Document::load(path);
        QVERIFY(doc);
        QVERIFY(doc->numPages() >= 1);
        for (const Poppler::FontInfo &font : doc->fonts())
            QVERIFY2(font.isEmbedded(), qPrintable(font.name()));
        QString text;
        for (int i = 0; i < doc->numPages(); ++i)
            text += doc->page(i)->text(QRectF()) + u'\n';
        text = squeezed(text);
        const market::Provenance p = test::sampleFigures().provenance;
        for (const QString &expected : { u"监管统计报告"_s, u"0x"_s + QString::fromLatin1(p.headHash.toHex()),
                 u"Computedatblocks1–420"_s, u"Bank:上海浦东发展银行"_s, u"上海浦江资信评估有限公司"_s, u"宁波银行"_s,
                 u"链融"_s, u"浙江省"_s, u"退还服务费"_s, u"2026-02"_s,
                 // The recorded authorisations' figures, as the key figures and the per-bank table list them.
                 u"Authorisationsrevoked19"_s, u"Recordedauthorisationsperbank"_s, u"Validnow"_s })
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in "_s + text.left(600)));

        // The first page carries the charts: clear colours there, where the text alone has none.
        const QImage first = doc->page(0)->renderToImage(72, 72);
        QVERIFY(!first.isNull());
        const int coloured = colouredPixels(first);
        QVERIFY2(coloured > 2000, qPrintable(QString::number(coloured)));
    }

    void aFileThatCannotBeWrittenIsAClearError()
    {
        test::FakeRegulatorDesk desk;
        desk.figureAnswer = test::sampleFigures();
        ui::DashboardPage page(desk);
        QTRY_VERIFY(page.hasFigures());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no-such-folder/report.pdf"_s);
        QSignalSpy failed(&page, &ui::DashboardPage::reportFailed);
        page.exportReport(path);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.last().at(0).toString().contains(u"report.pdf"_s), qPrintable(failed.last().at(0).toString()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(page.findChild<QLabel *>(u"dashboardMessage"_s)->text().contains(u"report.pdf"_s));
        QVERIFY(page.hasFigures()); // nothing lost: the figures are still shown
    }
};

QTEST_MAIN(TestStatisticsReport)
#include "TestStatisticsReport.moc"
