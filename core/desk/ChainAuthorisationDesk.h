// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/CancelToken.h"
#include "desk/AuthorisationDesk.h"
#include "desk/WorkerPool.h"

#include <QHash>

#include <memory>

namespace credit::desk {

class DeskSession;
class TransactionTracker;

//! AuthorisationDesk on a signed-in session: reads the bank's authorisations
//! from its verified store, records and revokes through its chain worker,
//! follows every transaction with one tracker, opens letters on a worker of its own.
class ChainAuthorisationDesk final : public AuthorisationDesk {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainAuthorisationDesk)
public:
    //! session must outlive the desk.
    explicit ChainAuthorisationDesk(DeskSession &session, QObject *parent = nullptr);
    //! Stops opening letters at once (the fetch in flight ends on its worker).
    ~ChainAuthorisationDesk() override;

    Result<QList<market::AuthorisationInfo>> authorisations() override;
    Result<QList<market::AuthorisationUse>> uses(quint64 authorisationId) override;
    Result<quint64> recordAuthorisation(const AuthorisationDraft &draft) override;
    void revokeAuthorisation(quint64 authorisationId, const QString &reason) override;
    bool isBusy(quint64 authorisationId) const override;
    void openLetters(const QList<quint64> &authorisationIds) override;

private:
    Result<quint64> freshAuthorisationId();

    DeskSession &m_session;
    TransactionTracker *m_tracker; // child
    //! Letters opened this session: in memory only, gone with the desk (lock, sign-out).
    QHash<quint64, AuthorisationLetterView> m_letters;
    QSet<quint64> m_opening; // asked of the worker, not answered yet
    std::shared_ptr<chain::CancelToken> m_closed = std::make_shared<chain::CancelToken>();
    //! Its own thread: the chain worker's sends never wait behind a list of decryptions.
    WorkerPool m_letterPool { 1 };
};

} // namespace credit::desk
