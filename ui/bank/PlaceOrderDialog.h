// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "bank/LetterReading.h"
#include "common/Clock.h"
#include "desk/LetterFile.h"
#include "desk/OrderDraft.h"
#include "desk/UsableAuthorisations.h"
#include "market/MarketRecords.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace credit::desk {
class AuthorisationDesk;
class BankDesk;
} // namespace credit::desk

namespace credit::ui {

//! 下单: product, enterprise and its unified social credit code (checked as
//! typed), purpose, authorisation letter with its validity; then a review
//! page, then Sign & submit through the bank desk. The dialog may be closed
//! while the order is being sent: the order carries on and shows as pending.
//! When the product needs an authorisation and the bank recorded one for the
//! typed enterprise that covers it today, the dialog offers to use it (one
//! transaction, no new record) instead of attaching a new letter.
class PlaceOrderDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceOrderDialog)
public:
    //! products: the listed products; preselected: the product chosen in the catalogue (0: none).
    //! clock: today, for the letter's validity (must outlive the dialog).
    //! authorisations: the bank's recorded ones to offer (null: none offered; must outlive the dialog).
    PlaceOrderDialog(desk::BankDesk &desk, QList<market::ProductInfo> products, quint64 preselected = 0,
        QWidget *parent = nullptr, const Clock &clock = systemClock(),
        desk::AuthorisationDesk *authorisations = nullptr);

    //! Reads the letter at path off the GUI thread (the attach button asks for the path first).
    void setLetterFile(const QString &path);
    //! Opens the attached letter (PDF or image) in a preview window; nothing without a letter.
    void previewLetter();
    //! Takes the attached letter off the order.
    void removeLetter();
    //! What is still missing or wrong on the form; empty when it can be reviewed.
    QString problem() const;
    //! The recorded authorisations offered for the product and enterprise as typed, newest first.
    const QList<desk::UsableAuthorisation> &usableAuthorisations() const { return m_usable; }
    //! Chooses the recorded authorisation to use (0: attach a new letter instead).
    void useRecordedAuthorisation(quint64 authorisationId);
    //! The order id once submitted (0 before).
    quint64 orderId() const { return m_orderId; }

Q_SIGNALS:
    //! The order was sent (it shows as pending until a verified block has it).
    void orderSent(quint64 orderId);

private:
    QWidget *buildForm();
    QWidget *buildReview();
    const market::ProductInfo *product() const;
    desk::OrderDraft draft() const;
    QDate today() const;
    void updateForm();
    void loadRecordedAuthorisations();
    void updateRecordedChoice();
    //! The recorded authorisation chosen, or null (a new letter).
    const desk::UsableAuthorisation *chosenRecorded() const;
    void chooseLetter();
    void review();
    void submit();
    void setBusy(bool busy);
    void onFailed(quint64 orderId, const QString &message);

    desk::BankDesk &m_desk;
    const Clock &m_clock;
    QList<market::ProductInfo> m_products;
    LetterInput m_letter;
    desk::AuthorisationDesk *m_authorisations;
    QList<market::AuthorisationInfo> m_recorded; //!< valid when the dialog opened
    QHash<quint64, desk::AuthorisationLetterView> m_recordedLetters; //!< as they open
    QList<desk::UsableAuthorisation> m_usable; //!< what the choice offers
    bool m_newLetterChosen = false; //!< the officer chose to attach a new letter over a recorded one
    bool m_busy = false;
    quint64 m_orderId = 0;

    QStackedWidget *m_pages = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_authorisationChoice = nullptr;
    QComboBox *m_product = nullptr;
    QLabel *m_productInfo = nullptr;
    QLineEdit *m_enterprise = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_codeHint = nullptr;
    QLineEdit *m_purpose = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_previewLetter = nullptr;
    QPushButton *m_removeLetter = nullptr;
    QLabel *m_letterStatus = nullptr;
    QDateEdit *m_validFrom = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QLabel *m_formProblem = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_submitStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace credit::ui
