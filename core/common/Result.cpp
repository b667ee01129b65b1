// SPDX-License-Identifier: Apache-2.0
#include "common/Result.h"

namespace credit {

QString Error::kindName() const
{
    switch (kind) {
    case ErrorKind::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorKind::Crypto:
        return QStringLiteral("crypto");
    case ErrorKind::WrongPassword:
        return QStringLiteral("wrong-password");
    case ErrorKind::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Io:
        return QStringLiteral("io");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Rejected:
        return QStringLiteral("rejected");
    case ErrorKind::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace credit
