// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace credit::crypto {

//! GM/T 0009 DER ciphertext → raw C1 ‖ C3 ‖ C2 with C1 = 04 ‖ x(32) ‖ y(32), C3 = 32 bytes.
Result<QByteArray> sm2CipherDerToC1C3C2(QByteArrayView der);
//! Raw C1 ‖ C3 ‖ C2 → GM/T 0009 DER. C1 must start with 04 (never guessed: x itself may start with 04).
Result<QByteArray> sm2CipherC1C3C2ToDer(QByteArrayView raw);

} // namespace credit::crypto
