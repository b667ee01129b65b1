// SPDX-License-Identifier: Apache-2.0
// Merkle proofs in the JSON of FISCO BCOS 2.x getTransactionByHashWithProof /
// getTransactionReceiptByHashWithProof: [{"left":[hex...],"right":[hex...]}, ...]
// with the hex written without "0x".
#pragma once

#include "codec/Merkle.h"
#include "common/Result.h"

#include <QJsonArray>

namespace credit::merkle {

QJsonArray proofToJson(const Proof &proof);

//! Strict about the shape (objects with "left" and "right" arrays of hex strings, at most
//! kMaxProofLevels levels of at most 15 siblings); accepts hex with or without "0x".
//! Whether the proof fits an index is for verify() to say.
Result<Proof> proofFromJson(const QJsonArray &json);

} // namespace credit::merkle
