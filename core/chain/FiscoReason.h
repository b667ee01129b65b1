// SPDX-License-Identifier: Apache-2.0
// The reason words a FISCO BCOS 2.x node puts into the message of a
// JSON-RPC error when it refuses a transaction (PROTOCOL.md §1). Node
// versions and our devnet spell some of them differently
// (BlockLimitCheckFail / BlockLimitCheckFailed), so each spelling maps to
// one canonical reason the caller can switch on.
#pragma once

#include <QString>
#include <QStringView>

namespace credit::chain {

enum class FiscoReason {
    None, //!< no known reason word in the message
    BlockLimitCheckFailed,
    NonceCheckFailed, //!< TransactionNonceCheckFail, NonceCheckFail
    InvalidChainId,
    InvalidGroupId,
    InvalidChainIdOrGroupId,
    InvalidSignature,
    TxPoolFull, //!< TransactionPoolIsFull, TxPoolIsFull
    AlreadyKnown, //!< already in the node's pool
    AlreadyInChain,
    OverGroupMemoryLimit,
    NotBelongToGroup,
    MalformedTransaction,
    PermissionDenied,
    TransactionRefused,
};

//! A reason and the exact word that named it in the message.
struct FiscoReasonMatch {
    FiscoReason reason = FiscoReason::None;
    QString word;
};

//! Finds the first known reason word in a node's error message. Words are
//! matched whole (a run of letters and digits), case-sensitively, because
//! FISCO prints them as enum names.
FiscoReasonMatch findFiscoReason(QStringView message);

//! What the reason means for the user and what to do about it, naming the
//! word as the node spelled it. Empty for FiscoReason::None.
QString describeFiscoReason(FiscoReason reason, const QString &word);

//! True for the refusals that a new transaction (fresh blockLimit and nonce)
//! can cure; the caller may rebuild and send again.
bool isCuredByRebuilding(FiscoReason reason);

} // namespace credit::chain
