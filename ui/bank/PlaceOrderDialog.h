// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Clock.h"
#include "desk/LetterFile.h"
#include "desk/OrderDraft.h"
#include "market/MarketRecords.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace credit::desk {
class BankDesk;
}

namespace credit::ui {

//! 下单: product, enterprise and its unified social credit code (checked as
//! typed), purpose, authorisation letter with its validity; then a review
//! page, then Sign & submit through the bank desk. The dialog may be closed
//! while the order is being sent: the order carries on and shows as pending.
class PlaceOrderDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceOrderDialog)
public:
    //! products: the listed products; preselected: the product chosen in the catalogue (0: none).
    //! clock: today, for the letter's validity (must outlive the dialog).
    PlaceOrderDialog(desk::BankDesk &desk, QList<market::ProductInfo> products, quint64 preselected = 0,
        QWidget *parent = nullptr, const Clock &clock = systemClock());

    //! Reads the letter at path off the GUI thread (the attach button asks for the path first).
    void setLetterFile(const QString &path);
    //! Opens the attached letter (PDF or image) in a preview window; nothing without a letter.
    void previewLetter();
    //! Takes the attached letter off the order.
    void removeLetter();
    //! What is still missing or wrong on the form; empty when it can be reviewed.
    QString problem() const;
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
    void chooseLetter();
    void review();
    void submit();
    void setBusy(bool busy);
    void onFailed(quint64 orderId, const QString &message);

    desk::BankDesk &m_desk;
    const Clock &m_clock;
    QList<market::ProductInfo> m_products;
    std::optional<desk::LetterFile> m_letter;
    bool m_readingLetter = false;
    bool m_busy = false;
    quint64 m_orderId = 0;

    QStackedWidget *m_pages = nullptr;
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
