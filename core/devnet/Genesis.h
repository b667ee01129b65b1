// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "codec/BlockHeader.h"
#include "common/Result.h"
#include "crypto/Sm2Key.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace credit::devnet {

//! An institution registered at genesis (the operator's first act, done by the file).
struct GenesisInstitution {
    QByteArray account; //!< 20 bytes
    QString code; //!< unified social credit code
    QString name;
    int role = 0; //!< 1 operator … 5 mediator (PROTOCOL.md §7)
    quint32 region = 0; //!< administrative region code, e.g. 310000 Shanghai
    QByteArray publicKey; //!< 64 bytes
};

//! The parsed genesis file (format: core/devnet/GENESIS.md).
struct Genesis {
    quint64 chainId = 1;
    quint64 groupId = 1;
    quint64 timestamp = 0; //!< ms; block 0's timestamp
    QList<crypto::Sm2PrivateKey> sealerKeys;
    QList<crypto::Sm2PrivateKey> standbyKeys; //!< held, not sealing until the operator adds them
    QByteArray operatorAccount; //!< 20 bytes
    QByteArray contractAddress; //!< 20 bytes: where CreditMarket lives
    QList<GenesisInstitution> institutions;
    QByteArray fileHash; //!< SM3 of the file's bytes, carried in block 0's extraData

    //! Every key the devnet holds: sealers first, then standby nodes.
    QList<crypto::Sm2PrivateKey> heldKeys() const { return sealerKeys + standbyKeys; }

    //! Block 0: a function of the file only.
    chain::BlockHeader header() const;

    static Result<Genesis> parse(const QByteArray &fileBytes);
    static Result<Genesis> load(const QString &path);
};

} // namespace credit::devnet
