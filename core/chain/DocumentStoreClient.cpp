// SPDX-License-Identifier: Apache-2.0
#include "chain/DocumentStoreClient.h"

#include "chain/CurlTransport.h"
#include "chain/DocumentStoreRefusal.h"
#include "chain/DocumentWriteSignature.h"
#include "codec/Hex.h"
#include "crypto/Sm3.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace credit::chain {

namespace {

Error transportError(const RpcError &error, const QString &what)
{
    return makeError(ErrorKind::Network, QStringLiteral("%1: %2").arg(what, error.toError().message));
}

//! The store's own words, when it sent some, for the user to pass on.
QString statusText(const HttpReply &reply)
{
    const QString text = QString::fromUtf8(reply.body.left(200)).trimmed();
    return text.isEmpty()
        ? QCoreApplication::translate("DocumentStoreClient", "HTTP %1").arg(reply.status)
        : QCoreApplication::translate("DocumentStoreClient", "HTTP %1: %2").arg(reply.status).arg(text);
}

//! A store's refusal (docs/DOCUMENT_STORE.md "Refusals"): its advice first,
//! then the store's own words for whoever the user passes it on to.
std::optional<Error> refusalError(const HttpReply &reply, const QString &what)
{
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    const auto refusal = docstore::refusalFromCode(body.value(QStringLiteral("code")).toString().toLatin1());
    if (!refusal)
        return std::nullopt;
    const bool fixable = *refusal == docstore::Refusal::TooLarge || *refusal == docstore::Refusal::HashMismatch
        || *refusal == docstore::Refusal::BadName;
    return makeError(fixable ? ErrorKind::InvalidInput : ErrorKind::Rejected,
        QCoreApplication::translate("DocumentStoreClient", "%1: the store refused it. %2 (The store said: %3)")
            .arg(what, docstore::adviceFor(*refusal), body.value(QStringLiteral("message")).toString()));
}

} // namespace

DocumentStoreClient::DocumentStoreClient(const QString &baseUrl, const RpcOptions &options)
    : m_base(baseUrl.endsWith(u'/') ? baseUrl : baseUrl + u'/'), m_options(options),
      m_transport(std::make_unique<CurlTransport>(m_base, options))
{
}

DocumentStoreClient::~DocumentStoreClient() = default;

QString DocumentStoreClient::urlFor(const QByteArray &hash) const
{
    return m_base + hex::encode(hash);
}

Result<QByteArray> DocumentStoreClient::fetch(const QByteArray &hash)
{
    if (hash.size() != 32)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("DocumentStoreClient", "a document is named by a 32-byte SM3 hash"));
    const QString what
        = QCoreApplication::translate("DocumentStoreClient", "fetching document %1").arg(hex::encodePrefixed(hash));
    auto reply = m_transport->request("GET", urlFor(hash));
    if (!reply)
        return transportError(reply.error(), what);
    if (reply->status == 404)
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("DocumentStoreClient",
                "%1: the document store does not have it (yet). Try again later, or ask the "
                "sender to upload it again.")
                .arg(what));
    if (reply->status != 200)
        return makeError(ErrorKind::Network, QStringLiteral("%1: %2").arg(what, statusText(*reply)));
    if (crypto::sm3(reply->body) != hash)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("DocumentStoreClient",
                "%1: the store served %2 bytes whose SM3 is %3, not the hash recorded on "
                "chain. Nothing was kept; report the store to the network operator.")
                .arg(what)
                .arg(reply->body.size())
                .arg(hex::encodePrefixed(crypto::sm3(reply->body))));
    return std::move(reply->body);
}

Result<QByteArray> DocumentStoreClient::upload(const QByteArray &body)
{
    const QByteArray hash = crypto::sm3(body);
    const QString what
        = QCoreApplication::translate("DocumentStoreClient", "uploading document %1").arg(hex::encodePrefixed(hash));
    QList<QByteArray> headers;
    if (!m_writer.isNull()) {
        // Wall-clock UTC: the store checks it against its own clock, never
        // against block times (the demo's history has blocks in the past).
        auto signature = docstore::signPut(m_writer, hash, hash, QDateTime::currentMSecsSinceEpoch());
        if (!signature)
            return signature.error();
        headers = docstore::headerLines(*signature);
    }
    auto reply = m_transport->request("PUT", urlFor(hash), body, "application/octet-stream", headers);
    if (!reply)
        return transportError(reply.error(), what);
    if (reply->status == 200 || reply->status == 201 || reply->status == 204)
        return hash;
    if (auto refused = refusalError(*reply, what))
        return *refused;
    return makeError(reply->status == 413 ? ErrorKind::InvalidInput : ErrorKind::Network,
        QStringLiteral("%1: %2").arg(what, statusText(*reply)));
}

} // namespace credit::chain
