// SPDX-License-Identifier: Apache-2.0
// The content-addressed document store (PROTOCOL.md §8): GET and PUT
// /documents/<hex of SM3(body)>. The store is not trusted: a body whose SM3
// is not the name it was asked for is refused, whoever served it. Writes are
// signed with the writer's key (DocumentWriteSignature.h); a refusal comes
// back as advice the user can act on (DocumentStoreRefusal.h).
#pragma once

#include "chain/RpcOptions.h"
#include "common/Result.h"
#include "crypto/Sm2Key.h"

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
    //! The key every upload is signed with: the institution's (or, once
    //! institutions have users, the user's) signed-in key. Without one an
    //! upload goes unsigned and a store that admits writers refuses it.
    void signUploadsWith(crypto::Sm2PrivateKey key) { m_writer = std::move(key); }
    //! Stores the body, signed at the current UTC time; returns its name, SM3(body).
    Result<QByteArray> upload(const QByteArray &body);
    //! Where the document named `hash` lives.
    QString urlFor(const QByteArray &hash) const;

private:
    QString m_base;
    RpcOptions m_options;
    crypto::Sm2PrivateKey m_writer;
    std::unique_ptr<CurlTransport> m_transport;
};

} // namespace credit::chain
