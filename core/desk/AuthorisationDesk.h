// SPDX-License-Identifier: Apache-2.0
// The bank's authorisations (授权) as the screens (and tests' fakes) see them.
#pragma once

#include "common/Result.h"
#include "market/MarketRecords.h"
#include "market/OrderRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

namespace credit::desk {

//! What the loan officer filled in to record an authorisation from a letter.
struct AuthorisationDraft {
    Q_DECLARE_TR_FUNCTIONS(AuthorisationDraft)
public:
    QString enterpriseName, enterpriseCode; //!< the code is a unified social credit code
    QString purpose;
    quint8 series = 0; //!< 0, or the series (1 链通, 2 链融, 3 链服) it covers whole
    QList<quint64> productIds; //!< products it covers by id
    market::AuthorisationLetter letter; //!< the signed letter with its validity dates

    //! What keeps this draft from being recorded, in words for the loan
    //! officer (empty: none). `today` is the bank's calendar day.
    QString problem(QDate today) const;
};

//! What the recorded letter says, opened from its envelope.
struct AuthorisationLetterView {
    quint64 authorisationId = 0;
    QString enterpriseName, enterpriseCode;
    QString fileName, mediaType;
    QString validFrom, validUntil; //!< the letter's validity as recorded, "yyyy-MM-dd"
    QByteArray content; //!< the letter's bytes, SM3-checked against the chain
    QByteArray commitmentSalt; //!< the chain's commitment is SM3(salt || enterpriseCode)
};

//! The signed-in bank's authorisations: list them with their uses, record one
//! from a letter, revoke one, open the letters. Calls return at once; the work
//! runs on the session's chain worker and its outcome comes back as a signal.
class AuthorisationDesk : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorisationDesk)
public:
    using QObject::QObject;
    ~AuthorisationDesk() override = default;

    //! The bank's authorisations as the verified blocks left them, newest first.
    virtual Result<QList<market::AuthorisationInfo>> authorisations() = 0;
    //! The orders placed with one authorisation, oldest first (授权使用痕迹).
    virtual Result<QList<market::AuthorisationUse>> uses(quint64 authorisationId) = 0;
    //! Starts recording (fresh id; the letter sealed for the bank and the
    //! regulators): the id, or why it cannot start (nothing was sent then).
    virtual Result<quint64> recordAuthorisation(const AuthorisationDraft &draft) = 0;
    //! Sends revokeAuthorisation: sent, then confirmed; or failed.
    virtual void revokeAuthorisation(quint64 authorisationId, const QString &reason) = 0;
    //! True while a transaction for it is being sent or awaits its verified block.
    virtual bool isBusy(quint64 authorisationId) const = 0;
    //! Opens the letters' envelopes off the GUI thread, in the order given:
    //! letterOpened or letterFailed per authorisation. Opened ones are kept in memory only.
    virtual void openLetters(const QList<quint64> &authorisationIds) = 0;

Q_SIGNALS:
    //! The node executed the transaction (it awaits a verified block now).
    void sent(quint64 authorisationId, const QByteArray &txHash);
    //! A verified block holds it; succeeded false when its receipt failed.
    void confirmed(quint64 authorisationId, quint64 block, bool succeeded);
    //! It could not be sent; message says what happened and what to do.
    void failed(quint64 authorisationId, const QString &message);
    void letterOpened(const credit::desk::AuthorisationLetterView &letter);
    void letterFailed(quint64 authorisationId, const QString &message);
};

} // namespace credit::desk
