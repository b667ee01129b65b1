// SPDX-License-Identifier: Apache-2.0
// Signatures, selectors and topics. On a 国密 chain the selector and the
// event topic are taken from SM3 of the canonical signature, not Keccak-256
// (PROTOCOL.md §2), so they differ from the values Ethereum tools print.
#pragma once

#include "codec/AbiType.h"
#include "codec/AbiValue.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace credit::abi {

//! A function or event signature: a name and its parameter types.
struct Signature {
    QString name;
    QList<Type> types;

    //! Canonical text: "transfer(address,uint256)".
    QString text() const;
    //! Parses "name(T1,T2)"; types must be written canonically apart from "uint"/"int".
    static Result<Signature> parse(QStringView text);
};

//! Canonical signature text from a name and types.
QString signature(QStringView name, const QList<Type> &types);

//! SM3(signature)[0:4]. The signature must already be canonical.
QByteArray functionSelector(QStringView signature);
//! SM3(signature), the first topic of a non-anonymous event.
QByteArray eventTopic(QStringView signature);

//! Call data: the selector of the signature followed by the encoded arguments.
Result<QByteArray> encodeCall(const Signature &signature, const QList<Value> &arguments);

//! Selector of Error(string) on a 国密 chain (SM3): c703cb12.
QByteArray errorSelectorSm3();
//! Selector of Error(string) on a non-国密 chain (Keccak-256): 08c379a0.
QByteArray errorSelectorKeccak();

//! The reason of a Solidity revert: output = selector of Error(string) (SM3 or Keccak)
//! followed by an ABI string. nullopt when the output is anything else or malformed.
std::optional<QString> decodeRevertReason(QByteArrayView output);

} // namespace credit::abi
