// SPDX-License-Identifier: Apache-2.0
#include "unlock/KeySession.h"

namespace credit::ui {

KeySession::KeySession(QObject *parent) : QObject(parent) { }

void KeySession::unlock(desk::SigningKey key)
{
    if (key.isNull())
        return;
    m_key = std::move(key);
    Q_EMIT unlocked();
}

void KeySession::lock()
{
    if (m_key.isNull())
        return;
    // OpenSSL frees (and cleanses) the scalar when the last reference goes.
    m_key = desk::SigningKey();
    Q_EMIT locked();
}

} // namespace credit::ui
