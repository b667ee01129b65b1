// SPDX-License-Identifier: Apache-2.0
// Hashes and accounts as the screens print them (lower-case hex, as FISCO's
// console and explorers do). Display only: parsing hex is codec/'s job.
#pragma once

#include <QByteArray>
#include <QString>

namespace credit::ui {

//! "ab12…", no prefix: hashes in sidecars and file names.
inline QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}
//! "0xab12…": accounts and transaction hashes.
inline QString prefixedHexText(const QByteArray &bytes)
{
    return QStringLiteral("0x") + hexText(bytes);
}

} // namespace credit::ui
