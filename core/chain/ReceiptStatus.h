// SPDX-License-Identifier: Apache-2.0
// The status field of a FISCO BCOS 2.x receipt (and of a call result):
// 0 is success, anything else is a TransactionException code; 22
// (RevertInstruction) carries Error(string) in the output. The names of the
// codes are codec/Receipt.h's (receiptStatusName), one table for both.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace credit::chain {

inline constexpr quint64 kReceiptSuccess = 0;
inline constexpr quint64 kReceiptRevert = 22; //!< 0x16, RevertInstruction

//! What a failed status means for the user: a revert's decoded reason (SM3
//! or Keccak Error(string) selector), otherwise the status and its name.
QString describeReceiptFailure(quint64 status, QByteArrayView output);

} // namespace credit::chain
