// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/Sm2Key.h"

#include <QObject>

namespace credit::ui {

//! Holds the unlocked SM2 key in memory only, for the session's lifetime.
//! Locking drops it; nothing here writes or logs the key.
class KeySession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeySession)
public:
    explicit KeySession(QObject *parent = nullptr);

    bool isUnlocked() const { return !m_key.isNull(); }
    //! The unlocked key; null while locked.
    const crypto::Sm2PrivateKey &key() const { return m_key; }
    //! Takes the key decrypted by the unlock dialog.
    void unlock(crypto::Sm2PrivateKey key);
    //! Drops the key (idle timeout, user action).
    void lock();

Q_SIGNALS:
    void unlocked();
    void locked();

private:
    crypto::Sm2PrivateKey m_key;
};

} // namespace credit::ui
