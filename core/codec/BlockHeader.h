// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace credit::chain {

inline constexpr int kBloomSize = 256;
inline constexpr int kNodeIdSize = 64;

//! One sealer's signature over a header hash: signatureList[i] of FISCO 2.x.
//! In 国密 mode the signature is r(32) ‖ s(32) ‖ pub(64); verifiers use the key
//! at sealerList[index], never the embedded one.
struct SealerSignature {
    quint64 index = 0;
    QByteArray signature;
    friend bool operator==(const SealerSignature &, const SealerSignature &) = default;
};

//! A FISCO BCOS 2.x block header (PROTOCOL.md §4).
struct BlockHeader {
    QByteArray parentHash; //!< 32
    QByteArray stateRoot; //!< 32
    QByteArray transactionsRoot; //!< 32
    QByteArray receiptsRoot; //!< 32
    QByteArray dbHash; //!< 32
    QByteArray logsBloom = QByteArray(kBloomSize, '\0');
    quint64 number = 0;
    quint64 gasLimit = 0;
    quint64 gasUsed = 0;
    quint64 timestamp = 0; //!< milliseconds since the epoch
    QList<QByteArray> extraData;
    quint64 sealer = 0; //!< index into sealerList of the proposer
    QList<QByteArray> sealerList; //!< 64-byte node ids (SM2 public keys)

    //! RLP([parentHash, stateRoot, transactionsRoot, receiptsRoot, dbHash, logsBloom,
    //! number, gasLimit, gasUsed, timestamp, [extraData…], sealer, [sealerList…]]).
    QByteArray encode() const;
    //! SM3(encode()): the block hash sealers sign.
    QByteArray hash() const;

    friend bool operator==(const BlockHeader &, const BlockHeader &) = default;
};

//! JSON as FISCO returns it. getBlockHeaderByNumber writes `number` as a JSON
//! integer (numberAsInteger), getBlockByNumber as a hex string.
QJsonObject headerToJson(const BlockHeader &header, const QByteArray &hash, bool numberAsInteger);
QJsonArray signaturesToJson(const QList<SealerSignature> &signatures);

//! Strict parse of the header fields of a block or header JSON object (either
//! number form). Does not check `hash` — callers recompute and compare it.
Result<BlockHeader> headerFromJson(const QJsonObject &object);
Result<QList<SealerSignature>> signaturesFromJson(const QJsonValue &value);

} // namespace credit::chain
