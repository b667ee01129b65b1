// SPDX-License-Identifier: Apache-2.0
#include "crypto/Random.h"

#include "crypto/OpenSslUtil.h"

#include <openssl/rand.h>

namespace credit::crypto {

QByteArray randomBytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(ucast(out.data()), static_cast<int>(count)) != 1)
        fatalOpenSsl("RAND_bytes");
    return out;
}

SecretBytes randomSecret(qsizetype count)
{
    SecretBytes out(count);
    if (count > 0 && RAND_priv_bytes(out.udata(), static_cast<int>(count)) != 1)
        fatalOpenSsl("RAND_priv_bytes");
    return out;
}

} // namespace credit::crypto
