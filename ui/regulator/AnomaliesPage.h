// SPDX-License-Identifier: Apache-2.0
// 穿透式监管's rule hits: orders without a valid authorisation letter,
// repeated queries, missed delivery deadlines, disputes — each with the orders
// behind it (orderIdsRequested: the order browser lists them), the totals per
// rule, and the rules' settings ("Rules and thresholds…").
#pragma once

#include "market/SupervisionRecords.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace credit::desk {
class RegulatorDesk;
} // namespace credit::desk

namespace credit::ui {

class AnomaliesModel;
class PageStatus;
class RegulatorSettings;

class AnomaliesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnomaliesPage)
public:
    //! At most this many hits of each rule are listed (the totals count them all).
    static constexpr int kHitsPerRule = 500;

    //! desk and store (may be null: settings last for this run only) must outlive the page.
    explicit AnomaliesPage(desk::RegulatorDesk &desk, RegulatorSettings *store = nullptr, QWidget *parent = nullptr);
    ~AnomaliesPage() override;

    //! The dashboard's filter (and its words); refreshes.
    void setFilter(const market::SupervisionFilter &filter, const QString &description);
    //! Asks the desk for the hits (the answer replaces any pending one).
    void refresh();
    const market::AnomalySettings &settings() const { return m_settings; }
    //! Keeps settings, refreshes and tells settingsChanged.
    void setSettings(const market::AnomalySettings &settings);
    //! Opens "Rules and thresholds…".
    void editSettings();
    AnomaliesModel *model() const { return m_model; }
    bool isBusy() const { return m_pending; }

Q_SIGNALS:
    void orderIdsRequested(const QList<quint64> &ids, const QString &caption);
    void settingsChanged(const market::AnomalySettings &settings);

private:
    void showList(const market::AnomalyList &list);

    desk::RegulatorDesk &m_desk;
    RegulatorSettings *m_store;
    market::AnomalySettings m_settings;
    market::SupervisionFilter m_filter;
    AnomaliesModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table = nullptr;
    QLabel *m_filterText = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_provenance = nullptr;
    std::unique_ptr<PageStatus> m_status; // its widgets are the page's children
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace credit::ui
