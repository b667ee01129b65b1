// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Clock.h"
#include "desk/DisputeCase.h"
#include "market/MarketRecords.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace credit::desk {
class MarketReader;
class MediatorDesk;
} // namespace credit::desk

namespace credit::ui {

class DisputesModel;
class InboxOrderPane;
class OrderDetailsPanel;

//! The mediator's 纠纷列表: disputes assigned to us (open first), filtered
//! by stage and searched; the chosen one's timeline with proofs, what its
//! grant lets us read (request, letter, report) and Resolve….
class DisputesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisputesPage)
public:
    //! reader, desk and clock must outlive the page.
    DisputesPage(desk::MarketReader &reader, desk::MediatorDesk &desk, const Clock &clock = systemClock(),
        QWidget *parent = nullptr);

    //! Re-reads the disputes from the verified store.
    void refresh();
    //! Chooses the dispute on orderId (clearing filters that hide it); false when it is not ours.
    bool selectDispute(quint64 orderId);
    quint64 shownOrder() const { return m_shown; }

private:
    void buildLayout();
    int selectedRow() const;
    void onSelectionChanged();
    void showDispute(const market::DisputeInfo &dispute);
    void showCase(const desk::DisputeCaseFiles &files);
    void updateButtons();
    void showMessage(const QString &text, bool error = false);
    void resolveDispute();
    void viewReport();

    desk::MarketReader &m_reader;
    desk::MediatorDesk &m_desk;
    const Clock &m_clock;
    DisputesModel *m_model;
    QSortFilterProxyModel *m_stageFilter;
    QSortFilterProxyModel *m_search;
    QTableView *m_table = nullptr;
    QComboBox *m_stage = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    OrderDetailsPanel *m_timeline = nullptr;
    InboxOrderPane *m_request = nullptr;
    QLabel *m_reportStatus = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_viewReport = nullptr;
    quint64 m_shown = 0; //!< the dispute shown below the list (chosen; may have left the filter since)
    bool m_sized = false;
    bool m_refreshing = false; //!< a refresh resets the rows: not a change of choice
    QHash<quint64, desk::DisputeCaseFiles> m_cases; // opened this session, in memory only
    QSet<quint64> m_opening;
};

} // namespace credit::ui
