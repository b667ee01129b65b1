// SPDX-License-Identifier: Apache-2.0
// A list of users to open (开立查询用户) as a bank hands it over: a CSV file
// with a header row naming the columns name,public_key (or 姓名,公钥), saved
// by a spreadsheet as UTF-8 or, as Excel on a Chinese desk saves plain CSV,
// GB18030 (csv::readSheet). This reads it and checks what the file alone can
// tell; the desk's checkUser does the rest (curve, accounts already in use).
#pragma once

#include "common/Result.h"
#include "desk/OperatorDesk.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace credit::desk {

//! The largest user list read: 1 MiB, several thousand users.
inline constexpr qint64 kMaxUserCsvBytes = 1024 * 1024;

//! One user of the file, as far as the file alone can tell.
struct UserCsvRow {
    int row = 0; //!< the row a spreadsheet shows it on (the header is row 1)
    UserDraft draft; //!< for the institution the list is imported for
    QString refusal; //!< non-empty: refused by the file checks, in plain words
};

//! The public key as hex digits only ("0x", spaces and an 04 prefix dropped,
//! lower case): two spellings of one key give the same text. Empty when it is
//! not 64 bytes (or 65 starting with 04) of hex.
QString normalizedPublicKeyHex(const QString &publicKey);

//! Reads the bytes of a user list for `institution`: every user row, refused
//! ones included. Fails as a whole (in plain words, saying what to do) when the
//! file is larger than kMaxUserCsvBytes, is neither UTF-8 nor GB18030 text, is not CSV, has no
//! header naming both columns, or has no user rows.
Result<QList<UserCsvRow>> parseUserCsv(const QByteArray &content, const QByteArray &institution);

//! Reads the file (its size checked before it is read) and parses it. Blocking
//! file I/O: run it off the GUI thread.
Result<QList<UserCsvRow>> readUserCsv(const QString &path, const QByteArray &institution);

} // namespace credit::desk
