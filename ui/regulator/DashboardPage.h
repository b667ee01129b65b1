// SPDX-License-Identifier: Apache-2.0
// The regulator's 监管驾驶舱: the figures for the chosen filter, as charts
// and tables, with the block range and head hash they were computed at.
// Asked of the desk off the GUI thread; a newer filter's answer replaces an
// older one that is still being computed. Any bar, slice or number opens the
// orders behind it (ordersRequested: the order browser shows them).
#pragma once

#include "market/SupervisionRecords.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace credit::desk {
class RegulatorDesk;
} // namespace credit::desk

namespace credit::ui {

class BankAuthorisationModel;
class DashboardCharts;
class PageStatus;
class RegulatorSettings;
class SupervisionFilterBar;
class SupervisionNumbersModel;

class DashboardPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    //! desk and store (may be null: nothing kept between runs) must outlive the page.
    explicit DashboardPage(desk::RegulatorDesk &desk, RegulatorSettings *store = nullptr, QWidget *parent = nullptr);
    ~DashboardPage() override;

    //! Asks the desk for the figures of the filter shown (the answer replaces any pending one).
    void refresh();
    //! The rules' settings the figures use (repeated-query window, working hours); refreshes.
    void setAnomalySettings(const market::AnomalySettings &settings);
    //! Writes the statistics report of the figures shown to path, off the GUI thread.
    void exportReport(const QString &path);

    SupervisionFilterBar *filterBar() const { return m_filterBar; }
    DashboardCharts *charts() const { return m_charts; }
    //! Computing figures or writing a report.
    bool isBusy() const { return m_pending || m_writing; }
    bool hasFigures() const { return m_hasFigures; }
    const market::SupervisionFigures &figures() const { return m_figures; }
    //! The filter the figures shown were computed for.
    const market::SupervisionFilter &shownFilter() const { return m_shownFilter; }

Q_SIGNALS:
    //! The orders behind a figure (computed with filter) are to be listed.
    void ordersRequested(
        const market::SupervisionFilter &filter, const market::FigureRef &figure, const QString &caption);
    void reportWritten(const QString &path);
    void reportFailed(const QString &message);

private:
    void buildLayout();
    void showFigures(const market::SupervisionFigures &figures, const market::SupervisionFilter &filter);
    void updateBusy();
    void chooseReportFile();
    void requestOrders(const market::FigureRef &figure, const QString &caption);

    desk::RegulatorDesk &m_desk;
    RegulatorSettings *m_store;
    market::AnomalySettings m_anomalySettings;
    SupervisionFilterBar *m_filterBar = nullptr;
    DashboardCharts *m_charts = nullptr;
    SupervisionNumbersModel *m_numbers;
    BankAuthorisationModel *m_banks;
    QTableView *m_numbersView = nullptr;
    QTableView *m_banksView = nullptr;
    QLabel *m_provenance = nullptr;
    std::unique_ptr<PageStatus> m_status; // its widgets are the page's children
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    market::SupervisionFigures m_figures;
    market::SupervisionFilter m_shownFilter;
    quint64 m_generation = 0; //!< the newest question; older answers are dropped
    bool m_pending = false;
    bool m_hasFigures = false;
    bool m_writing = false;
};

} // namespace credit::ui
