// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <mutex>

namespace credit::chain {

//! Whether an endpoint answers JSON-RPC batch arrays. A real FISCO node may
//! not (PROTOCOL.md §1), the devnet does; probing costs one request, so the
//! answer is remembered per endpoint URL and shared by every RpcClient that
//! uses the same memo (by default the process-wide one). Thread-safe.
class BatchSupportMemo final {
public:
    enum class Support { Unknown, Supported, Unsupported };

    BatchSupportMemo() = default;
    Q_DISABLE_COPY_MOVE(BatchSupportMemo)

    //! The memo RpcClient uses unless its options name another one.
    static std::shared_ptr<BatchSupportMemo> processWide();

    Support lookup(const QString &endpoint) const;
    void remember(const QString &endpoint, Support support);
    //! Drops what is known, e.g. after the operator swapped the proxy in front of the nodes.
    void forget(const QString &endpoint);

private:
    mutable std::mutex m_mutex;
    QHash<QString, Support> m_support;
};

} // namespace credit::chain
