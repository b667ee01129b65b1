// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/DocumentStoreRefusal.h"

#include <QString>

namespace credit::devnet {

//! A refused document-store write: the rule (its code and HTTP status come
//! from chain/DocumentStoreRefusal.h) and the store's English explanation.
struct StoreRefusal {
    chain::docstore::Refusal refusal;
    QString message;
};

} // namespace credit::devnet
