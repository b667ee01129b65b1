// SPDX-License-Identifier: Apache-2.0
// The content-addressed document store (PROTOCOL.md §8): GET and PUT
// /documents/<hex of SM3(body)>. The store is not trusted: a body whose SM3
// is not the name it was asked for is refused, whoever served it.
#pragma once

#include "chain/RpcOptions.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace credit::chain {

class CurlTransport;

class DocumentStoreClient final {
public:
    //! baseUrl: the profile's documentStore, the collection every document
    //! is under (e.g. "http://node:20200/documents/"). The
    //! options' maxResponseBytes caps a document's size.
    DocumentStoreClient(const QString &baseUrl, const RpcOptions &options = {});
    ~DocumentStoreClient();
    Q_DISABLE_COPY_MOVE(DocumentStoreClient)

    //! The document named `hash` (32 bytes), checked against it.
    Result<QByteArray> fetch(const QByteArray &hash);
    //! Stores the body; returns its name, SM3(body).
    Result<QByteArray> upload(const QByteArray &body);
    //! Where the document named `hash` lives.
    QString urlFor(const QByteArray &hash) const;

private:
    QString m_base;
    RpcOptions m_options;
    std::unique_ptr<CurlTransport> m_transport;
};

} // namespace credit::chain
