// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/OrderRequest.h"
#include "market/MarketRecords.h"

#include <QWidget>

class QLabel;

namespace credit {
class Clock;
}

namespace credit::ui {

class AuthorisationLetterView;

//! The chosen inbox order: what the chain says (product, bank, state, SLA)
//! and what only the parties can read (the decrypted request: enterprise,
//! code, purpose, authorisation letter).
class InboxOrderPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxOrderPane)
public:
    //! clock: today, for the letter's validity (must outlive the pane).
    explicit InboxOrderPane(const Clock &clock, QWidget *parent = nullptr);

    //! Shows an order's chain facts; the request part says it is being decrypted.
    void showOrder(const market::OrderSummary &order);
    void setRequest(const market::OrderRequest &request);
    void setRequestError(const QString &message);
    void clear();

private:
    QLabel *addField(const char *objectName);

    QLabel *m_title;
    QLabel *m_chainFacts;
    QLabel *m_status;
    QLabel *m_enterprise;
    QLabel *m_code;
    QLabel *m_purpose;
    QLabel *m_requester;
    AuthorisationLetterView *m_letter;
    const Clock &m_clock;
};

} // namespace credit::ui
