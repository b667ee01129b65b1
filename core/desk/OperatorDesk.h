// SPDX-License-Identifier: Apache-2.0
// The network operator's use-cases (运营方: 链条管理), as the screens (and
// tests' fakes) see them: the sealer list and its history, a guarded sealer
// change followed until a verified block applies it, and the health of every
// endpoint beside the local store. Every call returns at once; the work runs
// off the GUI thread and comes back as a QFuture or a tracker signal.
#pragma once

#include "common/Result.h"
#include "desk/TransactionTracker.h"
#include "market/MarketRecords.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace credit::desk {

//! One sealer list of the verified chain and the first block it sealed.
struct SealerSet {
    quint64 fromBlock = 0; //!< 0: the genesis list
    qint64 timestampMs = 0;
    QList<QByteArray> nodeIds; //!< 64-byte node ids (SM2 public keys)
};

enum class SealerChange { Add, Remove };

//! Signatures a block needs from n sealers (FISCO's PBFT: n - (n-1)/3), as the light node counts them.
qsizetype sealerQuorum(qsizetype sealers);

//! What a proposed change does to the quorum (SealerChangeGuard), for the
//! confirmation the operator reads before signing.
struct SealerChangePlan {
    SealerChange change = SealerChange::Add;
    QByteArray nodeId;
    QList<QByteArray> proposed; //!< the list after the change
    qsizetype before = 0, after = 0, kept = 0, quorumBefore = 0, quorumAfter = 0;
    QString caution; //!< non-empty: allowed, but only if the new sealers already run
};

//! One endpoint of the network profile, as the light node and a fresh probe see it.
struct EndpointHealth {
    enum class State { Untried, Serving, Unreachable, Quarantined };
    QString url;
    State state = State::Untried; //!< the light node's view this session
    QString reason; //!< why unreachable or quarantined (the light node's words)
    std::optional<quint64> height; //!< its block number now; nullopt when the probe failed
    qint64 latencyMs = -1; //!< the probe's round trip for getBlockNumber
    //! Its block hash at NetworkHealth::comparedHeight equals the verified store's.
    std::optional<bool> agrees; //!< nullopt: not compared (unreachable, or behind the compared height)
    QString probeError;
};

struct NetworkHealth {
    QList<EndpointHealth> endpoints;
    quint64 storeHeight = 0; //!< the highest verified block in the local store
    qint64 storeBytes = 0; //!< the store's files on disk (database and its write-ahead log)
    quint64 comparedHeight = 0; //!< where hashes were compared: the lowest of the store's and the endpoints' heights
};

//! An institution as the operator types it in, before registering it.
struct InstitutionDraft {
    QString name;
    QString code; //!< unified social credit code (checked)
    market::Role role = market::Role::Bank;
    quint32 region = 0; //!< GB/T 2260 code
    QString publicKey; //!< hex: 64 bytes x‖y, or 65 with the 04 prefix; "0x" allowed
};

//! A draft that passed every check: what will be sent.
struct CheckedInstitution {
    QByteArray account; //!< SM3 address of the public key
    QString name, code;
    market::Role role = market::Role::Bank;
    quint32 region = 0;
    QByteArray publicKey; //!< 64 bytes
};

//! A user account of an institution (开立查询用户) as the verified chain shows it.
struct InstitutionUser {
    QByteArray account; //!< 20-byte address of the user's own SM2 key
    QByteArray institution; //!< the institution's account
    QString name;
    QByteArray publicKey; //!< 64 bytes x‖y
    bool active = false; //!< false: frozen
    quint64 block = 0; //!< the block of its last change (opened, frozen or unfrozen)
    qint64 changedAtMs = 0; //!< that block's time
};

//! A user as the operator types it in (or one row of an imported CSV).
struct UserDraft {
    QByteArray institution; //!< the institution's account
    QString name;
    QString publicKey; //!< hex: 64 bytes x‖y, or 65 with the 04 prefix; "0x" allowed
};

//! A user draft that passed every check: what will be sent.
struct CheckedUser {
    QByteArray institution;
    QByteArray account; //!< SM3 address of the public key
    QString name;
    QByteArray publicKey; //!< 64 bytes
};

class OperatorDesk : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorDesk)
public:
    using QObject::QObject;
    ~OperatorDesk() override = default;

    //! The key under which transactions() follows a sealer change (one at a time).
    static constexpr quint64 kSealerChangeKey = 1;

    //! Sealer changes, keyed kSealerChangeKey.
    virtual TransactionTracker &transactions() = 0;
    //! Every sealer list of the verified chain, oldest first; the last is in force.
    virtual QFuture<Result<QList<SealerSet>>> sealerHistory() = 0;
    //! The group's observer nodes (synced, not sealing), as the node reports them: who can be added.
    virtual QFuture<Result<QList<QByteArray>>> observers() = 0;
    //! Checks adding or removing nodeId against `current` (the list in force): an
    //! error in plain words when the chain would lose its quorum. Answers at once.
    virtual Result<SealerChangePlan> planSealerChange(
        const QList<QByteArray> &current, SealerChange change, const QByteArray &nodeId) const = 0;
    //! Signs and sends the planned change through the consensus precompile;
    //! false (nothing sent) while another change is pending.
    virtual bool changeSealers(const SealerChangePlan &plan) = 0;
    //! The key under which transactions() follows a registration or status change of `account`.
    static quint64 institutionKey(const QByteArray &account);
    //! Checks a draft (name, credit code, role, region, a public key on the SM2
    //! curve, an account not registered yet): the first problem in plain words.
    virtual Result<CheckedInstitution> checkInstitution(const InstitutionDraft &draft) = 0;
    //! Registers a checked institution (active from the start); false while its key is pending.
    virtual bool registerInstitution(const CheckedInstitution &institution) = 0;
    //! Activates or deactivates (冻结) an institution; false while its key is pending.
    virtual bool setInstitutionActive(const QByteArray &account, bool active) = 0;
    //! Every registration and status change of one institution, oldest first, from verified blocks.
    virtual QFuture<Result<QList<market::InstitutionChange>>> institutionHistory(const QByteArray &account) = 0;

    //! The key under which transactions() follows opening, freezing or unfreezing the user `account`.
    static quint64 userKey(const QByteArray &account);
    //! The users of one institution from verified blocks, in the order they were opened.
    virtual QFuture<Result<QList<InstitutionUser>>> users(const QByteArray &institution) = 0;
    //! Checks a draft (a registered, active institution; a name; a public key on
    //! the SM2 curve whose account is neither an institution nor a user yet):
    //! the first problem in plain words. Answers at once from the local store.
    virtual Result<CheckedUser> checkUser(const UserDraft &draft) = 0;
    //! Generates a new SM2 key for a user and writes it, encrypted with
    //! `password`, to `keyFile` (to hand over to the user); the result is the
    //! checked user to open with that key. Nothing is written when the draft
    //! (name, institution) is refused.
    virtual QFuture<Result<CheckedUser>> generateUserKey(
        const QByteArray &institution, const QString &name, const QString &keyFile, const QByteArray &password)
        = 0;
    //! Opens a checked user (active from the start); false while that user's key is pending.
    virtual bool openUser(const CheckedUser &user) = 0;
    //! Freezes (false) or unfreezes (true) a user; false while that user's key is pending.
    virtual bool setUserActive(const QByteArray &account, bool active) = 0;

    //! Asks every endpoint for its height and hash (with a short timeout) and
    //! compares them with the verified store.
    virtual QFuture<Result<NetworkHealth>> networkHealth() = 0;
};

} // namespace credit::desk
