// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/OperatorDesk.h"
#include "desk/WorkerPool.h"

namespace credit::desk {

class DeskSession;

//! OperatorDesk on a signed-in session: sealer changes go through the
//! session's chain worker (signed with the operator's key); reading the
//! history and probing the endpoints run on the desk's own threads, so a slow
//! endpoint never holds up a send.
class ChainOperatorDesk final : public OperatorDesk {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainOperatorDesk)
public:
    //! session must outlive the desk.
    explicit ChainOperatorDesk(DeskSession &session, QObject *parent = nullptr);
    ~ChainOperatorDesk() override;

    TransactionTracker &transactions() override { return *m_tracker; }
    QFuture<Result<QList<SealerSet>>> sealerHistory() override;
    QFuture<Result<QList<QByteArray>>> observers() override;
    Result<SealerChangePlan> planSealerChange(
        const QList<QByteArray> &current, SealerChange change, const QByteArray &nodeId) const override;
    bool changeSealers(const SealerChangePlan &plan) override;
    Result<CheckedInstitution> checkInstitution(const InstitutionDraft &draft) override;
    bool registerInstitution(const CheckedInstitution &institution) override;
    bool setInstitutionActive(const QByteArray &account, bool active) override;
    QFuture<Result<QList<market::InstitutionChange>>> institutionHistory(const QByteArray &account) override;
    QFuture<Result<QList<InstitutionUser>>> users(const QByteArray &institution) override;
    Result<CheckedUser> checkUser(const UserDraft &draft) override;
    QFuture<Result<CheckedUser>> generateUserKey(const QByteArray &institution, const QString &name,
        const QString &keyFile, const QByteArray &password) override;
    bool openUser(const CheckedUser &user) override;
    bool setUserActive(const QByteArray &account, bool active) override;
    QFuture<Result<NetworkHealth>> networkHealth() override;

private:
    //! The checks a user draft shares with a generated key: an active registered institution, a name.
    Result<CheckedUser> checkUserName(const QByteArray &institution, const QString &name);

    DeskSession &m_session;
    TransactionTracker *m_tracker; // child
    WorkerPool m_pool;
    //! Cancelled when the desk goes (lock): a probe in flight stops at once.
    std::shared_ptr<chain::CancelToken> m_cancel;
};

} // namespace credit::desk
