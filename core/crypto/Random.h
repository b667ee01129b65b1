// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace credit::crypto {

//! Bytes from OpenSSL's CSPRNG (public values: IVs, nonces).
QByteArray randomBytes(qsizetype count);
//! Bytes from OpenSSL's CSPRNG for key material, in wiped memory.
SecretBytes randomSecret(qsizetype count);

} // namespace credit::crypto
