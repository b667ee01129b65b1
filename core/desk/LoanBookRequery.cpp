// SPDX-License-Identifier: Apache-2.0
#include "desk/LoanBookRequery.h"

#include "desk/BankDesk.h"
#include "desk/UsableAuthorisations.h"

#include <QCoreApplication>
#include <QDateTime>

namespace credit::desk {

LoanBookRequery::LoanBookRequery(BankDesk &bank, AuthorisationDesk &authorisations, market::ProductInfo product,
    QString purpose, const QList<LoanBookRow> &rows, const Clock &clock, QObject *parent)
    : QObject(parent), m_bank(bank), m_authorisations(authorisations), m_clock(clock), m_product(std::move(product)),
      m_purpose(std::move(purpose))
{
    for (const LoanBookRow &row : rows) {
        LoanBookEntry entry;
        entry.row = row;
        if (!row.refusal.isEmpty()) {
            entry.status = LoanBookEntry::Status::Refused;
            entry.message = row.refusal;
        }
        m_entries << entry;
    }
}

LoanBookRequery::~LoanBookRequery() = default;

bool LoanBookRequery::start()
{
    if (m_started)
        return false;
    m_started = true;
    auto recorded = m_authorisations.authorisations();
    if (!recorded) {
        Q_EMIT failed(QCoreApplication::translate(
            "LoanBookRequery", "The bank's recorded authorisations cannot be read: %1 Nothing was ordered.")
                          .arg(recorded.error().message));
        return false;
    }
    m_recorded = *recorded;
    m_running = true;
    connect(&m_authorisations, &AuthorisationDesk::letterOpened, this, &LoanBookRequery::onLetterOpened);
    connect(&m_authorisations, &AuthorisationDesk::letterFailed, this, &LoanBookRequery::onLetterFailed);
    connect(&m_bank, &BankDesk::orderSent, this, &LoanBookRequery::onOrderSent);
    connect(&m_bank, &BankDesk::orderFailed, this, &LoanBookRequery::onOrderFailed);
    connect(&m_bank, &BankDesk::orderConfirmed, this, &LoanBookRequery::onOrderConfirmed);
    Q_EMIT progress(done(), total());

    // Only letters of authorisations valid now can name an order; the chain
    // knows the enterprise by commitment only, so each is opened to match it.
    const auto nowMs = static_cast<quint64>(m_clock.epochMs());
    QList<quint64> open;
    for (const market::AuthorisationInfo &a : std::as_const(m_recorded))
        if (a.validAt(nowMs))
            open << a.authorisationId;
    m_lettersAwaited = QSet<quint64>(open.cbegin(), open.cend());
    if (open.isEmpty())
        placeNext();
    else
        m_authorisations.openLetters(open); // may answer letters it knows at once
    return true;
}

void LoanBookRequery::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_inHand < 0)
        placeNext(); // nothing in hand (still opening letters): stop now
}

int LoanBookRequery::done() const
{
    int n = 0;
    for (const LoanBookEntry &e : m_entries)
        n += e.status != LoanBookEntry::Status::Refused && e.status != LoanBookEntry::Status::Waiting
                && e.status != LoanBookEntry::Status::Sending
            ? 1
            : 0;
    return n;
}

int LoanBookRequery::total() const
{
    return static_cast<int>(m_entries.size()) - count(LoanBookEntry::Status::Refused);
}

int LoanBookRequery::count(LoanBookEntry::Status status) const
{
    return static_cast<int>(
        std::count_if(m_entries.cbegin(), m_entries.cend(), [status](const auto &e) { return e.status == status; }));
}

void LoanBookRequery::onLetterOpened(const AuthorisationLetterView &letter)
{
    m_letters.insert(letter.authorisationId, letter);
    letterAnswered(letter.authorisationId);
}

void LoanBookRequery::onLetterFailed(quint64 authorisationId, const QString &)
{
    if (m_lettersAwaited.contains(authorisationId))
        ++m_lettersUnopened;
    letterAnswered(authorisationId);
}

void LoanBookRequery::letterAnswered(quint64 authorisationId)
{
    // Other screens open letters too: only the batch's own count, once.
    if (!m_lettersAwaited.remove(authorisationId) || !m_lettersAwaited.isEmpty())
        return;
    if (m_running && m_inHand < 0 && m_next == 0)
        placeNext();
}

void LoanBookRequery::placeNext()
{
    const auto nowMs = static_cast<quint64>(m_clock.epochMs());
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.epochMs()).date();
    while (m_next < m_entries.size()) {
        const int i = m_next++;
        LoanBookEntry &entry = m_entries[i];
        if (entry.status != LoanBookEntry::Status::Waiting)
            continue;
        if (m_cancelled) {
            settle(i, LoanBookEntry::Status::Skipped);
            continue;
        }
        const QList<UsableAuthorisation> usable
            = usableAuthorisations(m_recorded, m_letters, m_product, entry.row.enterpriseCode, nowMs);
        if (usable.isEmpty()) {
            QString why = m_product.authorisationRequired
                ? QCoreApplication::translate("LoanBookRequery",
                    "No recorded authorisation of this enterprise covers the product today. Record its "
                    "letter on the Authorisations page, then re-query this enterprise.")
                : QCoreApplication::translate("LoanBookRequery",
                    "The product needs no authorisation; a re-query places orders with the enterprise's "
                    "recorded authorisation only. Choose a product that needs one.");
            if (m_lettersUnopened > 0)
                why += u' '
                    + QCoreApplication::translate("LoanBookRequery",
                        "%n recorded letter(s) could not be opened, so their enterprises are unknown.", nullptr,
                        m_lettersUnopened);
            settle(i, LoanBookEntry::Status::NoAuthorisation, why);
            continue;
        }
        OrderDraft draft;
        draft.product = m_product;
        // The name the enterprise signed its letter with, as the bureau reads it.
        draft.enterpriseName = usable.first().letter.enterpriseName.isEmpty() ? entry.row.enterpriseName
                                                                              : usable.first().letter.enterpriseName;
        draft.enterpriseCode = entry.row.enterpriseCode;
        draft.purpose = m_purpose;
        useRecordedAuthorisation(draft, usable.first());
        entry.authorisationId = usable.first().info.authorisationId;
        if (const QString problem = draft.problem(today); !problem.isEmpty()) {
            settle(i, LoanBookEntry::Status::Failed, problem);
            continue;
        }
        const Result<quint64> placed = m_bank.placeOrder(draft);
        if (!placed) {
            settle(i, LoanBookEntry::Status::Failed, placed.error().message);
            continue;
        }
        entry.orderId = *placed;
        m_indexOfOrder.insert(*placed, i);
        m_inHand = i;
        settle(i, LoanBookEntry::Status::Sending);
        return; // the next one once the node has executed this one
    }
    finish();
}

void LoanBookRequery::settle(int index, LoanBookEntry::Status status, const QString &message)
{
    m_entries[index].status = status;
    if (!message.isEmpty())
        m_entries[index].message = message;
    Q_EMIT entryChanged(index);
    Q_EMIT progress(done(), total());
}

void LoanBookRequery::onOrderSent(quint64 orderId)
{
    const int i = m_indexOfOrder.value(orderId, -1);
    if (i < 0 || i != m_inHand)
        return;
    m_inHand = -1;
    settle(i, LoanBookEntry::Status::Sent);
    placeNext();
}

void LoanBookRequery::onOrderFailed(quint64 orderId, const QString &message)
{
    const int i = m_indexOfOrder.value(orderId, -1);
    if (i < 0 || m_entries[i].status == LoanBookEntry::Status::Failed)
        return;
    settle(i, LoanBookEntry::Status::Failed, message);
    if (i == m_inHand) {
        m_inHand = -1;
        placeNext();
    }
}

void LoanBookRequery::onOrderConfirmed(quint64 orderId)
{
    const int i = m_indexOfOrder.value(orderId, -1);
    if (i < 0)
        return;
    if (i == m_inHand) { // confirmed before its sent signal reached us
        m_inHand = -1;
        settle(i, LoanBookEntry::Status::Confirmed);
        placeNext();
        return;
    }
    if (m_entries[i].status == LoanBookEntry::Status::Sent)
        settle(i, LoanBookEntry::Status::Confirmed);
}

void LoanBookRequery::finish()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT progress(done(), total());
    Q_EMIT finished();
}

} // namespace credit::desk
