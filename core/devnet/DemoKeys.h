// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"

#include <QByteArray>
#include <QHash>

namespace credit::devnet {

struct DemoSpec;
struct Genesis;

//! Opens every key file the spec lists with its password and keys the result
//! by address. Each key must belong to a genesis institution or the operator,
//! and each user's key to the account its entry names (of a genesis
//! institution): a key file that matches nobody is a mistake in the demo
//! files, not a key to ignore.
//! The files are decrypted in parallel (PBKDF2 makes each take a noticeable
//! fraction of a second, and the first start should not wait for them in turn).
Result<QHash<QByteArray, crypto::Sm2PrivateKey>> loadDemoKeys(const DemoSpec &spec, const Genesis &genesis);

} // namespace credit::devnet
