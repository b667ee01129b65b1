// SPDX-License-Identifier: Apache-2.0
// Issue 18: the devnet's document store admits only signed writes by active
// registered institutions, within a clock window and never twice, under a
// size limit, a per-account quota and a total-size guard — each refusal with
// its own code — while reads stay open. The demo chain on a real devnet,
// spoken to over HTTP by the shared client and by hand-made requests.
#include "DemoChain.h"
#include "chain/CurlTransport.h"
#include "chain/DocumentStoreClient.h"
#include "chain/DocumentStoreRefusal.h"
#include "chain/DocumentWriteSignature.h"
#include "chain/MarketSession.h"
#include "codec/Hex.h"
#include "crypto/Sm3.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using chain::docstore::Refusal;

namespace {

constexpr qint64 kKiB = 1024;

struct Answer {
    int status = 0;
    QString code;
    QString message;
};

devnet::DocumentStoreOptions testLimits()
{
    devnet::DocumentStoreOptions o;
    o.maxDocumentBytes = 1024 * kKiB;
    o.quotaBytes = 256 * kKiB;
    return o;
}

} // namespace

class TestDocumentStoreAdmission final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unsignedWriteIsRefused();
    void malformedHeadersAreRefused();
    void wrongSignatureIsRefused();
    void unknownAccountIsRefused();
    void staleTimestampIsRefused();
    void replayIsRefused();
    void inactiveInstitutionIsRefused();
    void tooLargeIsRefusedBeforeAnyone();
    void quotaOfOneAccountDoesNotStopAnother();
    void clientTurnsRefusalsIntoAdvice();
    void auditRecordsWhoWroteWhat();
    void totalSizeAndDiskGuardsRefuseWritesNotReads();

private:
    Answer put(const QByteArray &body, const QList<QByteArray> &headers);
    Answer putSigned(const crypto::Sm2PrivateKey &key, const QByteArray &body, qint64 atMs = 0);
    QByteArray freshBody(qint64 size);
    static crypto::Sm2PrivateKey demoKey(const QString &file);

    QTemporaryDir m_dir;
    test::DemoChain m_chain;
    qint64 m_startedMs = 0;
    int m_bodies = 0;
    crypto::Sm2PrivateKey m_shanghai;
    crypto::Sm2PrivateKey m_beijing;
};

crypto::Sm2PrivateKey TestDocumentStoreAdmission::demoKey(const QString &file)
{
    auto key = test::DemoChain::key(file);
    if (!key)
        qFatal("demo key %s: %s", qPrintable(file), qPrintable(key.error().message));
    return *key;
}

void TestDocumentStoreAdmission::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")), 100, testLimits());
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_chain = std::move(*chain);
    m_shanghai = demoKey(QStringLiteral("bank-shanghai.pem"));
    m_beijing = demoKey(QStringLiteral("bank-beijing.pem"));
}

QByteArray TestDocumentStoreAdmission::freshBody(qint64 size)
{
    QByteArray body = "envelope " + QByteArray::number(++m_bodies) + ' ';
    body += QByteArray(size - body.size(), 'e');
    return body;
}

Answer TestDocumentStoreAdmission::put(const QByteArray &body, const QList<QByteArray> &headers)
{
    const QString store = m_chain.profile.documentStore;
    chain::CurlTransport transport(store, {});
    auto reply
        = transport.request("PUT", store + hex::encode(crypto::sm3(body)), body, "application/octet-stream", headers);
    if (!reply)
        return {};
    const QJsonObject json = QJsonDocument::fromJson(reply->body).object();
    return { reply->status, json.value(QStringLiteral("code")).toString(),
        json.value(QStringLiteral("message")).toString() };
}

Answer TestDocumentStoreAdmission::putSigned(const crypto::Sm2PrivateKey &key, const QByteArray &body, qint64 atMs)
{
    const QByteArray name = crypto::sm3(body);
    auto auth = chain::docstore::signPut(key, name, name, atMs ? atMs : QDateTime::currentMSecsSinceEpoch());
    if (!auth)
        return {};
    return put(body, chain::docstore::headerLines(*auth));
}

#define QCOMPARE_REFUSAL(answer, refusal)                                                                              \
    do {                                                                                                               \
        const Answer a_ = (answer);                                                                                    \
        QCOMPARE(a_.status, chain::docstore::httpStatusOf(refusal));                                                   \
        QCOMPARE(a_.code, QString::fromLatin1(chain::docstore::codeOf(refusal)));                                      \
        QVERIFY(!a_.message.isEmpty());                                                                                \
    } while (false)

void TestDocumentStoreAdmission::unsignedWriteIsRefused()
{
    const QByteArray body = freshBody(2 * kKiB);
    QCOMPARE_REFUSAL(put(body, {}), Refusal::Unsigned);
    QCOMPARE(put(body, {}).status, 401);
    // Nothing was stored: a read of that name finds nothing.
    chain::DocumentStoreClient reader(m_chain.profile.documentStore);
    const auto missing = reader.fetch(crypto::sm3(body));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
}

void TestDocumentStoreAdmission::malformedHeadersAreRefused()
{
    const QByteArray body = freshBody(kKiB);
    const QByteArray name = crypto::sm3(body);
    auto auth = chain::docstore::signPut(m_shanghai, name, name, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(auth.ok());
    QList<QByteArray> headers = chain::docstore::headerLines(*auth);
    headers[2] = "X-Credit-Signature: not hex";
    QCOMPARE_REFUSAL(put(body, headers), Refusal::MalformedAuthorisation);
    QCOMPARE_REFUSAL(put(body, { headers[0] }), Refusal::MalformedAuthorisation); // two of three missing
}

void TestDocumentStoreAdmission::wrongSignatureIsRefused()
{
    const QByteArray body = freshBody(kKiB);
    const QByteArray other = crypto::sm3("a different body");
    auto forOther = chain::docstore::signPut(m_shanghai, other, other, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(forOther.ok());
    // Signed for another document, sent with this one: the signature fails.
    QCOMPARE_REFUSAL(put(body, chain::docstore::headerLines(*forOther)), Refusal::BadSignature);
    const QByteArray name = crypto::sm3(body);
    auto signedByBeijing = chain::docstore::signPut(m_beijing, name, name, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(signedByBeijing.ok());
    signedByBeijing->account = m_shanghai.address(); // claims Shanghai, signed by Beijing
    QCOMPARE_REFUSAL(put(body, chain::docstore::headerLines(*signedByBeijing)), Refusal::BadSignature);
    auto tampered = chain::docstore::signPut(m_shanghai, name, name, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(tampered.ok());
    tampered->timestampMs -= 1; // the signed time changed after signing
    QCOMPARE_REFUSAL(put(body, chain::docstore::headerLines(*tampered)), Refusal::BadSignature);
}

void TestDocumentStoreAdmission::unknownAccountIsRefused()
{
    const auto stranger = crypto::Sm2PrivateKey::generate();
    QVERIFY(stranger.ok());
    QCOMPARE_REFUSAL(putSigned(*stranger, freshBody(kKiB)), Refusal::UnknownAccount);
}

void TestDocumentStoreAdmission::staleTimestampIsRefused()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 window = devnet::DocumentStoreOptions().clockWindowMs;
    QCOMPARE_REFUSAL(putSigned(m_shanghai, freshBody(kKiB), now - window - 60000), Refusal::StaleTimestamp);
    QCOMPARE_REFUSAL(putSigned(m_shanghai, freshBody(kKiB), now + window + 60000), Refusal::StaleTimestamp);
    // Inside the window either way is fine (clocks differ a little).
    QCOMPARE(putSigned(m_shanghai, freshBody(kKiB), now - window / 2).status, 201);
    QCOMPARE(putSigned(m_shanghai, freshBody(kKiB), now + window / 2).status, 201);
}

void TestDocumentStoreAdmission::replayIsRefused()
{
    const QByteArray body = freshBody(kKiB);
    const QByteArray name = crypto::sm3(body);
    auto auth = chain::docstore::signPut(m_shanghai, name, name, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(auth.ok());
    const QList<QByteArray> headers = chain::docstore::headerLines(*auth);
    QCOMPARE(put(body, headers).status, 201);
    QCOMPARE_REFUSAL(put(body, headers), Refusal::ReplayedSignature);
    // The same document signed anew is an ordinary (idempotent) write.
    QCOMPARE(putSigned(m_shanghai, body).status, 201);
}

void TestDocumentStoreAdmission::inactiveInstitutionIsRefused()
{
    const crypto::Sm2PrivateKey suzhou = demoKey(QStringLiteral("bank-suzhou.pem"));
    QCOMPARE(putSigned(suzhou, freshBody(kKiB)).status, 201);
    market::MarketSession operatorSession(
        m_chain.profile, m_chain.devnet->url(), demoKey(QStringLiteral("operator-shanghai.pem")));
    auto off = operatorSession.market().setInstitutionActive(suzhou.address(), false);
    QVERIFY2(off.ok(), qPrintable(off ? QString() : off.error().message));
    QCOMPARE_REFUSAL(putSigned(suzhou, freshBody(kKiB)), Refusal::InactiveInstitution);
    auto on = operatorSession.market().setInstitutionActive(suzhou.address(), true);
    QVERIFY2(on.ok(), qPrintable(on ? QString() : on.error().message));
    QCOMPARE(putSigned(suzhou, freshBody(kKiB)).status, 201);
}

void TestDocumentStoreAdmission::tooLargeIsRefusedBeforeAnyone()
{
    const QByteArray big = freshBody(testLimits().maxDocumentBytes + 1);
    QCOMPARE_REFUSAL(put(big, {}), Refusal::TooLarge);
    QCOMPARE_REFUSAL(putSigned(m_shanghai, big), Refusal::TooLarge);
    QCOMPARE(putSigned(m_shanghai, freshBody(testLimits().maxDocumentBytes)).status, 429); // 1 MiB > the 256 KiB quota
}

void TestDocumentStoreAdmission::quotaOfOneAccountDoesNotStopAnother()
{
    const crypto::Sm2PrivateKey hangzhou = demoKey(QStringLiteral("bank-hangzhou.pem"));
    const crypto::Sm2PrivateKey shenzhen = demoKey(QStringLiteral("bank-shenzhen.pem"));
    QCOMPARE(putSigned(hangzhou, freshBody(200 * kKiB)).status, 201);
    const QByteArray kept = freshBody(50 * kKiB);
    QCOMPARE(putSigned(hangzhou, kept).status, 201);
    QCOMPARE_REFUSAL(putSigned(hangzhou, freshBody(10 * kKiB)), Refusal::QuotaExceeded);
    QCOMPARE(putSigned(shenzhen, freshBody(200 * kKiB)).status, 201);
    // Reads go on for everyone.
    chain::DocumentStoreClient reader(m_chain.profile.documentStore);
    QCOMPARE(reader.fetch(crypto::sm3(kept)).value(), kept);
}

void TestDocumentStoreAdmission::clientTurnsRefusalsIntoAdvice()
{
    chain::DocumentStoreClient unsignedClient(m_chain.profile.documentStore);
    auto refused = unsignedClient.upload(freshBody(kKiB));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Rejected);
    QVERIFY2(refused.error().message.contains(chain::docstore::adviceFor(Refusal::Unsigned)),
        qPrintable(refused.error().message));

    chain::DocumentStoreClient stranger(m_chain.profile.documentStore);
    stranger.signUploadsWith(crypto::Sm2PrivateKey::generate().value());
    refused = stranger.upload(freshBody(kKiB));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(chain::docstore::adviceFor(Refusal::UnknownAccount)),
        qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("not a registered institution"))); // the store's words

    // The session every desk uploads through signs with its key.
    market::MarketSession session(m_chain.profile, m_chain.devnet->url(), m_beijing);
    const QByteArray body = freshBody(3 * kKiB);
    auto stored = session.documents().upload(body);
    QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(*stored, crypto::sm3(body));
    QCOMPARE(session.documents().fetch(*stored).value(), body);
}

void TestDocumentStoreAdmission::auditRecordsWhoWroteWhat()
{
    const QList<devnet::WriterUsage> usage = m_chain.devnet->documentStoreUsage(m_startedMs);
    const auto of = [&usage](const QByteArray &account) {
        for (const auto &u : usage)
            if (u.account == account)
                return u;
        return devnet::WriterUsage {};
    };
    const devnet::WriterUsage hangzhou = of(demoKey(QStringLiteral("bank-hangzhou.pem")).address());
    QCOMPARE(hangzhou.documents, 2);
    QCOMPARE(hangzhou.bytes, 250 * kKiB); // refused writes are not counted
    QVERIFY(hangzhou.lastWriteMs >= m_startedMs);
    QCOMPARE(of(m_beijing.address()).documents, 1);
    QCOMPARE(of(m_beijing.address()).bytes, 3 * kKiB);
    QCOMPARE(usage.first().bytes, hangzhou.bytes); // most bytes first
    QVERIFY(of(crypto::sm3("nobody").left(20)).documents == 0);
}

void TestDocumentStoreAdmission::totalSizeAndDiskGuardsRefuseWritesNotReads()
{
    const QByteArray held = freshBody(4 * kKiB);
    QCOMPARE(putSigned(m_shanghai, held).status, 201);
    const QString dir = m_dir.filePath(QStringLiteral("chain"));

    // A store at its total: new documents are refused, one it holds is not, reads go on.
    m_chain.devnet.reset();
    devnet::DocumentStoreOptions full = testLimits();
    full.maxTotalBytes = 1;
    auto restarted = test::DemoChain::start(dir, 100, full);
    QVERIFY2(restarted.ok(), qPrintable(restarted ? QString() : restarted.error().message));
    m_chain = std::move(*restarted);
    QCOMPARE_REFUSAL(putSigned(m_beijing, freshBody(kKiB)), Refusal::StoreFull);
    QCOMPARE(putSigned(m_shanghai, held).status, 201);
    chain::DocumentStoreClient reader(m_chain.profile.documentStore);
    QCOMPARE(reader.fetch(crypto::sm3(held)).value(), held);
    // The quota outlived the restart (the audit trail is on disk) and is checked first.
    QCOMPARE_REFUSAL(
        putSigned(demoKey(QStringLiteral("bank-hangzhou.pem")), freshBody(10 * kKiB)), Refusal::QuotaExceeded);

    // A disk whose free space would fall under the reserve.
    m_chain.devnet.reset();
    devnet::DocumentStoreOptions reserve = testLimits();
    reserve.minFreeBytes = qint64(1) << 60;
    restarted = test::DemoChain::start(dir, 100, reserve);
    QVERIFY2(restarted.ok(), qPrintable(restarted ? QString() : restarted.error().message));
    m_chain = std::move(*restarted);
    QCOMPARE_REFUSAL(putSigned(m_beijing, freshBody(kKiB)), Refusal::DiskLow);
    QCOMPARE(chain::DocumentStoreClient(m_chain.profile.documentStore).fetch(crypto::sm3(held)).value(), held);
}

QTEST_MAIN(TestDocumentStoreAdmission)
#include "TestDocumentStoreAdmission.moc"
