// SPDX-License-Identifier: Apache-2.0
// Drives the report viewer's real widgets on a generated report: the figures
// expected (page count, where a text occurs) come from reading the same PDF
// with Poppler directly, not from the viewer.
#include "reportdata/DemoEnterpriseReport.h"
#include "report/EnterpriseReportWriter.h"
#include "orders/ReportDialog.h"
#include "viewer/PageView.h"
#include "viewer/PdfDocument.h"
#include "viewer/ReportViewer.h"
#include "viewer/ThumbnailModel.h"

#include <poppler-qt6.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace Qt::StringLiterals;

namespace {

const QString kName = u"杭州链融数据服务有限公司"_s;

QByteArray makeReport()
{
    report::EnterpriseReportData d = report::demoEnterpriseReport(u"91330100MA2H3Q4R5T"_s, kName);
    d.meta = { u"CR-TEST-7"_s, u"华信征信有限公司"_s, 7, QDateTime(QDate(2025, 7, 1), QTime(10, 0)) };
    const auto month = d.utilities;
    for (int i = 0; i < 6; ++i)
        d.utilities += month; // long enough for several pages
    return report::EnterpriseReportWriter::toPdf(d).value();
}

} // namespace

class TestReportViewer : public QObject {
    Q_OBJECT

private:
    QByteArray m_pdf;
    std::unique_ptr<Poppler::Document> m_reference;
    std::unique_ptr<ui::ReportViewer> m_viewer;

    template<typename T> T *child(const char *name)
    {
        T *w = m_viewer->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QSize shownSize() { return child<QLabel>("pageLabel")->pixmap().size(); }
    ui::PageView *pageView() { return child<ui::PageView>("pageView"); }

    // Pages holding text, read from the PDF without the viewer.
    QList<int> pagesWith(const QString &text)
    {
        QList<int> pages;
        for (int i = 0; i < m_reference->numPages(); ++i) {
            if (!m_reference->page(i)->search(text).isEmpty())
                pages.append(i);
        }
        return pages;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pdf = makeReport();
        m_reference = Poppler::Document::loadFromData(m_pdf);
        QVERIFY(m_reference);
        QVERIFY2(m_reference->numPages() >= 3, "the fixture report should have several pages");
    }

    void init()
    {
        m_viewer = std::make_unique<ui::ReportViewer>();
        m_viewer->resize(1000, 800);
        QVERIFY(m_viewer->setPdf(m_pdf).ok());
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowActive(m_viewer.get()));
        QTRY_VERIFY(!child<QLabel>("pageLabel")->pixmap().isNull());
    }

    void cleanup() { m_viewer.reset(); }

    void showsPageCount()
    {
        const int n = m_reference->numPages();
        QCOMPARE(m_viewer->pageCount(), n);
        QVERIFY(child<QLabel>("pageCountLabel")->text().contains(QString::number(n)));
        QCOMPARE(child<QSpinBox>("pageSpin")->maximum(), n);
        QCOMPARE(child<QListView>("thumbnailList")->model()->rowCount(), n);
        // Thumbnails arrive lazily, for the rows the list shows.
        auto *model = qobject_cast<ui::ThumbnailModel *>(child<QListView>("thumbnailList")->model());
        QVERIFY(model);
        QTRY_VERIFY(model->renderedCount() > 0);
    }

    void rejectsGarbage()
    {
        ui::ReportViewer viewer;
        const Result<void> r = viewer.setPdf("not a pdf at all");
        QVERIFY(!r.ok());
        QCOMPARE(viewer.pageCount(), 0);
    }

    void navigatesPages()
    {
        const QImage first = pageView()->shownImage();
        QTest::keyClick(pageView(), Qt::Key_PageDown);
        QCOMPARE(m_viewer->currentPage(), 1);
        QCOMPARE(child<QSpinBox>("pageSpin")->value(), 2);
        QTRY_VERIFY(pageView()->shownImage() != first);

        auto *spin = child<QSpinBox>("pageSpin");
        spin->selectAll();
        QTest::keyClicks(spin, u"3"_s);
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(m_viewer->currentPage(), 2);

        QTest::keyClick(pageView(), Qt::Key_PageUp);
        QCOMPARE(m_viewer->currentPage(), 1);
        // Past the ends nothing happens.
        QTest::keyClick(pageView(), Qt::Key_PageUp);
        QTest::keyClick(pageView(), Qt::Key_PageUp);
        QCOMPARE(m_viewer->currentPage(), 0);
    }

    void zoomChangesRenderedSize()
    {
        const QSize base = shownSize();
        QTest::keyClick(pageView(), Qt::Key_Equal, Qt::ControlModifier);
        QTRY_VERIFY(shownSize().width() > base.width());
        const QSize bigger = shownSize();
        QVERIFY(qAbs(bigger.width() - base.width() * 1.25) < 3);
        QCOMPARE(child<QLabel>("zoomLabel")->text(), u"%1 %"_s.arg(qRound(pageView()->zoom() * 100)));

        QTest::keyClick(pageView(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(pageView(), Qt::Key_Minus, Qt::ControlModifier);
        QTRY_VERIFY(shownSize().width() < base.width());

        // Fit width: the page fills the viewport's width (less scroll bar and margins).
        QTest::keyClick(pageView(), Qt::Key_0, Qt::ControlModifier);
        const int viewport = pageView()->viewport()->width();
        QTRY_VERIFY(shownSize().width() > viewport * 0.85 && shownSize().width() <= viewport);
    }

    void rapidZoomShowsTheLastRequest()
    {
        // Many requests while renders run: what ends on screen is the last zoom.
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(pageView(), Qt::Key_Equal, Qt::ControlModifier);
        const double zoom = pageView()->zoom();
        const int expected = qRound(m_reference->page(0)->pageSizeF().width() / 72.0 * 96.0 * zoom);
        QTRY_VERIFY2(qAbs(shownSize().width() - expected) <= 2,
            qPrintable(u"%1 vs %2"_s.arg(shownSize().width()).arg(expected)));
    }

    void searchFindsTheName()
    {
        const QList<int> expectedPages = pagesWith(kName);
        QVERIFY(expectedPages.size() >= 2); // title page and basic information
        QTest::keyClick(pageView(), Qt::Key_PageDown); // start from page 2: the first hit is after it
        QTest::keyClick(pageView(), Qt::Key_F, Qt::ControlModifier);
        auto *edit = child<QLineEdit>("searchEdit");
        QTRY_VERIFY(edit->isVisible() && edit->hasFocus());
        // Chinese arrives through the input method, as a committed string.
        QInputMethodEvent typed;
        typed.setCommitString(kName);
        QApplication::sendEvent(edit, &typed);
        QCOMPARE(edit->text(), kName);
        QTest::keyClick(edit, Qt::Key_Return);
        auto *status = child<QLabel>("searchStatus");
        QTRY_VERIFY(!status->text().isEmpty());
        QVERIFY(!status->property("notFound").toBool());
        const int afterCurrent
            = *std::find_if(expectedPages.cbegin(), expectedPages.cend(), [](int p) { return p >= 1; });
        QCOMPARE(m_viewer->currentPage(), afterCurrent);
        // The hit is marked: just left of the match (white margin in a plain
        // render) the shown image carries the yellow highlight.
        const QRectF hit = m_reference->page(afterCurrent)->search(kName).first();
        const double scale = 96.0 * pageView()->zoom() * pageView()->devicePixelRatioF() / 72.0;
        const QPoint probe(qRound(hit.left() * scale) - 1, qRound(hit.center().y() * scale));
        QTRY_VERIFY(
            m_viewer->currentPage() == afterCurrent && QColor(pageView()->shownImage().pixel(probe)).blue() < 200);
        QVERIFY(QColor(pageView()->shownImage().pixel(probe)).red() > 200);

        // Enter again: the next occurrence, wrapping to the title page.
        const QString before = status->text();
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(status->text() != before);
        QVERIFY(expectedPages.contains(m_viewer->currentPage()));
    }

    void searchReportsNotFound()
    {
        QTest::keyClick(pageView(), Qt::Key_F, Qt::ControlModifier);
        auto *edit = child<QLineEdit>("searchEdit");
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, u"qzxqzx no such words"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        auto *status = child<QLabel>("searchStatus");
        QTRY_VERIFY(status->property("notFound").toBool());
        QVERIFY(!status->text().isEmpty());
        QCOMPARE(m_viewer->currentPage(), 0);
    }

    void opensFittedToTheWidth()
    {
        // init() set the PDF before show(): the fit waited for the view's real width.
        QVERIFY(pageView()->fitsWidth());
        QCOMPARE(pageView()->zoom(), pageView()->fitWidthZoom());
        const int viewport = pageView()->viewport()->width();
        QTRY_VERIFY(shownSize().width() > viewport * 0.85 && shownSize().width() <= viewport);

        // A wider window keeps the page fitted until the user zooms.
        const double narrow = pageView()->zoom();
        m_viewer->resize(1300, 800);
        QTRY_VERIFY(pageView()->zoom() > narrow);
        QCOMPARE(pageView()->zoom(), pageView()->fitWidthZoom());
        QTest::keyClick(pageView(), Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(!pageView()->fitsWidth());
        const double zoomed = pageView()->zoom();
        m_viewer->resize(1000, 800);
        QApplication::processEvents();
        QCOMPARE(pageView()->zoom(), zoomed);

        // A document set while the viewer shows is fitted at once.
        QVERIFY(m_viewer->setPdf(m_pdf).ok());
        QCOMPARE(pageView()->zoom(), pageView()->fitWidthZoom());
    }

    void dialogOpensFittedAndReturnFindsNotExports()
    {
        m_viewer.reset();
        ui::ReportDialog dialog(m_pdf, desk::ReportReference { 77, QByteArray(32, '\x11'), 5, QByteArray(32, '\x22') });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *view = dialog.findChild<ui::PageView *>(u"pageView"_s);
        QVERIFY(view);
        QCOMPARE(view->zoom(), view->fitWidthZoom());

        auto *exportButton = dialog.findChild<QPushButton *>(u"exportReportButton"_s);
        QVERIFY(exportButton);
        QSignalSpy exportClicked(exportButton, &QPushButton::clicked);
        QSignalSpy finished(&dialog, &QDialog::finished);
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        auto *edit = dialog.findChild<QLineEdit *>(u"searchEdit"_s);
        QTRY_VERIFY(edit->hasFocus());
        QInputMethodEvent typed;
        typed.setCommitString(kName);
        QApplication::sendEvent(edit, &typed);
        const QList<int> expectedPages = pagesWith(kName);
        auto *status = dialog.findChild<QLabel *>(u"searchStatus"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(status->text().startsWith(u"Match "_s));
        const QString firstHit = status->text();
        const int firstPage = dialog.viewer().currentPage();
        QVERIFY(expectedPages.contains(firstPage));
        // Enter (keypad) moves on to the next hit; Shift+Return back to the first.
        QTest::keyClick(edit, Qt::Key_Enter, Qt::KeypadModifier);
        QTRY_VERIFY(status->text().startsWith(u"Match "_s) && status->text() != firstHit);
        QVERIFY(expectedPages.contains(dialog.viewer().currentPage()));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE(status->text(), firstHit);
        QCOMPARE(dialog.viewer().currentPage(), firstPage);
        // Neither Export (no file dialog) nor Close was pressed.
        QCOMPARE(exportClicked.size(), 0);
        QCOMPARE(finished.size(), 0);
        QVERIFY(dialog.isVisible());
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            QVERIFY2(!b->isDefault() && !b->autoDefault(), qPrintable(b->text()));
    }

    void printsEveryPage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"printed.pdf"_s);
        auto printer = std::make_shared<QPrinter>(QPrinter::ScreenResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        QSignalSpy finished(m_viewer.get(), &ui::ReportViewer::printFinished);
        QVERIFY(m_viewer->printTo(printer));
        printer.reset(); // the job keeps its own reference
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        auto printed = Poppler::Document::load(path);
        QVERIFY(printed);
        QCOMPARE(printed->numPages(), m_reference->numPages());
    }

    void thumbnailModelIsConsistent()
    {
        ui::ThumbnailModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto doc = ui::PdfDocument::load(m_pdf);
        QVERIFY(doc.ok());
        model.setDocument(*doc);
        QCOMPARE(model.rowCount(), m_reference->numPages());
        QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString().contains(u'1'), true);
        QVERIFY(!model.data(model.index(0), Qt::DecorationRole).value<QPixmap>().isNull());
        QTRY_COMPARE(model.renderedCount(), 1);
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestReportViewer)
#include "TestReportViewer.moc"
