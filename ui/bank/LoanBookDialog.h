// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Clock.h"
#include "desk/LoanBookCsv.h"
#include "market/MarketRecords.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace credit::desk {
class AuthorisationDesk;
class BankDesk;
class LoanBookRequery;
} // namespace credit::desk

namespace credit::ui {

class LoanBookModel;

//! 贷后批量查询: re-queries a loan book. Reads the file (CSV of enterprise
//! names and credit codes) off the GUI thread and lists its enterprises; the
//! loan officer chooses a product that needs an authorisation and the
//! purpose, and Place orders places one order per enterprise, each naming the
//! enterprise's recorded authorisation, one after the other with progress.
//! Stop ends the batch after the order in hand. Every row ends with its result;
//! the list exports as CSV.
class LoanBookDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoanBookDialog)
public:
    //! The desks must outlive the dialog; products: the listed products (those
    //! that need an authorisation are offered). Starts reading `path` at once.
    LoanBookDialog(desk::BankDesk &bank, desk::AuthorisationDesk &authorisations,
        const QList<market::ProductInfo> &products, const QString &path, QWidget *parent = nullptr,
        const Clock &clock = systemClock());
    ~LoanBookDialog() override;

    LoanBookModel *model() const { return m_model; }
    //! "3 ordered, 1 without authorisation …", or why nothing was ordered.
    QString summary() const;
    //! Places the orders (what the Place orders button does).
    void placeOrders();
    //! Ends the batch after the order in hand.
    void stop();
    //! Nothing is being placed: not started, or every row has its result.
    bool isIdle() const;
    void reject() override;

private:
    void showRows(const Result<QList<desk::LoanBookRow>> &rows);
    const market::ProductInfo *product() const;
    void updateForm();
    void updateSummary();

    desk::BankDesk &m_bank;
    desk::AuthorisationDesk &m_authorisations;
    const Clock &m_clock;
    QList<market::ProductInfo> m_products; //!< those that need an authorisation
    QList<desk::LoanBookRow> m_rows;
    QString m_problem; //!< why nothing can be ordered (the file, the batch)
    desk::LoanBookRequery *m_batch = nullptr;

    LoanBookModel *m_model;
    QComboBox *m_product;
    QLineEdit *m_purpose;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableView *m_table;
    QPushButton *m_place;
    QPushButton *m_stop;
};

} // namespace credit::ui
