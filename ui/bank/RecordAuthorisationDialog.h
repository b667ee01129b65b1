// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "bank/LetterReading.h"
#include "common/Clock.h"
#include "desk/AuthorisationDesk.h"
#include "desk/LetterFile.h"
#include "market/MarketRecords.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QStandardItemModel;

namespace credit::ui {

//! 记录授权: a letter the enterprise signed, recorded before any order uses
//! it — the enterprise and its unified social credit code (checked as typed),
//! the purpose, what it covers (a whole series or products of the catalogue)
//! and the letter with its validity. What keeps it from being recorded shows as
//! the officer types; Record sends it through the authorisation desk and the
//! dialog follows it until a verified block holds it (or it failed).
class RecordAuthorisationDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordAuthorisationDialog)
public:
    //! products: the catalogue's listed products. desk and clock must outlive the dialog.
    RecordAuthorisationDialog(desk::AuthorisationDesk &desk, QList<market::ProductInfo> products,
        QWidget *parent = nullptr, const Clock &clock = systemClock());

    //! Reads the letter at path off the GUI thread (the attach button asks for the path first).
    void setLetterFile(const QString &path);
    //! What keeps the form from being recorded; empty when it can be.
    QString problem() const;
    desk::AuthorisationDraft draft() const;
    //! The authorisation's id once Record started it (0 before).
    quint64 authorisationId() const { return m_id; }
    //! Sends the draft (what the Record button does).
    void record();

Q_SIGNALS:
    //! Record started: the desk sends the authorisation under this id.
    void recordingStarted(quint64 authorisationId);

private:
    QDate today() const;
    void updateForm();
    void chooseLetter();
    void setStatus(const QString &text, bool error);

    desk::AuthorisationDesk &m_desk;
    const Clock &m_clock;
    QList<market::ProductInfo> m_products;
    LetterInput m_letter;
    quint64 m_id = 0; //!< sent and followed; 0: nothing sent yet (or it failed)
    bool m_done = false; //!< a verified block holds it

    QLineEdit *m_enterprise = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_codeHint = nullptr;
    QLineEdit *m_purpose = nullptr;
    QComboBox *m_scope = nullptr;
    QStandardItemModel *m_productChoice = nullptr;
    QListView *m_productList = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_preview = nullptr;
    QLabel *m_letterStatus = nullptr;
    QDateEdit *m_validFrom = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QLabel *m_problem = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace credit::ui
