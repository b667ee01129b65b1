// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"

#include <QByteArray>
#include <QList>
#include <functional>

namespace credit::market {
class MarketSession;
}

namespace credit::desk {

//! The first half of every transaction that anchors a document: seals
//! `plaintext` for `readers`, dry-runs the transaction (callData, built from
//! the envelope's SM3) so a document the chain would refuse is never stored,
//! then uploads the envelope. The envelope's SM3, which the transaction then
//! carries. Blocking: the chain worker thread. Errors say which step failed.
Result<QByteArray> sealCheckAndUpload(market::MarketSession &session, const QByteArray &plaintext,
    const QList<crypto::Sm2PublicKey> &readers,
    const std::function<Result<QByteArray>(const QByteArray &documentHash)> &callData);

} // namespace credit::desk
