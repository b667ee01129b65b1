// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/PageStatus.h"

#include <QByteArray>
#include <QSet>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace credit::desk {
class MarketReader;
class OperatorDesk;
} // namespace credit::desk

namespace credit::ui {

class InstitutionHistoryModel;
class InstitutionsModel;

//! 机构管理: every institution of the chain with its status; register a new
//! one, activate or deactivate one (with a confirmation), and the history of
//! each change with its proof. Sends go through the operator's desk and are
//! followed until a verified block holds them.
class InstitutionsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstitutionsPage)
public:
    //! Both must outlive the page.
    InstitutionsPage(desk::MarketReader &reader, desk::OperatorDesk &desk, QWidget *parent = nullptr);

    //! Re-reads the institutions from the verified store (on every commit).
    void refresh();
    //! Opens the registration dialog.
    void registerInstitution();
    //! Asks to deactivate (or activate) the selected institution.
    void toggleSelected();
    InstitutionsModel *model() const { return m_model; }

private:
    QByteArray selectedAccount() const;
    void showSelected();

    desk::MarketReader &m_reader;
    desk::OperatorDesk &m_desk;
    InstitutionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    InstitutionHistoryModel *m_history;
    QLineEdit *m_search;
    QTableView *m_table;
    QTableView *m_historyTable;
    QPushButton *m_register;
    QPushButton *m_toggle;
    PageStatus m_status;
    QSet<quint64> m_started; //!< keys of the sends this page made and still follows
};

} // namespace credit::ui
