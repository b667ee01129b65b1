// SPDX-License-Identifier: Apache-2.0
// On-demand documents (ARCHITECTURE.md "Data flow" 4): an envelope is only
// fetched when a verified block refers to it, is checked against that hash
// whoever serves it, and is kept in the local cache afterwards. Blocking:
// the UI runs it on a worker thread with its own read-only store connection.
#pragma once

#include "common/Result.h"
#include "store/LightStore.h"

#include <QByteArray>

namespace credit::store {
class DocumentCache;
}

namespace credit::chain {

class DocumentStoreClient;

struct FetchedDocument {
    QByteArray envelope;
    store::DocumentReference reference; //!< the order that records its hash
    bool fromCache = false;
};

class DocumentFetcher final {
public:
    //! All three must outlive the fetcher and belong to the calling thread.
    DocumentFetcher(store::LightStore &reader, store::DocumentCache &cache, DocumentStoreClient &client);

    //! The envelope named `hash`: refused when no verified block mentions
    //! it; from the cache when there, else fetched, checked and cached.
    Result<FetchedDocument> fetch(const QByteArray &hash);

private:
    store::LightStore &m_reader;
    store::DocumentCache &m_cache;
    DocumentStoreClient &m_client;
};

} // namespace credit::chain
