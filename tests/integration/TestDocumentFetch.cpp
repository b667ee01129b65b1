// SPDX-License-Identifier: Apache-2.0
// Documents on demand against the demo network: only envelopes a verified
// block refers to are fetched, each is checked against its on-chain hash
// whoever serves it, kept in the cache, and a damaged cache entry is fetched
// again. Uploads go to the devnet's store and come back byte for byte.
#include "DemoChain.h"
#include "ScriptedHttpServer.h"
#include "node/DocumentFetcher.h"
#include "chain/DocumentStoreClient.h"
#include "chain/NetworkProfile.h"
#include "chain/RpcClient.h"
#include "node/SyncEngine.h"
#include "codec/Hex.h"
#include "crypto/Envelope.h"
#include "crypto/Sm3.h"
#include "store/DocumentCache.h"
#include "store/LightStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

class TestDocumentFetch final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fetchesAReferencedEnvelopeOnceThenFromTheCache();
    void refusesADocumentNoVerifiedBlockMentions();
    void refusesABodyThatDoesNotMatchItsHash();
    void refetchesADamagedCacheEntry();
    void capsTheSize();
    void uploadsAndReadsBack();

private:
    QByteArray reportDocument();

    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_devnet;
    chain::NetworkProfile m_profile;
    std::unique_ptr<store::LightStore> m_reader;
};

void TestDocumentFetch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")));
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_devnet = std::move(chain->devnet);
    m_profile = chain->profile;

    const QString path = m_dir.filePath(QStringLiteral("light.sqlite"));
    auto writer = store::LightStore::open(path);
    QVERIFY(writer.ok());
    chain::RpcClient client(m_devnet->url());
    auto synced = chain::SyncEngine(**writer, m_profile, client).syncToHead();
    QVERIFY2(synced.ok(), qPrintable(synced ? QString() : synced.error().error.message));
    auto reader = store::LightStore::openReadOnly(path);
    QVERIFY(reader.ok());
    m_reader = std::move(*reader);
}

QByteArray TestDocumentFetch::reportDocument()
{
    auto stmt = m_reader->database().prepare(QStringLiteral(
        "SELECT report_document FROM orders WHERE report_document IS NOT NULL ORDER BY order_id LIMIT 1"));
    if (!stmt)
        return {};
    auto row = stmt->step();
    if (!row || !*row)
        return {};
    return stmt->blob(0);
}

void TestDocumentFetch::fetchesAReferencedEnvelopeOnceThenFromTheCache()
{
    const QByteArray hash = reportDocument();
    QCOMPARE(hash.size(), 32);
    store::DocumentCache cache(m_dir.filePath(QStringLiteral("cache-a")));
    chain::DocumentStoreClient client(m_profile.documentStore);
    chain::DocumentFetcher fetcher(*m_reader, cache, client);
    auto first = fetcher.fetch(hash);
    QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().message));
    QVERIFY(!first->fromCache);
    QCOMPARE(crypto::sm3(first->envelope), hash);
    QCOMPARE(first->reference.kind, store::DocumentReference::Kind::Report);
    QVERIFY(crypto::envelope::inspect(first->envelope).ok()); // a real envelope, recipients and all

    // The second time the store is not asked: a fetcher whose store is unreachable still answers.
    chain::RpcOptions quick;
    quick.connectTimeoutMs = 500;
    chain::DocumentStoreClient dead(QStringLiteral("http://127.0.0.1:1/documents/"), quick);
    chain::DocumentFetcher offline(*m_reader, cache, dead);
    auto second = offline.fetch(hash);
    QVERIFY(second.ok());
    QVERIFY(second->fromCache);
    QCOMPARE(second->envelope, first->envelope);
    QCOMPARE(second->reference.orderId, first->reference.orderId);
}

void TestDocumentFetch::refusesADocumentNoVerifiedBlockMentions()
{
    store::DocumentCache cache(m_dir.filePath(QStringLiteral("cache-b")));
    chain::DocumentStoreClient client(m_profile.documentStore);
    chain::DocumentFetcher fetcher(*m_reader, cache, client);
    auto r = fetcher.fetch(crypto::sm3("never on chain"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::NotFound);
    QVERIFY(r.error().message.contains(QStringLiteral("no verified block")));
}

void TestDocumentFetch::refusesABodyThatDoesNotMatchItsHash()
{
    test::ScriptedHttpServer liar([](const QByteArray &, int) {
        test::ScriptedHttpServer::Reply reply;
        reply.body = "a document the chain never named";
        reply.contentType = "application/octet-stream";
        return reply;
    });
    store::DocumentCache cache(m_dir.filePath(QStringLiteral("cache-c")));
    chain::DocumentStoreClient client(liar.url() + QStringLiteral("documents/"));
    chain::DocumentFetcher fetcher(*m_reader, cache, client);
    auto r = fetcher.fetch(reportDocument());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Corrupt);
    QVERIFY2(
        r.error().message.contains(QStringLiteral("not the hash recorded on chain")), qPrintable(r.error().message));
    QCOMPARE(liar.requestCount(), 1);
    QCOMPARE(cache.size(), 0); // nothing kept
}

void TestDocumentFetch::refetchesADamagedCacheEntry()
{
    const QByteArray hash = reportDocument();
    store::DocumentCache cache(m_dir.filePath(QStringLiteral("cache-d")));
    chain::DocumentStoreClient client(m_profile.documentStore);
    chain::DocumentFetcher fetcher(*m_reader, cache, client);
    QVERIFY(fetcher.fetch(hash).ok());
    const QStringList files = QDir(cache.dir()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile file(QDir(cache.dir()).filePath(files.first()));
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(10);
    file.write("XX");
    file.close();
    QVERIFY(!cache.get(hash).has_value());
    auto again = fetcher.fetch(hash);
    QVERIFY(again.ok());
    QVERIFY(!again->fromCache);
    QCOMPARE(crypto::sm3(again->envelope), hash);
    QVERIFY(cache.get(hash).has_value());
}

void TestDocumentFetch::capsTheSize()
{
    chain::RpcOptions small;
    small.maxResponseBytes = 100;
    store::DocumentCache cache(m_dir.filePath(QStringLiteral("cache-e")));
    chain::DocumentStoreClient client(m_profile.documentStore, small);
    chain::DocumentFetcher fetcher(*m_reader, cache, client);
    auto r = fetcher.fetch(reportDocument());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("exceeds 100 bytes")), qPrintable(r.error().message));
}

void TestDocumentFetch::uploadsAndReadsBack()
{
    chain::DocumentStoreClient client(m_profile.documentStore);
    auto key = test::DemoChain::key(QStringLiteral("bank-shanghai.pem")); // the store admits institutions' writes
    QVERIFY(key.ok());
    client.signUploadsWith(*key);
    const QByteArray body = QByteArray("%PDF-1.7 not really, but bytes all the same ").repeated(1000);
    auto name = client.upload(body);
    QVERIFY2(name.ok(), qPrintable(name ? QString() : name.error().message));
    QCOMPARE(*name, crypto::sm3(body));
    auto back = client.fetch(*name);
    QVERIFY(back.ok());
    QCOMPARE(*back, body);
    auto missing = client.fetch(crypto::sm3("never uploaded"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
}

QTEST_MAIN(TestDocumentFetch)
#include "TestDocumentFetch.moc"
