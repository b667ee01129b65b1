// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/UserCsvImport.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace credit::ui {

class UserImportModel;

//! Imports a user list (CSV) for one institution: reads the file off the GUI
//! thread, checks each user with the desk, then opens the accepted ones one
//! after the other, each followed until a verified block holds it. A report
//! row per user of the file (opened, refused and why, pending) with a
//! summary; the report exports as CSV. Stop leaves the users not sent yet.
class UserImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserImportDialog)
public:
    //! desk must outlive the dialog. Starts reading `path` at once.
    UserImportDialog(desk::OperatorDesk &desk, QByteArray institution, const QString &institutionName,
        const QString &path, QWidget *parent = nullptr);

    UserImportModel *model() const { return m_model; }
    //! "12 opened and 3 refused", or why the file was refused as a whole.
    QString summary() const;
    //! Stops: users not sent yet are left out; those sent are still followed.
    void stop();
    //! Nothing more will be sent and nothing sent is waiting for its block.
    bool isFinished() const;

    void reject() override;

private:
    void showRows(const Result<QList<desk::UserCsvRow>> &rows);
    //! Checks the next few users with the desk, then comes back on the next turn of the event loop.
    void checkSome();
    void sendNext();
    void onSent(quint64 key, quint64 block);
    void onFailed(quint64 key, const QString &reason);
    void onConfirmed(quint64 key, quint64 block, bool succeeded);
    void updateSummary();

    desk::OperatorDesk &m_desk;
    QByteArray m_institution;
    UserImportModel *m_model;
    QTableView *m_table;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_stop;
    QString m_fileProblem;
    QList<desk::UserDraft> m_drafts; //!< the file's users, by report row
    int m_nextCheck = 0;
    int m_nextSend = 0;
    bool m_read = false;
    bool m_stopped = false;
    quint64 m_sending = 0; //!< the key handed to the desk and not yet executed (0: none)
    QHash<quint64, int> m_rowOfKey; //!< users sent and not yet verified -> their report row
};

} // namespace credit::ui
