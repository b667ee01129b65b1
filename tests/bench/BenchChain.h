// SPDX-License-Identifier: Apache-2.0
// The sync benchmark's chain: a devnet data folder of N blocks of signed
// CreditMarket traffic, written in-process (no HTTP) with the devnet's own
// BlockProducer and MarketRuntime, and cached by its parameters.
#pragma once

#include "common/Result.h"

#include <QString>

namespace credit::bench {

struct BenchChainParams {
    int blocks = 20000;
    int minTransactions = 1; //!< per block
    int maxTransactions = 10;
    quint32 seed = 4;
    int sealers = 4;
    //! Folder name in the cache: every parameter and the format version.
    QString key() const;
};

struct BenchChain {
    QString genesisPath;
    QString dataDir; //!< for credit-devnet --data
    qint64 transactions = 0;
    double buildSeconds = 0; //!< what building took (when it was built, not this run)
    bool fromCache = false;
};

//! The chain for params under cacheRoot, built first when it is not there.
//! A build that dies half-way leaves only a ".partial" folder, never a cache entry.
Result<BenchChain> obtainBenchChain(const BenchChainParams &params, const QString &cacheRoot);

} // namespace credit::bench
