// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "devnet/Devnet.h"

#include <QStringList>

namespace credit::devnet {

//! Parses credit-devnet's arguments:
//! --genesis FILE --data DIR --listen HOST:PORT [--block-interval-ms N] [--sealers N]
//! and the document store limits (--store-…, see usage()).
Result<Devnet::Options> parseCommandLine(const QStringList &arguments);
QString usage();

} // namespace credit::devnet
