// SPDX-License-Identifier: Apache-2.0
#include "desk/DeskSession.h"

#include "node/DocumentFetcher.h"
#include "chain/DocumentStoreClient.h"
#include "crypto/Envelope.h"
#include "store/DocumentCache.h"
#include "store/LightStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace credit::desk {

DeskSession::DeskSession(chain::NetworkProfile profile, const SigningKey &key, QString dataDir, QObject *parent,
    chain::LightNode::Options nodeOptions, const Clock &clock)
    : QObject(parent), m_profile(std::move(profile)), m_clock(clock), m_key(key.key()), m_dataDir(std::move(dataDir)),
      m_worker(std::make_unique<ChainWorker>(m_profile, m_key))
{
    QDir().mkpath(m_dataDir);
    m_node = std::make_unique<chain::LightNode>(m_profile, storePath(), nodeOptions);
    m_reader = new StoreMarketReader(storePath(), m_key.address(), this);
    connect(m_node.get(), &chain::LightNode::blocksCommitted, this, &DeskSession::blocksCommitted);
    connect(m_node.get(), &chain::LightNode::blocksCommitted, m_reader, &MarketReader::blocksCommitted);
    connect(m_node.get(), &chain::LightNode::transactionConfirmed, this, &DeskSession::transactionConfirmed);
}

DeskSession::~DeskSession()
{
    shutdown(); // m_worker then returns at once: its jobs hold none of this
}

void DeskSession::shutdown()
{
    // Disconnect before stopping: LightNode::stop() flushes the commits and
    // confirmations it merged in its last interval, and that flush must reach
    // nobody — the pages may be half torn down (the crash on Lock).
    disconnect(m_node.get(), nullptr, nullptr, nullptr);
    disconnect(this, nullptr, nullptr, nullptr);
    disconnect(m_reader, nullptr, nullptr, nullptr);
    m_worker->cancel(); // a send or fetch in flight ends now
    m_node->stop();
}

void DeskSession::start()
{
    m_node->start();
}

void DeskSession::actFor(const QByteArray &institution)
{
    m_institution = institution;
    m_reader->setSelf(institution);
}

QString DeskSession::storePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("light.sqlite"));
}

QString DeskSession::documentCacheDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("documents"));
}

QString DeskSession::sendingEndpoint() const
{
    for (const chain::EndpointStatus &e : m_node->endpoints())
        if (e.health == chain::EndpointHealth::Serving)
            return e.url;
    return m_profile.endpoints.value(0);
}

QFuture<Result<QByteArray>> DeskSession::openDocument(const QByteArray &hash)
{
    const QString path = storePath(), cacheDir = documentCacheDir(), storeUrl = m_profile.documentStore;
    const crypto::Sm2PrivateKey key = m_key;
    return m_worker->run<QByteArray>(
        [path, cacheDir, storeUrl, key, hash] { return openDocumentNow(path, cacheDir, storeUrl, key, hash); });
}

Result<QByteArray> DeskSession::openDocumentNow(const QString &storePath, const QString &cacheDir,
    const QString &storeUrl, const crypto::Sm2PrivateKey &key, const QByteArray &hash)
{
    // Its own read-only connection: SQLite connections stay on their thread.
    auto reader = store::LightStore::openReadOnly(storePath);
    if (!reader)
        return reader.error();
    store::DocumentCache cache(cacheDir);
    chain::DocumentStoreClient client(storeUrl);
    auto fetched = chain::DocumentFetcher(**reader, cache, client).fetch(hash);
    if (!fetched)
        return fetched.error();
    auto opened = crypto::envelope::open(fetched->envelope, key);
    if (!opened && opened.error().kind == ErrorKind::NotFound)
        // Sealed to the institution's admin key and the users active at the
        // time: a user opened later (or frozen then) is not among them.
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("DeskSession",
                "This document was sealed before your key could read it: it is sealed to your institution's "
                "administrator key and to the users who were active when it was sent (%1). Your institution's "
                "administrator key can open it.")
                .arg(opened.error().message));
    return opened;
}

} // namespace credit::desk
