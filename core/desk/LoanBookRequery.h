// SPDX-License-Identifier: Apache-2.0
// Re-querying a loan book (贷后批量查询): one order of one product for each
// enterprise of the book, each naming the enterprise's recorded authorisation
// (no new letter: the bank records letters on the Authorisations page). The
// orders go one after the other — each is a signed transaction and a charge,
// so the officer can stop the batch after the order in hand — and every row
// ends with its own result.
#pragma once

#include "common/Clock.h"
#include "desk/AuthorisationDesk.h"
#include "desk/LoanBookCsv.h"
#include "market/MarketRecords.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace credit::desk {

class BankDesk;

//! One enterprise of the book and how its order went.
struct LoanBookEntry {
    enum class Status : quint8 {
        Refused, //!< the file check refused the row (row.refusal); no order
        Waiting, //!< not reached yet
        NoAuthorisation, //!< no recorded authorisation the order could name; no order
        Sending, //!< placed; the node has not executed it yet
        Sent, //!< executed; awaits its verified block
        Confirmed, //!< a verified block holds the order
        Failed, //!< not placed (message says why)
        Skipped, //!< the batch was stopped before this row
    };
    LoanBookRow row;
    Status status = Status::Waiting;
    quint64 orderId = 0;
    quint64 authorisationId = 0;
    QString message; //!< why, for NoAuthorisation, Failed and Refused
};

//! The batch. Give it the rows, the product and the purpose; start() reads the
//! bank's authorisations, opens their letters (to match enterprises: the chain
//! knows them only by commitment) and places the orders. Signals come on the
//! caller's thread. Nothing is placed twice: a stopped batch stays stopped.
class LoanBookRequery final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoanBookRequery)
public:
    LoanBookRequery(BankDesk &bank, AuthorisationDesk &authorisations, market::ProductInfo product, QString purpose,
        const QList<LoanBookRow> &rows, const Clock &clock = systemClock(), QObject *parent = nullptr);
    ~LoanBookRequery() override;

    //! Starts the batch (once); false with failed() when the bank's authorisations cannot be read.
    bool start();
    //! Stops after the order in hand: rows not reached become Skipped.
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<LoanBookEntry> &entries() const { return m_entries; }
    //! Rows finished (any outcome but Waiting and Sending) of the rows that take part (not Refused).
    int done() const;
    int total() const;
    //! Rows per status.
    int count(LoanBookEntry::Status status) const;

Q_SIGNALS:
    void entryChanged(int index);
    //! done() of total() changed.
    void progress(int done, int total);
    //! Every row has its result (or the batch was stopped).
    void finished();
    //! The batch could not start; message says what to do.
    void failed(const QString &message);

private:
    void onLetterOpened(const AuthorisationLetterView &letter);
    void onLetterFailed(quint64 authorisationId, const QString &message);
    void letterAnswered(quint64 authorisationId);
    void placeNext();
    void settle(int index, LoanBookEntry::Status status, const QString &message = {});
    void onOrderSent(quint64 orderId);
    void onOrderFailed(quint64 orderId, const QString &message);
    void onOrderConfirmed(quint64 orderId);
    void finish();

    BankDesk &m_bank;
    AuthorisationDesk &m_authorisations;
    const Clock &m_clock;
    market::ProductInfo m_product;
    QString m_purpose;
    QList<LoanBookEntry> m_entries;
    QList<market::AuthorisationInfo> m_recorded;
    QHash<quint64, AuthorisationLetterView> m_letters;
    QSet<quint64> m_lettersAwaited;
    int m_lettersUnopened = 0;
    QHash<quint64, int> m_indexOfOrder;
    int m_next = 0; //!< the next row to place
    int m_inHand = -1; //!< the row whose order is being sent
    bool m_started = false, m_running = false, m_cancelled = false;
};

} // namespace credit::desk
