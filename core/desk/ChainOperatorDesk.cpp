// SPDX-License-Identifier: Apache-2.0
#include "desk/ChainOperatorDesk.h"

#include "chain/BlockVerifier.h"
#include "chain/ConsensusClient.h"
#include "chain/SealerChangeGuard.h"
#include "desk/DeskSession.h"
#include "crypto/KeyFile.h"
#include "crypto/Sm2Key.h"
#include "desk/NetworkProbe.h"
#include "market/RegionNames.h"
#include "market/Uscc.h"
#include "store/MarketQueries.h"
#include "store/LightStore.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>

namespace credit::desk {

namespace {

EndpointHealth::State stateOf(chain::EndpointHealth health)
{
    switch (health) {
    case chain::EndpointHealth::Serving:
        return EndpointHealth::State::Serving;
    case chain::EndpointHealth::Unreachable:
        return EndpointHealth::State::Unreachable;
    case chain::EndpointHealth::Quarantined:
        return EndpointHealth::State::Quarantined;
    case chain::EndpointHealth::Untried:
        break;
    }
    return EndpointHealth::State::Untried;
}

} // namespace

qsizetype sealerQuorum(qsizetype sealers)
{
    return chain::sealerQuorum(sealers);
}

ChainOperatorDesk::ChainOperatorDesk(DeskSession &session, QObject *parent)
    : OperatorDesk(parent), m_session(session),
      m_tracker(new TransactionTracker([&session](const QByteArray &tx) { session.watchTransaction(tx); }, this)),
      m_pool(2), m_cancel(std::make_shared<chain::CancelToken>())
{
    connect(&m_session, &DeskSession::transactionConfirmed, m_tracker, &TransactionTracker::onTransactionConfirmed);
}

ChainOperatorDesk::~ChainOperatorDesk()
{
    m_cancel->cancel();
}

QFuture<Result<QList<SealerSet>>> ChainOperatorDesk::sealerHistory()
{
    return QtConcurrent::run(m_pool.get(), [path = m_session.storePath()]() -> Result<QList<SealerSet>> {
        auto store = store::LightStore::openReadOnly(path);
        if (!store)
            return store.error();
        auto rows = (*store)->sealerHistory();
        if (!rows)
            return rows.error();
        QList<SealerSet> sets;
        sets.reserve(rows->size());
        for (const store::SealerSetRow &row : *rows)
            sets << SealerSet { row.fromBlock, row.timestampMs, row.nodeIds };
        return sets;
    });
}

QFuture<Result<QList<QByteArray>>> ChainOperatorDesk::observers()
{
    return m_session.runMarket<QList<QByteArray>>([](market::MarketSession &s) -> Result<QList<QByteArray>> {
        auto list = s.rpc().getObserverList();
        if (!list)
            return list.error().toError();
        return *list;
    });
}

Result<SealerChangePlan> ChainOperatorDesk::planSealerChange(
    const QList<QByteArray> &current, SealerChange change, const QByteArray &nodeId) const
{
    QList<QByteArray> proposed = current;
    if (change == SealerChange::Add) {
        if (current.contains(nodeId))
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("ChainOperatorDesk", "This node is already a sealer."));
        proposed << nodeId;
    } else if (!proposed.removeOne(nodeId)) {
        return makeError(
            ErrorKind::InvalidInput, QCoreApplication::translate("ChainOperatorDesk", "This node is not a sealer."));
    }
    auto check = chain::checkSealerChange(current, proposed);
    if (!check)
        return check.error();
    return SealerChangePlan { change, nodeId, proposed, check->before, check->after, check->kept, check->quorumBefore,
        check->quorumAfter, check->caution };
}

bool ChainOperatorDesk::changeSealers(const SealerChangePlan &plan)
{
    const chain::SealerChangeKind kind
        = plan.change == SealerChange::Add ? chain::SealerChangeKind::Add : chain::SealerChangeKind::Remove;
    return m_tracker->track(kSealerChangeKey, [this, kind, nodeId = plan.nodeId] {
        return m_session.runMarket<market::Outcome>(
            [kind, nodeId](market::MarketSession &s) -> Result<market::Outcome> {
                chain::ConsensusClient consensus(s.sender());
                auto sent = consensus.change(kind, nodeId);
                if (!sent)
                    return sent.error();
                return market::Outcome { *sent, {} };
            });
    });
}

namespace {

Error problem(const QString &text)
{
    return makeError(ErrorKind::InvalidInput, text);
}

//! A pasted SM2 public key: 64 bytes x‖y or 65 with 04, hex, "0x" and spaces allowed, on the curve.
Result<crypto::Sm2PublicKey> parsePublicKey(const QString &text, const QString &whose)
{
    QString hex = text.simplified().remove(u' ');
    if (hex.startsWith(u"0x", Qt::CaseInsensitive))
        hex = hex.mid(2);
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    const bool isHex = !hex.isEmpty() && hex.size() % 2 == 0 && raw.toHex() == hex.toLower().toLatin1();
    auto key = !isHex      ? Result<crypto::Sm2PublicKey>(makeError(ErrorKind::InvalidInput, QString()))
        : raw.size() == 65 ? crypto::Sm2PublicKey::fromUncompressed(raw)
                           : crypto::Sm2PublicKey::fromRaw(raw);
    if (!key)
        return problem(QCoreApplication::translate("ChainOperatorDesk",
            "The public key is not an SM2 public key: paste the 128 hex digits (x and y) %1 gave you, "
            "or 130 starting with 04.")
                           .arg(whose));
    return key;
}

} // namespace

quint64 OperatorDesk::institutionKey(const QByteArray &account)
{
    // Above kSealerChangeKey: the first eight bytes of a 20-byte SM3 address,
    // with the top bit set so no account can collide with the sealer key.
    return qFromBigEndian<quint64>(account.leftJustified(8, '\0').constData()) | (quint64(1) << 63);
}

Result<CheckedInstitution> ChainOperatorDesk::checkInstitution(const InstitutionDraft &draft)
{
    CheckedInstitution out;
    out.name = draft.name.simplified();
    if (out.name.isEmpty())
        return problem(QCoreApplication::translate("ChainOperatorDesk", "Enter the institution's registered name."));
    out.code = draft.code.trimmed().toUpper();
    if (auto valid = uscc::validate(out.code); !valid)
        return valid.error();
    if (draft.role == market::Role::Operator)
        return problem(QCoreApplication::translate(
            "ChainOperatorDesk", "Choose the institution's role: bureau, bank, regulator or mediator."));
    out.role = draft.role;
    if (market::provinceName(draft.region).isEmpty())
        return problem(QCoreApplication::translate("ChainOperatorDesk", "Choose the institution's region."));
    out.region = draft.region;
    auto key = parsePublicKey(draft.publicKey, QCoreApplication::translate("ChainOperatorDesk", "the institution"));
    if (!key)
        return key.error();
    out.publicKey = key->raw();
    out.account = key->address();
    auto known = m_session.reader().institution(out.account);
    if (!known)
        return known.error();
    if (*known)
        return problem(QCoreApplication::translate(
            "ChainOperatorDesk", "This public key already belongs to %1: an institution is registered once.")
                           .arg((*known)->name));
    return out;
}

bool ChainOperatorDesk::registerInstitution(const CheckedInstitution &institution)
{
    return m_tracker->track(institutionKey(institution.account), [this, institution] {
        return m_session.runMarket<market::Outcome>([institution](market::MarketSession &s) {
            return s.market().registerInstitution(institution.account, institution.code, institution.name,
                institution.role, institution.region, institution.publicKey);
        });
    });
}

bool ChainOperatorDesk::setInstitutionActive(const QByteArray &account, bool active)
{
    return m_tracker->track(institutionKey(account), [this, account, active] {
        return m_session.runMarket<market::Outcome>(
            [account, active](market::MarketSession &s) { return s.market().setInstitutionActive(account, active); });
    });
}

QFuture<Result<QList<market::InstitutionChange>>> ChainOperatorDesk::institutionHistory(const QByteArray &account)
{
    return QtConcurrent::run(
        m_pool.get(), [path = m_session.storePath(), account]() -> Result<QList<market::InstitutionChange>> {
            auto store = store::LightStore::openReadOnly(path);
            if (!store)
                return store.error();
            return store::MarketQueries((*store)->database()).institutionHistory(account);
        });
}

QFuture<Result<NetworkHealth>> ChainOperatorDesk::networkHealth()
{
    NetworkProbeInput input;
    for (const chain::EndpointStatus &status : m_session.node().endpoints())
        input.endpoints << EndpointHealth { status.url, stateOf(status.health), status.reason, {}, -1, {}, {} };
    input.groupId = m_session.profile().groupId;
    input.storePath = m_session.storePath();
    input.cancel = m_cancel;
    return QtConcurrent::run(m_pool.get(), [input = std::move(input)] { return probeNetwork(input); });
}

} // namespace credit::desk

// ----------------------------------------------------------------------- users

namespace credit::desk {

quint64 OperatorDesk::userKey(const QByteArray &account)
{
    // A user's account is never an institution's (the contract refuses it), so
    // the institutions' key space serves users too.
    return institutionKey(account);
}

Result<CheckedUser> ChainOperatorDesk::checkUserName(const QByteArray &institution, const QString &name)
{
    CheckedUser out;
    out.institution = institution;
    auto known = m_session.reader().institution(institution);
    if (!known)
        return known.error();
    if (!*known)
        return problem(QCoreApplication::translate(
            "ChainOperatorDesk", "Choose an institution registered on the chain to open the user for."));
    if (!(*known)->active)
        return problem(QCoreApplication::translate(
            "ChainOperatorDesk", "%1 is deactivated: its users could not act for it. Reactivate the institution first.")
                           .arg((*known)->name));
    out.name = name.simplified();
    if (out.name.isEmpty())
        return problem(QCoreApplication::translate("ChainOperatorDesk", "Enter the user's name."));
    return out;
}

Result<CheckedUser> ChainOperatorDesk::checkUser(const UserDraft &draft)
{
    auto out = checkUserName(draft.institution, draft.name);
    if (!out)
        return out;
    auto key = parsePublicKey(draft.publicKey, QCoreApplication::translate("ChainOperatorDesk", "the user"));
    if (!key)
        return key.error();
    out->publicKey = key->raw();
    out->account = key->address();
    if (out->account == m_session.account())
        return problem(QCoreApplication::translate(
            "ChainOperatorDesk", "This is the operator's own key: a user needs a key of its own."));
    auto institution = m_session.reader().institution(out->account);
    if (!institution)
        return institution.error();
    if (*institution)
        return problem(QCoreApplication::translate(
            "ChainOperatorDesk", "This public key belongs to the institution %1: a user needs a key of its own.")
                           .arg((*institution)->name));
    auto user = m_session.reader().user(out->account);
    if (!user)
        return user.error();
    if (*user) {
        auto of = m_session.reader().institution((*user)->institution);
        const QString ofName = of && *of ? (*of)->name : QString::fromLatin1((*user)->institution.toHex());
        return problem(QCoreApplication::translate(
            "ChainOperatorDesk", "This public key already belongs to %1, a user of %2: each user has a key of its own.")
                           .arg((*user)->name, ofName));
    }
    return out;
}

QFuture<Result<CheckedUser>> ChainOperatorDesk::generateUserKey(
    const QByteArray &institution, const QString &name, const QString &keyFile, const QByteArray &password)
{
    auto checked = checkUserName(institution, name);
    if (checked && password.isEmpty())
        checked = problem(QCoreApplication::translate(
            "ChainOperatorDesk", "Choose a password for the new key file: the user needs it to sign in."));
    if (checked && keyFile.isEmpty())
        checked = problem(QCoreApplication::translate("ChainOperatorDesk", "Choose where to save the new key file."));
    if (!checked)
        return QtFuture::makeReadyFuture(Result<CheckedUser>(checked.error()));
    // PBKDF2 takes a noticeable fraction of a second: off the GUI thread.
    return QtConcurrent::run(m_pool.get(), [user = *checked, keyFile, password]() mutable -> Result<CheckedUser> {
        auto key = crypto::Sm2PrivateKey::generate();
        if (!key)
            return key.error();
        if (auto saved = crypto::keyfile::save(keyFile, *key, password); !saved)
            return makeError(saved.error().kind,
                QCoreApplication::translate("ChainOperatorDesk", "The key file could not be saved: %1")
                    .arg(saved.error().message));
        user.publicKey = key->publicKey().raw();
        user.account = key->address();
        return user;
    });
}

bool ChainOperatorDesk::openUser(const CheckedUser &user)
{
    return m_tracker->track(userKey(user.account), [this, user] {
        return m_session.runMarket<market::Outcome>([user](market::MarketSession &s) {
            return s.market().openUser(user.institution, user.account, user.name, user.publicKey);
        });
    });
}

bool ChainOperatorDesk::setUserActive(const QByteArray &account, bool active)
{
    return m_tracker->track(userKey(account), [this, account, active] {
        return m_session.runMarket<market::Outcome>(
            [account, active](market::MarketSession &s) { return s.market().setUserActive(account, active); });
    });
}

QFuture<Result<QList<InstitutionUser>>> ChainOperatorDesk::users(const QByteArray &institution)
{
    return QtConcurrent::run(
        m_pool.get(), [path = m_session.storePath(), institution]() -> Result<QList<InstitutionUser>> {
            auto store = store::LightStore::openReadOnly(path);
            if (!store)
                return store.error();
            auto rows = store::MarketQueries((*store)->database()).users(institution);
            if (!rows)
                return rows.error();
            QList<InstitutionUser> out;
            for (const market::UserInfo &u : std::as_const(*rows))
                out << InstitutionUser { u.account, u.institution, u.name, u.publicKey, u.active, u.block,
                    static_cast<qint64>(u.timeMs) };
            return out;
        });
}

} // namespace credit::desk
