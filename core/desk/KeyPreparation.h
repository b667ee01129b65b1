// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace credit::desk {

//! Where the key for a network connection comes from.
enum class KeySource {
    ExistingEncrypted, //!< an encrypted PKCS#8 file the user already has (creditctl key new)
    ImportPlain, //!< a plain PEM from the FISCO SDK: protect it with a new password
    CreateNew, //!< generate a fresh SM2 key
};

//! What the connect page asks for; plain data so it can cross to a worker thread.
struct KeyRequest {
    KeySource source = KeySource::CreateNew;
    QString sourcePath; //!< the existing or plain file
    QByteArray password; //!< the new password (ImportPlain, CreateNew)
    QString keysDir; //!< where new encrypted files go
};

//! The encrypted key file ready to unlock, and its account.
struct PreparedKey {
    QString path;
    QString address; //!< "0x…"
};

//! The fewest characters a new key file's password may have (the terminal's own key and the users' keys alike).
inline constexpr int kMinKeyPasswordLength = 8;

//! Does the slow part (PBKDF2 for the new file) — call it off the GUI thread.
//! Plain key material never touches disk: it is read, encrypted, written encrypted.
Result<PreparedKey> prepareKey(KeyRequest request);

} // namespace credit::desk
