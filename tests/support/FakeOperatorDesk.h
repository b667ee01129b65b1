// SPDX-License-Identifier: Apache-2.0
// The operator's desk for page tests: users in memory, every call recorded,
// refusals the test chooses. Sends go through a real TransactionTracker and
// stay pending until the test confirms them (confirmAll), which is when the
// change reaches `usersOf` — as a verified block would. The sealer and
// institution calls answer with nothing: test_ui_operator_desk covers those
// on a real devnet.
#pragma once

#include "FakeDesks.h"
#include "desk/OperatorDesk.h"
#include "desk/UserCsvImport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFuture>
#include <QHash>
#include <QPromise>
#include <QRandomGenerator>
#include <QSet>

#include <functional>
#include <memory>

namespace credit::test {

class FakeOperatorDesk final : public desk::OperatorDesk {
public:
    FakeOperatorDesk() : m_tracker([](const QByteArray &) {})
    {
        connect(&m_tracker, &desk::TransactionTracker::sent, this,
            [this](quint64, const QByteArray &hash, quint64) { m_executed.insert(hash); });
    }

    //! institution account -> its users, as users() gives them.
    QHash<QByteArray, QList<desk::InstitutionUser>> usersOf;
    //! Normalized public key hex -> why checkUser refuses it (e.g. "already a user of …").
    QHash<QString, QString> refusedKeys;
    //! User name -> why the node refuses to open it (the send fails).
    QHash<QString, QString> refusedOpenings;
    //! Non-empty: generateUserKey fails with this and writes nothing.
    QString generateRefusal;
    //! True: generateUserKey's future stays unfinished until finishGeneration().
    bool holdGeneration = false;

    QList<desk::UserDraft> checkedDrafts;
    QList<desk::CheckedUser> openedUsers; //!< every openUser call that was accepted, in order
    QList<std::pair<QByteArray, bool>> activeChanges; //!< every setUserActive call accepted
    QList<QString> generatedFiles;
    int usersQueries = 0;

    //! The account the fake gives a public key (not SM3: the fake's own rule, stable per key).
    static QByteArray accountOf(const QByteArray &publicKey)
    {
        return QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(20);
    }

    //! Confirms every send the node executed (the tracker said `sent`) in `block`: applied to usersOf when ok.
    void confirmAll(quint64 block, bool ok = true)
    {
        const auto sends = std::exchange(m_sends, {});
        for (const auto &[hash, effect] : sends) {
            if (!m_executed.remove(hash)) {
                m_sends.append({ hash, effect }); // not executed yet: a later block
                continue;
            }
            if (ok)
                effect(block);
            m_tracker.onTransactionConfirmed(hash, block, ok);
        }
    }
    //! Sends executed and not yet confirmed.
    qsizetype pendingSends() const { return m_executed.size(); }
    void finishGeneration()
    {
        if (m_heldGeneration)
            std::exchange(m_heldGeneration, {})();
    }

    desk::TransactionTracker &transactions() override { return m_tracker; }
    QFuture<Result<QList<desk::SealerSet>>> sealerHistory() override
    {
        return QtFuture::makeReadyFuture(Result<QList<desk::SealerSet>>(QList<desk::SealerSet> {}));
    }
    QFuture<Result<QList<QByteArray>>> observers() override
    {
        return QtFuture::makeReadyFuture(Result<QList<QByteArray>>(QList<QByteArray> {}));
    }
    Result<desk::SealerChangePlan> planSealerChange(
        const QList<QByteArray> &, desk::SealerChange, const QByteArray &) const override
    {
        return makeError(ErrorKind::Unsupported, QStringLiteral("not in the fake"));
    }
    bool changeSealers(const desk::SealerChangePlan &) override { return false; }
    Result<desk::CheckedInstitution> checkInstitution(const desk::InstitutionDraft &) override
    {
        return makeError(ErrorKind::Unsupported, QStringLiteral("not in the fake"));
    }
    bool registerInstitution(const desk::CheckedInstitution &) override { return false; }
    bool setInstitutionActive(const QByteArray &, bool) override { return false; }
    QFuture<Result<QList<market::InstitutionChange>>> institutionHistory(const QByteArray &) override
    {
        return QtFuture::makeReadyFuture(Result<QList<market::InstitutionChange>>(QList<market::InstitutionChange> {}));
    }
    QFuture<Result<desk::NetworkHealth>> networkHealth() override
    {
        return QtFuture::makeReadyFuture(Result<desk::NetworkHealth>(desk::NetworkHealth {}));
    }

    QFuture<Result<QList<desk::InstitutionUser>>> users(const QByteArray &institution) override
    {
        ++usersQueries;
        return QtFuture::makeReadyFuture(Result<QList<desk::InstitutionUser>>(usersOf.value(institution)));
    }

    Result<desk::CheckedUser> checkUser(const desk::UserDraft &draft) override
    {
        checkedDrafts << draft;
        const auto refuse = [](const QString &text) { return makeError(ErrorKind::InvalidInput, text); };
        if (draft.name.simplified().isEmpty())
            return refuse(QStringLiteral("Enter the user's name."));
        const QString hex = desk::normalizedPublicKeyHex(draft.publicKey);
        if (hex.isEmpty())
            return refuse(QStringLiteral("The public key is not an SM2 public key."));
        if (refusedKeys.contains(hex))
            return refuse(refusedKeys.value(hex));
        const QByteArray key = QByteArray::fromHex(hex.toLatin1());
        for (const QList<desk::InstitutionUser> &users : std::as_const(usersOf))
            for (const desk::InstitutionUser &u : users)
                if (u.publicKey == key)
                    return refuse(QStringLiteral("This key already belongs to the user %1.").arg(u.name));
        return desk::CheckedUser { draft.institution, accountOf(key), draft.name.simplified(), key };
    }

    QFuture<Result<desk::CheckedUser>> generateUserKey(
        const QByteArray &institution, const QString &name, const QString &keyFile, const QByteArray &password) override
    {
        const auto result = [this, institution, name, keyFile, password]() -> Result<desk::CheckedUser> {
            if (!generateRefusal.isEmpty())
                return makeError(ErrorKind::InvalidInput, generateRefusal);
            QByteArray key(64, '\0');
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key.data()), 16);
            QFile file(keyFile);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return makeError(ErrorKind::Io, file.errorString());
            // Not a key file: the fake records what it was asked, never a password.
            file.write("fake encrypted key for " + name.toUtf8() + ", password length "
                + QByteArray::number(password.size()) + "\n");
            generatedFiles << keyFile;
            return desk::CheckedUser { institution, accountOf(key), name, key };
        };
        if (!holdGeneration)
            return QtFuture::makeReadyFuture(result());
        auto promise = std::make_shared<QPromise<Result<desk::CheckedUser>>>();
        promise->start();
        m_heldGeneration = [promise, result] {
            promise->addResult(result());
            promise->finish();
        };
        return promise->future();
    }

    bool openUser(const desk::CheckedUser &user) override
    {
        const bool tracked = send(user.account, refusedOpenings.value(user.name), [this, user](quint64 block) {
            usersOf[user.institution] << desk::InstitutionUser { user.account, user.institution, user.name,
                user.publicKey, true, block, 1'750'000'000'000 };
        });
        if (tracked)
            openedUsers << user;
        return tracked;
    }

    bool setUserActive(const QByteArray &account, bool active) override
    {
        const bool tracked = send(account, {}, [this, account, active](quint64 block) {
            for (QList<desk::InstitutionUser> &users : usersOf)
                for (desk::InstitutionUser &u : users)
                    if (u.account == account) {
                        u.active = active;
                        u.block = block;
                    }
        });
        if (tracked)
            activeChanges << std::pair { account, active };
        return tracked;
    }

private:
    //! Tracks a send under the user's key; refusal non-empty: the node refuses it.
    bool send(const QByteArray &account, const QString &refusal, std::function<void(quint64)> effect)
    {
        return m_tracker.track(desk::OperatorDesk::userKey(account), [this, refusal, effect] {
            if (!refusal.isEmpty())
                return finishedSend(makeError(ErrorKind::Rejected, refusal));
            market::Outcome outcome;
            outcome.transaction.hash = QByteArray::number(++m_sent).leftJustified(32, '.');
            outcome.transaction.blockNumber = 100 + m_sent;
            m_sends.append({ outcome.transaction.hash, effect });
            return finishedSend(outcome);
        });
    }

    desk::TransactionTracker m_tracker;
    QList<std::pair<QByteArray, std::function<void(quint64)>>>
        m_sends; // tx hash, its effect once verified; in send order
    QSet<QByteArray> m_executed; // tx hashes the tracker reported sent
    std::function<void()> m_heldGeneration;
    int m_sent = 0;
};

} // namespace credit::test
