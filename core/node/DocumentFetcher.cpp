// SPDX-License-Identifier: Apache-2.0
#include "node/DocumentFetcher.h"

#include "chain/DocumentStoreClient.h"
#include "codec/Hex.h"
#include "store/DocumentCache.h"

#include <QCoreApplication>

namespace credit::chain {

DocumentFetcher::DocumentFetcher(store::LightStore &reader, store::DocumentCache &cache, DocumentStoreClient &client)
    : m_reader(reader), m_cache(cache), m_client(client)
{
}

Result<FetchedDocument> DocumentFetcher::fetch(const QByteArray &hash)
{
    auto reference = m_reader.documentReference(hash);
    if (!reference)
        return reference.error();
    if (!*reference)
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("DocumentFetcher",
                "no verified block refers to document %1; if it was just sent, wait until "
                "its block is synced")
                .arg(hex::encodePrefixed(hash)));
    if (auto cached = m_cache.get(hash))
        return FetchedDocument { std::move(*cached), **reference, true };
    auto body = m_client.fetch(hash);
    if (!body)
        return body.error();
    // A full disk must not cost the user the document they asked for.
    if (auto r = m_cache.put(*body); !r)
        qWarning("document cache: %s", qPrintable(r.error().message));
    return FetchedDocument { std::move(*body), **reference, false };
}

} // namespace credit::chain
