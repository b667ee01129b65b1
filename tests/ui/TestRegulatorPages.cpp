// SPDX-License-Identifier: Apache-2.0
// The regulator's dashboard and anomalies against a fake desk
// (tests/support/FakeRegulatorDesk.h): the charts and tables show the desk's
// numbers, the filter goes to the desk (its fields combined), a click on a bar
// or a number names the figure behind it, an answer overtaken by a newer
// filter is dropped, the anomaly hits lead to their orders, and the rules'
// settings and the last filter are kept. Real widgets, offscreen, no chain.
#include "FakeRegulatorDesk.h"
#include "RegulatorSamples.h"
#include "orders/OrderText.h"
#include "regulator/AnomaliesModel.h"
#include "regulator/AnomaliesPage.h"
#include "regulator/AnomalySettingsDialog.h"
#include "regulator/BankAuthorisationModel.h"
#include "regulator/ChoiceButton.h"
#include "regulator/DashboardCharts.h"
#include "regulator/DashboardPage.h"
#include "regulator/RegulatorSettings.h"
#include "regulator/SupervisionFilterBar.h"
#include "regulator/SupervisionNumbersModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

using namespace credit;
using namespace Qt::StringLiterals;
using market::FigureKind;

namespace {

QChart *chartNamed(QWidget &page, const QString &name)
{
    auto *view = page.findChild<QChartView *>(name);
    return view ? view->chart() : nullptr;
}

QAbstractBarSeries *barsOf(QChart *chart)
{
    return chart && !chart->series().isEmpty() ? qobject_cast<QAbstractBarSeries *>(chart->series().first()) : nullptr;
}

//! Clicks the middle of a bar as a user would: value position in chart coordinates → view.
void clickAt(QChartView *view, QAbstractSeries *series, const QPointF &value)
{
    const QPointF inChart = view->chart()->mapToPosition(value, series);
    const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
}

market::AnomalyList sampleAnomalies()
{
    market::AnomalyList list;
    list.provenance = test::sampleFigures().provenance;
    list.totalByRule = { 5, 2, 1, 4, 3, 0 };
    market::AnomalyHit letter { market::AnomalyRule::WithoutValidLetter, u"上海浦东发展银行"_s,
        u"授权书已过期（2026-01-31）"_s, 1'767'000'000'000, { 11 } };
    market::AnomalyHit repeated { market::AnomalyRule::RepeatedQueries, u"宁波银行 — 上海某某制造有限公司"_s,
        u"30 天内查询 4 次"_s, 1'768'000'000'000, { 21, 22, 23, 24 } };
    market::AnomalyHit sla { market::AnomalyRule::SlaBreach, u"华信征信有限公司"_s, u"逾期 3 天交付"_s,
        1'766'000'000'000, { 31 } };
    market::AnomalyHit reused { market::AnomalyRule::AuthorisationReused, u"上海浦东发展银行"_s,
        u"授权 77 在 30 天内被 6 笔订单使用"_s, 1'767'500'000'000, { 41, 42, 43, 44, 45, 46 } };
    list.hits = { repeated, letter, sla, reused };
    return list;
}

bool sameSettings(const market::AnomalySettings &a, const market::AnomalySettings &b)
{
    return a.authorisationRule == b.authorisationRule && a.repeatedQueryRule == b.repeatedQueryRule
        && a.repeatWindowDays == b.repeatWindowDays && a.repeatMinOrders == b.repeatMinOrders && a.slaRule == b.slaRule
        && a.disputeRule == b.disputeRule && a.workdayStartMinute == b.workdayStartMinute
        && a.workdayEndMinute == b.workdayEndMinute && a.authorisationReuseRule == b.authorisationReuseRule
        && a.reuseWindowDays == b.reuseWindowDays && a.reuseMaxOrders == b.reuseMaxOrders
        && a.revokedAfterUseRule == b.revokedAfterUseRule && a.revokedWithinDays == b.revokedWithinDays;
}

std::unique_ptr<ui::RegulatorSettings> storeIn(const QTemporaryDir &dir)
{
    return std::make_unique<ui::RegulatorSettings>(
        std::make_unique<QSettings>(dir.filePath(u"regulator.ini"_s), QSettings::IniFormat));
}

} // namespace

class TestRegulatorPages final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chartsAndTablesShowTheDesksNumbers()
    {
        test::FakeRegulatorDesk desk;
        desk.figureAnswer = test::sampleFigures();
        ui::DashboardPage page(desk);
        QTRY_VERIFY(page.hasFigures());
        const market::SupervisionFigures f = test::sampleFigures();

        // Orders per month, one stacked set per state that occurs, each value the month's count in that state.
        QAbstractBarSeries *months = barsOf(chartNamed(page, u"monthChart"_s));
        QVERIFY(qobject_cast<QStackedBarSeries *>(months));
        QCOMPARE(months->barSets().size(), 8); // states 1..8 all occur in the sample
        for (QBarSet *set : months->barSets()) {
            int state = -1;
            for (int s = 1; s <= 8; ++s)
                if (set->label() == ui::OrderText::state(static_cast<market::OrderState>(s)))
                    state = s;
            QVERIFY2(state > 0, qPrintable(set->label()));
            QCOMPARE(set->count(), f.perMonth.size());
            for (int month = 0; month < f.perMonth.size(); ++month)
                QCOMPARE(set->at(month), double(f.perMonth.at(month).byState.at(state)));
        }

        // One bar per bank, bureau, series, region, with its count and its name.
        const QList<std::pair<QString, QList<market::GroupCount>>> groups { { u"bankChart"_s, f.perBank },
            { u"bureauChart"_s, f.perBureau }, { u"seriesChart"_s, f.perSeries }, { u"regionChart"_s, f.perRegion } };
        for (const auto &[name, counts] : groups) {
            QChart *chart = chartNamed(page, name);
            QAbstractBarSeries *bars = barsOf(chart);
            QVERIFY2(bars && bars->barSets().size() == 1, qPrintable(name));
            QBarSet *set = bars->barSets().first();
            QCOMPARE(set->count(), counts.size());
            auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
            QVERIFY(axis);
            for (int i = 0; i < counts.size(); ++i) {
                QCOMPARE(set->at(i), double(counts.at(i).orders));
                QCOMPARE(axis->categories().at(i), counts.at(i).label);
            }
        }

        // The key numbers, each a count of the figure it names.
        auto *numbers = qobject_cast<ui::SupervisionNumbersModel *>(
            page.findChild<QTableView *>(u"supervisionNumbers"_s)->model());
        QVERIFY(numbers);
        const QList<std::pair<FigureKind, qint64>> expected { { FigureKind::Orders, f.orders },
            { FigureKind::Accepted, f.accepted }, { FigureKind::Rejected, f.rejected },
            { FigureKind::SlaBreach, f.slaBreaches }, { FigureKind::DisputeRaised, f.disputesRaised },
            { FigureKind::DisputeResolved, f.disputesResolved }, { FigureKind::Local, f.localOrders },
            { FigureKind::CrossRegion, f.crossRegionOrders }, { FigureKind::LetterMissing, f.letterMissing },
            { FigureKind::LetterExpired, f.letterExpired }, { FigureKind::LetterNotYetValid, f.letterNotYetValid },
            { FigureKind::RepeatedQuery, f.repeatedQueryOrders }, { FigureKind::OutsideHours, f.outsideHoursOrders },
            { FigureKind::Authorised, f.authorisedOrders },
            { FigureKind::AuthorisationRevokedSince, f.ordersWithRevokedAuthorisation } };
        for (const auto &[kind, count] : expected) {
            const int row = numbers->rowOf(kind);
            QVERIFY2(row >= 0, qPrintable(QString::number(int(kind))));
            QCOMPARE(numbers->index(row, 0).data(ui::SupervisionNumbersModel::kCountRole).toLongLong(), count);
        }
        QCOMPARE(numbers->index(numbers->rowOf(FigureKind::DisputeOutcome, u"退还服务费"_s), 0)
                     .data(ui::SupervisionNumbersModel::kCountRole)
                     .toLongLong(),
            4);

        // Per bank against its authorisations.
        QAbstractItemModel *banks = page.findChild<QTableView *>(u"bankAuthorisations"_s)->model();
        QCOMPARE(banks->rowCount(), 2);
        QCOMPARE(banks->index(0, 0).data().toString(), u"上海浦东发展银行"_s);
        QCOMPARE(banks->index(0, 4).data(Qt::EditRole).toLongLong(), 4);
        QCOMPARE(banks->index(0, ui::BankAuthorisationModel::Authorised).data(Qt::EditRole).toLongLong(), 26);
        QCOMPARE(banks->index(1, ui::BankAuthorisationModel::Recorded).data(Qt::EditRole).toLongLong(), 7);
        QCOMPARE(banks->headerData(ui::BankAuthorisationModel::Authorised, Qt::Horizontal).toString(),
            u"With a recorded authorisation"_s);

        // The recorded authorisations: records (no drill-down) and the share of orders placed with one.
        const auto valueOf = [numbers](const QString &caption) {
            for (int row = 0; row < numbers->rowCount(); ++row)
                if (numbers->index(row, 0).data().toString() == caption)
                    return numbers->index(row, 1).data().toString();
            return QString();
        };
        QCOMPARE(valueOf(u"Authorisations recorded"_s), u"37"_s);
        QCOMPARE(valueOf(u"Authorisations revoked"_s), u"19"_s);
        QCOMPARE(valueOf(u"Authorisations valid now"_s), u"23"_s);
        QCOMPARE(valueOf(u"Authorisations expired (not revoked)"_s), u"29"_s);
        QCOMPARE(valueOf(u"Share of orders placed with a recorded authorisation"_s),
            QLocale().toString(31.0 / 60.0 * 100.0, 'f', 1) + u" %"_s);

        // Where the figures were computed, and the banks offered as filter choices.
        const QString provenance = page.findChild<QLabel *>(u"dashboardProvenance"_s)->text();
        QVERIFY2(provenance.contains(u"1–420"_s) && provenance.contains(u"0x9a3c5e"_s) && provenance.contains(u"1234"_s)
                && provenance.contains(u"1000"_s),
            qPrintable(provenance));
        page.filterBar()->banks()->toggle(test::accountKey(test::kNingboBank), true);
        QCOMPARE(page.filterBar()->banks()->checkedLabels(), QStringList { u"宁波银行"_s });
    }

    void theFilterGoesToTheDeskAndItsFieldsCombine()
    {
        test::FakeRegulatorDesk desk;
        desk.figureAnswer = test::sampleFigures();
        ui::DashboardPage page(desk);
        QTRY_VERIFY(page.hasFigures());
        QCOMPARE(desk.figureFilters.size(), 1);
        QVERIFY(desk.figureFilters.first().banks.isEmpty() && desk.figureFilters.first().fromMs == 0);

        ui::SupervisionFilterBar *bar = page.filterBar();
        bar->banks()->toggle(test::accountKey(test::kPudongBank), true);
        QCOMPARE(desk.figureFilters.last().banks, QList<QByteArray> { test::kPudongBank });
        bar->series()->toggle(u"2"_s, true);
        bar->regions()->toggle(u"310000"_s, true);
        bar->regions()->toggle(u"330000"_s, true);
        bar->fromDate()->setDate(QDate(2026, 1, 15));
        bar->toDate()->setDate(QDate(2026, 2, 28));
        const market::SupervisionFilter last = desk.figureFilters.last();
        QCOMPARE(last.banks, QList<QByteArray> { test::kPudongBank });
        QCOMPARE(last.series, QList<market::Series> { market::Series::Lianrong });
        QCOMPARE(last.regions, (QList<quint32> { 310000, 330000 }));
        const QTimeZone china(8 * 3600);
        QCOMPARE(last.fromMs, QDateTime(QDate(2026, 1, 15), QTime(0, 0), china).toMSecsSinceEpoch());
        QCOMPARE(last.toMs, QDateTime(QDate(2026, 3, 1), QTime(0, 0), china).toMSecsSinceEpoch());
        QTRY_COMPARE(page.shownFilter().regions, last.regions);

        // "Any" clears one field and leaves the others.
        bar->banks()->menu()->findChild<QAction *>(u"any"_s)->trigger();
        QVERIFY(desk.figureFilters.last().banks.isEmpty());
        QCOMPARE(desk.figureFilters.last().series, last.series);
    }

    void clickingABarOrANumberNamesItsFigure()
    {
        test::FakeRegulatorDesk desk;
        desk.figureAnswer = test::sampleFigures();
        ui::DashboardPage page(desk);
        page.resize(1400, 1600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.hasFigures());
        page.filterBar()->series()->toggle(u"1"_s, true); // the drill-down carries the figures' filter
        QTRY_COMPARE(page.shownFilter().series, QList<market::Series> { market::Series::Liantong });
        QTest::qWait(200); // the new bars' layout
        QSignalSpy asked(&page, &ui::DashboardPage::ordersRequested);
        const auto lastFigure = [&asked] { return asked.last().at(1).value<market::FigureRef>(); };

        // The second bank's bar.
        auto *banks = page.findChild<QChartView *>(u"bankChart"_s);
        clickAt(banks, barsOf(banks->chart()), QPointF(15 * 0.25, 1)); // off the centred value label
        QTRY_COMPARE(asked.size(), 1);
        QCOMPARE(lastFigure().kind, FigureKind::Bank);
        QCOMPARE(lastFigure().key, test::accountKey(test::kNingboBank));
        QCOMPARE(lastFigure().state, -1);
        QCOMPARE(asked.last().at(0).value<market::SupervisionFilter>().series,
            QList<market::Series> { market::Series::Liantong });
        QCOMPARE(asked.last().at(2).toString(), u"宁波银行"_s);

        // February's "Completed" part of the stacked bar: above the sets drawn before it.
        auto *months = page.findChild<QChartView *>(u"monthChart"_s);
        QAbstractBarSeries *stacked = barsOf(months->chart());
        const QString completed = ui::OrderText::state(market::OrderState::Completed);
        double below = 0, height = 0;
        for (QBarSet *set : stacked->barSets()) {
            if (set->label() == completed) {
                height = set->at(1);
                break;
            }
            below += set->at(1);
        }
        QCOMPARE(height, 20.0);
        clickAt(months, stacked, QPointF(1, below + height / 2));
        QTRY_COMPARE(asked.size(), 2);
        QCOMPARE(lastFigure().kind, FigureKind::Month);
        QCOMPARE(lastFigure().key, u"2026-02"_s);
        QCOMPARE(lastFigure().state, int(market::OrderState::Completed));

        // A number: SLA breaches, chosen with the keyboard.
        auto *table = page.findChild<QTableView *>(u"supervisionNumbers"_s);
        auto *numbers = qobject_cast<ui::SupervisionNumbersModel *>(table->model());
        table->setFocus();
        table->setCurrentIndex(numbers->index(numbers->rowOf(FigureKind::SlaBreach), 1));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(asked.size(), 3);
        QCOMPARE(lastFigure().kind, FigureKind::SlaBreach);
        // A rate is not a set of orders: nothing to list.
        table->setCurrentIndex(numbers->index(3, 1)); // the acceptance rate
        QVERIFY(!numbers->figure(3));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(asked.size(), 3);

        // The bank table: the orders without a valid letter of the first bank.
        auto *authorisations = page.findChild<QTableView *>(u"bankAuthorisations"_s);
        authorisations->setFocus();
        authorisations->setCurrentIndex(authorisations->model()->index(0, 4));
        QTest::keyClick(authorisations, Qt::Key_Return);
        QCOMPARE(asked.size(), 4);
        QCOMPARE(lastFigure().kind, FigureKind::BankWithoutValidLetter);
        QCOMPARE(lastFigure().key, test::accountKey(test::kPudongBank));
    }

    void anAnswerOvertakenByANewerFilterIsDropped()
    {
        test::FakeRegulatorDesk desk;
        desk.holdFigures = true;
        ui::DashboardPage page(desk);
        QCOMPARE(desk.figureFilters.size(), 1);
        QVERIFY(page.isBusy());
        QVERIFY(!page.findChild<QPushButton *>(u"exportStatisticsReport"_s)->isEnabled());
        page.filterBar()->series()->toggle(u"3"_s, true);
        QCOMPARE(desk.figureFilters.size(), 2);

        desk.releaseHeldFigures(1, test::sampleFigures(60)); // the newer filter's answer first
        QTRY_VERIFY(page.hasFigures());
        QVERIFY(!page.isBusy());
        QCOMPARE(page.figures().orders, 60);
        desk.releaseHeldFigures(0, test::sampleFigures(999)); // then the older one's
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QCOMPARE(page.figures().orders, 60);
        QCOMPARE(page.shownFilter().series, QList<market::Series> { market::Series::Lianfu });
        QVERIFY(page.findChild<QPushButton *>(u"exportStatisticsReport"_s)->isEnabled());
    }

    void theDesksSignalsRefresh()
    {
        test::FakeRegulatorDesk desk;
        desk.figureAnswer = test::sampleFigures();
        ui::DashboardPage page(desk);
        QTRY_VERIFY(page.hasFigures());
        Q_EMIT desk.figuresChanged(421, 425);
        QCOMPARE(desk.figureFilters.size(), 2);
        Q_EMIT desk.privateFactsChanged();
        QCOMPARE(desk.figureFilters.size(), 3);
    }

    void theDesksErrorIsShown()
    {
        test::FakeRegulatorDesk desk;
        desk.figureAnswer = makeError(ErrorKind::Io, u"the light store is locked"_s);
        ui::DashboardPage page(desk);
        auto *message = page.findChild<QLabel *>(u"dashboardMessage"_s);
        QTRY_VERIFY(message->text().contains(u"the light store is locked"_s));
        QVERIFY(!page.hasFigures());
        QVERIFY(!page.isBusy());
    }

    void anomalyHitsLeadToTheirOrders()
    {
        test::FakeRegulatorDesk desk;
        desk.anomalyAnswer = sampleAnomalies();
        ui::AnomaliesPage page(desk);
        auto *table = page.findChild<QTableView *>(u"anomaliesTable"_s);
        QTRY_COMPARE(table->model()->rowCount(), 4);
        QCOMPARE(page.model()->totalOf(market::AnomalyRule::WithoutValidLetter), 5);
        QCOMPARE(page.model()->totalOf(market::AnomalyRule::Dispute), 4);
        const QString totals = page.findChild<QLabel *>(u"anomalyTotals"_s)->text();
        QVERIFY2(totals.contains(u": 5"_s) && totals.contains(u": 4"_s), qPrintable(totals));
        // The authorisation rules are listed with their totals, zero included.
        QVERIFY2(totals.contains(u"Authorisation used repeatedly: 3"_s)
                && totals.contains(u"Authorisation revoked soon after use: 0"_s),
            qPrintable(totals));
        QCOMPARE(page.model()->index(0, ui::AnomaliesModel::Subject).data().toString(),
            u"宁波银行 — 上海某某制造有限公司"_s);
        QCOMPARE(page.model()->index(0, ui::AnomaliesModel::Orders).data().toString(), u"4"_s);

        QSignalSpy asked(&page, &ui::AnomaliesPage::orderIdsRequested);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.last().at(0).value<QList<quint64>>(), (QList<quint64> { 21, 22, 23, 24 }));
        QVERIFY(asked.last().at(1).toString().contains(u"宁波银行"_s));

        // Sorted by time, the activated row still names its own hit.
        table->sortByColumn(ui::AnomaliesModel::Time, Qt::AscendingOrder);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(asked.last().at(0).value<QList<quint64>>(), QList<quint64> { 31 });
    }

    void rulesAndThresholdsRoundTrip()
    {
        market::AnomalySettings s;
        s.authorisationRule = false;
        s.repeatWindowDays = 14;
        s.repeatMinOrders = 5;
        s.disputeRule = false;
        s.workdayStartMinute = 8 * 60 + 30;
        s.workdayEndMinute = 17 * 60 + 30;
        ui::AnomalySettingsDialog dialog(s);
        QVERIFY(sameSettings(dialog.settings(), s));

        dialog.findChild<QCheckBox *>(u"ruleSla"_s)->setChecked(false);
        dialog.findChild<QSpinBox *>(u"repeatWindowDays"_s)->setValue(60);
        dialog.findChild<QTimeEdit *>(u"workdayStart"_s)->setTime(QTime(9, 15));
        dialog.findChild<QSpinBox *>(u"reuseMaxOrders"_s)->setValue(12);
        dialog.findChild<QSpinBox *>(u"revokedWithinDays"_s)->setValue(3);
        dialog.findChild<QCheckBox *>(u"ruleAuthorisationReuse"_s)->setChecked(false);
        QVERIFY(!dialog.findChild<QSpinBox *>(u"reuseWindowDays"_s)->isEnabled());
        market::AnomalySettings edited = s;
        edited.reuseMaxOrders = 12;
        edited.revokedWithinDays = 3;
        edited.authorisationReuseRule = false;
        edited.slaRule = false;
        edited.repeatWindowDays = 60;
        edited.workdayStartMinute = 9 * 60 + 15;
        QVERIFY(sameSettings(dialog.settings(), edited));

        // A working day that ends before it starts cannot be accepted.
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.findChild<QTimeEdit *>(u"workdayEnd"_s)->setTime(QTime(7, 0));
        QVERIFY(!ok->isEnabled());

        // Kept between runs, and given to the figures.
        QTemporaryDir dir;
        test::FakeRegulatorDesk desk;
        {
            auto store = storeIn(dir);
            ui::AnomaliesPage page(desk, store.get());
            QVERIFY(sameSettings(page.settings(), market::AnomalySettings {}));
            QSignalSpy changed(&page, &ui::AnomaliesPage::settingsChanged);
            page.setSettings(edited);
            QCOMPARE(changed.size(), 1);
        }
        auto store = storeIn(dir);
        QVERIFY(sameSettings(store->anomalySettings(), edited));
        ui::AnomaliesPage again(desk, store.get());
        QVERIFY(sameSettings(again.settings(), edited));
    }

    void theLastFilterIsKept()
    {
        QTemporaryDir dir;
        test::FakeRegulatorDesk desk;
        desk.figureAnswer = test::sampleFigures();
        market::SupervisionFilter chosen;
        {
            auto store = storeIn(dir);
            ui::DashboardPage page(desk, store.get());
            QTRY_VERIFY(page.hasFigures());
            page.filterBar()->bureaus()->toggle(test::accountKey(test::kHuaxinBureau), true);
            page.filterBar()->series()->toggle(u"2"_s, true);
            page.filterBar()->fromDate()->setDate(QDate(2026, 2, 1));
            chosen = page.filterBar()->filter();
        }
        auto store = storeIn(dir);
        ui::DashboardPage page(desk, store.get());
        const market::SupervisionFilter asked = desk.figureFilters.last();
        QCOMPARE(asked.bureaus, QList<QByteArray> { test::kHuaxinBureau });
        QCOMPARE(asked.series, chosen.series);
        QCOMPARE(asked.fromMs, chosen.fromMs);
        QCOMPARE(asked.toMs, 0);
        // A damaged stored account is dropped, not guessed.
        QSettings raw(dir.filePath(u"regulator.ini"_s), QSettings::IniFormat);
        raw.setValue(u"regulator/filter/banks"_s, QStringList { u"zz"_s, test::accountKey(test::kPudongBank).mid(2) });
        raw.sync();
        QCOMPARE(storeIn(dir)->filter().banks, QList<QByteArray> { test::kPudongBank });
    }
};

QTEST_MAIN(TestRegulatorPages)
#include "TestRegulatorPages.moc"
