// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/RpcError.h"
#include "common/Result.h"

namespace credit::chain {

//! A value or an RpcError: callers such as TransactionSender switch on the
//! typed error (reason word, transport cause); it flattens to Result<T>
//! wherever only the user text matters.
template<typename T> using RpcResult = Result<T, RpcError>;

} // namespace credit::chain
