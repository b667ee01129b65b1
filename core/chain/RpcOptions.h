// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

namespace credit::chain {

class BatchSupportMemo;
class CancelToken;

//! How an RpcClient talks to its endpoint. The defaults suit a FISCO node
//! on a LAN or behind the operator's HTTPS proxy.
struct RpcOptions {
    int connectTimeoutMs = 5000;
    //! Whole exchange, connect included, per attempt.
    int requestTimeoutMs = 30000;

    //! Extra attempts for idempotent reads after a transient failure
    //! (RpcError::isTransient). sendRawTransaction is never retried.
    int retries = 2;
    //! Backoff before retry k (0-based) is a random time in [d/2, d] with
    //! d = min(backoffMaxMs, backoffBaseMs · 2^k): the jitter keeps clients
    //! that failed together from retrying together.
    int backoffBaseMs = 200;
    int backoffMaxMs = 5000;

    //! PEM file of CA certificates for https; empty = the system store.
    QString caFile;
    //! libcurl pin list, e.g. "sha256//BASE64" or several joined by ';'.
    //! When set, the server's public key must match one of them. With a pin
    //! and no caFile the pin is the only trust anchor (a node or proxy with a
    //! self-signed certificate): the CA chain and host name are not checked.
    QString pinnedPublicKey;
    //! Proxy URL; empty connects directly and ignores http_proxy and
    //! friends in the environment, so a stray variable cannot reroute chain traffic.
    QString proxy;

    //! Replies larger than this are aborted mid-transfer.
    qint64 maxResponseBytes = qint64(32) * 1024 * 1024;
    //! Concurrent connections for callMany without batches.
    int maxParallel = 8;
    //! Calls per JSON-RPC batch POST; longer lists are split.
    int maxBatchSize = 100;
    //! false: never try batches (e.g. a proxy known to mangle them).
    bool allowBatch = true;
    //! Where batch support is remembered; null = BatchSupportMemo::processWide().
    std::shared_ptr<BatchSupportMemo> batchMemo;

    //! Stops transfers, backoff waits and every call made after it fires.
    std::shared_ptr<const CancelToken> cancel;
};

} // namespace credit::chain
