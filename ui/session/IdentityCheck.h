// SPDX-License-Identifier: Apache-2.0
// Who the unlocked key is, from the verified chain: the institution that a
// verified block registered for the key's address decides the role and the
// name the window shows — never what was typed or picked at setup. A key
// that is no active institution is refused before any window opens.
#pragma once

#include "common/Role.h"
#include "market/Institution.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace credit::desk {
class DeskSession;
}

namespace credit::ui {

struct VerifiedIdentity {
    Role role = Role::Bank;
    QString name;
    QString code; //!< the institution's unified social credit code
    QByteArray account; //!< 20 bytes: the key's own account (the institution's admin account, or a user's)
    quint64 block = 0; //!< the verified height the answer was read at
    QString userName; //!< the user's name when the key is a user account of the institution; empty otherwise

    //! "张敏 @ 上海申江商业银行" for a user, the institution's name for its admin key.
    QString displayName() const;
};

class IdentityCheck final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityCheck)
public:
    //! context must outlive the check. demoOperator: on the embedded demo
    //! network only, the demo operator's account and name (the operator is
    //! not an institution record, so the verified store cannot name it yet).
    explicit IdentityCheck(desk::DeskSession &context, QByteArray demoOperator = {}, QString demoOperatorName = {},
        QObject *parent = nullptr);

    //! Answers at once when the store already knows the account; otherwise
    //! after the blocks that register it verify, or when the node reaches the
    //! head without finding it.
    void start();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    //! What the check is waiting for, in the user's words.
    void progress(const QString &text);
    void confirmed(const credit::ui::VerifiedIdentity &identity);
    //! The key cannot sign in here: what is wrong and what to do.
    void refused(const QString &explanation);

private:
    //! atHead: the node has verified everything the network has.
    void check(bool atHead);
    //! The key is a user account: its institution must be active and the user not frozen.
    void checkUser(const market::User &user);
    void finish();

    desk::DeskSession &m_context;
    QByteArray m_demoOperator;
    QString m_demoOperatorName;
    bool m_finished = false;
};

} // namespace credit::ui
