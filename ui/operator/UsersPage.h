// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/PageStatus.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace credit::desk {
class MarketReader;
class OperatorDesk;
} // namespace credit::desk

namespace credit::ui {

class EmptyListNotice;
class UserImportDialog;
class UsersModel;

//! 开立查询用户: the users of one institution with their status; open a user
//! (a new key, or the user's own public key), import a list of users from a
//! CSV file, freeze or unfreeze a user after a confirmation. Sends go through
//! the operator's desk and are followed until a verified block holds them.
class UsersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)
public:
    //! Both must outlive the page.
    UsersPage(desk::MarketReader &reader, desk::OperatorDesk &desk, QWidget *parent = nullptr);

    //! Re-reads the institutions and the chosen one's users (on every commit).
    void refresh();
    //! Shows the users of `institution` (an account in the list).
    void showInstitution(const QByteArray &institution);
    //! Opens the dialog that opens a user for the chosen institution.
    void openUser();
    //! Asks to freeze (or unfreeze) the selected user.
    void toggleSelected();
    //! Imports the user list at `path` for the chosen institution (the page's
    //! Import CSV… asks for the file, then calls this).
    UserImportDialog *importFile(const QString &path);
    UsersModel *model() const { return m_model; }

private:
    QByteArray institution() const;
    QString institutionName() const;
    //! " Hand the key file … to the user…" while the user of `key` was opened with a generated key; else empty.
    QString handOver(quint64 key) const;
    QByteArray selectedAccount() const;
    void loadUsers();
    void chooseImportFile();
    void updateActions();
    void updatePending();

    desk::MarketReader &m_reader;
    desk::OperatorDesk &m_desk;
    UsersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_institutions;
    QLineEdit *m_search;
    QTableView *m_table;
    EmptyListNotice *m_empty;
    QPushButton *m_open;
    QPushButton *m_import;
    QPushButton *m_toggle;
    PageStatus m_status;
    QSet<quint64> m_started; //!< keys of the sends this page made and still follows (their outcome shows here)
    QHash<quint64, QString> m_names; //!< their users' names
    QHash<quint64, QString> m_keyFiles; //!< the key files generated for users being opened
};

} // namespace credit::ui
