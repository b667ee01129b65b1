// SPDX-License-Identifier: Apache-2.0
// A small devnet genesis for integration tests that need their own chain:
// four sealers derived from a seed, no institutions, a fixed start time.
#pragma once

#include "codec/Hex.h"
#include "crypto/Sm3.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace credit::test {

//! Writes the genesis to path; false when it cannot be written.
inline bool writeTestGenesis(
    const QString &path, const QByteArray &sealerSeed, const QByteArray &operatorAccount, const QByteArray &contract)
{
    QJsonArray sealers;
    for (int i = 0; i < 4; ++i)
        sealers << hex::encode(crypto::sm3(sealerSeed + char('0' + i)));
    QFile genesis(path);
    if (!genesis.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject content { { QStringLiteral("chainId"), 1 }, { QStringLiteral("groupId"), 1 },
        { QStringLiteral("timestamp"), qint64(1700000000000) }, { QStringLiteral("sealerKeys"), sealers },
        { QStringLiteral("operator"), hex::encode(operatorAccount) },
        { QStringLiteral("contractAddress"), hex::encode(contract) },
        { QStringLiteral("institutions"), QJsonArray() } };
    return genesis.write(QJsonDocument(content).toJson()) > 0;
}

} // namespace credit::test
