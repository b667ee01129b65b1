// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"

#include <QString>

namespace credit::cli {

//! Opens a key file: encrypted ones with the password (CREDITCTL_PASSWORD or
//! a prompt), plain PEMs (SDK account files) without.
Result<crypto::Sm2PrivateKey> openKey(const QString &path);

} // namespace credit::cli
