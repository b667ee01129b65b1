// SPDX-License-Identifier: Apache-2.0
// The small answers of PROTOCOL.md §1 that are worth a struct. Blocks,
// headers and receipts stay QJsonObject: their meaning is checked by the
// light node (§4–§6), which needs the raw fields anyway.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace credit::chain {

//! getClientVersion: what the node says it is.
struct ClientVersion {
    quint64 chainId = 0; //!< "Chain Id" (FISCO sends a decimal string)
    QString supportedVersion; //!< "Supported Version", e.g. "2.9.0"
    QString nodeVersion; //!< "FISCO-BCOS Version", when present
    QJsonObject raw;

    static Result<ClientVersion> fromJson(const QJsonValue &value);
};

//! call: the result of a read-only contract call. Not authenticated and not
//! proven (§1): never show it as verified.
struct CallResult {
    quint64 currentBlockNumber = 0;
    QByteArray output;
    quint64 status = 0; //!< 0 = success, 22 = revert (see ReceiptStatus.h)

    static Result<CallResult> fromJson(const QJsonValue &value);
};

//! getSyncStatus, the fields the terminal uses; the rest is in raw.
struct SyncStatus {
    quint64 blockNumber = 0;
    quint64 knownHighestNumber = 0; //!< blockNumber when the node does not say
    bool isSyncing = false;
    QByteArray genesisHash; //!< empty when absent
    QByteArray latestHash; //!< empty when absent
    int peerCount = 0;
    QJsonObject raw;

    static Result<SyncStatus> fromJson(const QJsonValue &value);
};

//! getSealerList: 64-byte node ids (the sealers' public keys).
Result<QList<QByteArray>> sealerListFromJson(const QJsonValue &value);
//! getGroupList: group ids (JSON integers; hex strings accepted too).
Result<QList<quint64>> groupListFromJson(const QJsonValue &value);

} // namespace credit::chain
