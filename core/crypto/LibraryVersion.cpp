// SPDX-License-Identifier: Apache-2.0
#include "crypto/LibraryVersion.h"

#include <openssl/crypto.h>

namespace credit::crypto {

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace credit::crypto
