// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/SigningKey.h"

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
    const desk::SigningKey &key() const { return m_key; }
    //! Takes the key decrypted by the unlock dialog.
    void unlock(desk::SigningKey key);
    //! Drops the key (idle timeout, user action).
    void lock();

Q_SIGNALS:
    void unlocked();
    void locked();

private:
    desk::SigningKey m_key;
};

} // namespace credit::ui
