// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Clock.h"
#include "common/PageStatus.h"

#include <QSet>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace credit::desk {
class AuthorisationDesk;
class MarketReader;
} // namespace credit::desk

namespace credit::ui {

class AuthorisationsModel;
class EmptyListNotice;

//! 授权管理: the bank's recorded authorisations with their validity and
//! status, the enterprise of each as its letter opens, and under the table the
//! selected one's uses (授权使用痕迹). Revoke asks for a reason and names the
//! enterprise; sends go through the authorisation desk and are followed until
//! a verified block holds them. Record authorisation… records a letter before
//! any order uses it.
class AuthorisationsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorisationsPage)
public:
    //! reader, desk and clock must outlive the page.
    AuthorisationsPage(desk::MarketReader &reader, desk::AuthorisationDesk &desk, const Clock &clock = systemClock(),
        QWidget *parent = nullptr);

    //! Re-reads the authorisations (on every commit) and opens letters not yet open.
    void refresh();
    //! Opens the Record authorisation dialog (记录授权) over the catalogue's listed products.
    void recordNew();
    //! Follows an authorisation the Record dialog started: the message bar tells
    //! how it went, and the page selects it once a verified block lists it.
    void followRecording(quint64 authorisationId);
    //! Asks for a reason and confirmation, then revokes the selected authorisation.
    void revokeSelected();
    //! Revokes without asking (what revokeSelected does once confirmed); an empty reason is refused here.
    bool revoke(quint64 authorisationId, const QString &reason);
    AuthorisationsModel *model() const { return m_model; }
    QStandardItemModel *usesModel() const { return m_uses; }
    //! The selected authorisation's id, or 0.
    quint64 selectedId() const;

private:
    void loadUses();
    void updateActions();
    void updateBusy();
    QString enterpriseOf(quint64 authorisationId) const;

    desk::MarketReader &m_reader;
    desk::AuthorisationDesk &m_desk;
    const Clock &m_clock;
    AuthorisationsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStandardItemModel *m_uses;
    QLineEdit *m_search;
    QTableView *m_table;
    QTableView *m_usesTable;
    EmptyListNotice *m_empty;
    QPushButton *m_record;
    QPushButton *m_revoke;
    PageStatus m_status;
    QSet<quint64> m_asked; //!< letters asked of the desk this page (answered or not)
    QSet<quint64> m_started; //!< sends this page made and still follows
    quint64 m_toSelect = 0; //!< recorded from this page: selected once the list has it
};

} // namespace credit::ui
