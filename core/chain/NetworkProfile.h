// SPDX-License-Identifier: Apache-2.0
// Which chain a light node follows and what it trusts about it. Everything
// the node serves is checked against this file; nothing in it comes from a node.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace credit::chain {

//! A network profile (JSON):
//! { "name": "…", "chainId": 1, "groupId": 1, "endpoints": ["http://…", …],
//!   "genesisHash": "0x…32 bytes", "contractAddress": "0x…20 bytes",
//!   "documentStore": "http://…" }
struct NetworkProfile {
    QString name;
    quint64 chainId = 0;
    quint64 groupId = 1;
    QStringList endpoints; //!< at least one http:// or https:// URL
    QByteArray genesisHash; //!< 32 bytes: the trust anchor (hash of block 0)
    QByteArray contractAddress; //!< 20 bytes: the CreditMarket contract whose events are projected
    QString
        documentStore; //!< the document collection URL ("…/documents/"): a document is at it + hex(SM3); may be empty

    //! Strict parse: every field present with the right type; errors name the field.
    static Result<NetworkProfile> fromJson(const QJsonObject &object);
    static Result<NetworkProfile> load(const QString &path);
    QJsonObject toJson() const;
};

} // namespace credit::chain
