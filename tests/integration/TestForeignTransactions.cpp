// SPDX-License-Identifier: Apache-2.0
// Transactions as other FISCO SDKs write them (issue 11), built by an encoder
// written here, independent of core/codec: a public key written as an integer
// (63 and 62 bytes for keys starting 00 and 0000), a nonce whose value has a
// leading zero byte, integer fields at their 32-byte maximum, data close to the
// 1 MiB limit. A real credit-devnet on loopback must accept them, hash them as
// a FISCO node does (SM3 of the re-encoding, key at 64 bytes), and the light
// node must verify the block holding them (Merkle root included) and store them.
#include "DevnetThread.h"
#include "RawHttp.h"
#include "ShortKeyFixtures.h"
#include "TestGenesis.h"
#include "chain/NetworkProfile.h"
#include "chain/RpcClient.h"
#include "codec/Hex.h"
#include "codec/Merkle.h"
#include "crypto/Sm2Key.h"
#include "crypto/Sm3.h"
#include "node/SyncEngine.h"
#include "store/LightStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {

// ---- An RLP encoder of its own (Yellow Paper appendix B), not core/codec's. ----
QByteArray lengthPrefix(quint8 base, qsizetype n)
{
    if (n < 56)
        return QByteArray(1, static_cast<char>(base + n));
    QByteArray length;
    for (quint64 v = static_cast<quint64>(n); v != 0; v >>= 8)
        length.prepend(static_cast<char>(v & 0xff));
    return static_cast<char>(base + 55 + length.size()) + length;
}
QByteArray rlpString(const QByteArray &b)
{
    if (b.size() == 1 && static_cast<quint8>(b[0]) < 0x80)
        return b;
    return lengthPrefix(0x80, b.size()) + b;
}
QByteArray rlpList(const QList<QByteArray> &encoded)
{
    QByteArray payload;
    for (const QByteArray &e : encoded)
        payload += e;
    return lengthPrefix(0xc0, payload.size()) + payload;
}
QByteArray integer(quint64 v)
{
    QByteArray out;
    for (; v != 0; v >>= 8)
        out.prepend(static_cast<char>(v & 0xff));
    return out;
}
QByteArray stripZeros(QByteArray b)
{
    while (!b.isEmpty() && b[0] == 0)
        b.remove(0, 1);
    return b;
}

//! A 国密 transaction as a foreign SDK builds it. Integers are minimal big-endian.
struct ForeignTx {
    QByteArray nonce, gasPrice = integer(300000000), gas = integer(300000000), blockLimit, to, value, data;
    QByteArray chainId = integer(1), groupId = integer(1), extraData;
    QByteArray keyField; //!< the public key as this SDK writes it (maybe short)
    QByteArray r, s; //!< minimal

    QList<QByteArray> unsignedFields() const
    {
        return { rlpString(nonce), rlpString(gasPrice), rlpString(gas), rlpString(blockLimit), rlpString(to),
            rlpString(value), rlpString(data), rlpString(chainId), rlpString(groupId), rlpString(extraData) };
    }
    //! Signs SM3(RLP of the first 10 fields) with the SM2 key (ID 1234567812345678), as every FISCO SDK does.
    void sign(const crypto::Sm2PrivateKey &key, bool keyAsInteger)
    {
        const QByteArray rs = key.sign(crypto::sm3(rlpList(unsignedFields()))).value();
        r = stripZeros(rs.left(32));
        s = stripZeros(rs.mid(32));
        keyField = keyAsInteger ? stripZeros(key.publicKey().raw()) : key.publicKey().raw();
    }
    QByteArray wire() const { return rlpList(unsignedFields() << rlpString(keyField) << rlpString(r) << rlpString(s)); }
    //! What a FISCO 2.x node hashes: its re-encoding, the key read as h512 (left-padded to 64 bytes).
    QByteArray fiscoHash() const
    {
        const QByteArray key64 = QByteArray(64 - keyField.size(), '\0') + keyField;
        return crypto::sm3(rlpList(unsignedFields() << rlpString(key64) << rlpString(r) << rlpString(s)));
    }
};

const QByteArray kContract(20, '\x5a');

} // namespace

class TestForeignTransactions final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void foreignTransactionsAreAcceptedAndHashedAsFiscoDoes();
    void whatFiscoRefusesIsRefused_data();
    void whatFiscoRefusesIsRefused();
    void theLightNodeVerifiesTheirBlock();

private:
    QJsonObject call(const QString &method, const QJsonArray &params) { return test::rawRpc(m_url, method, params); }

    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_devnet;
    QUrl m_url;
    QString m_genesisHash;
    QList<QByteArray> m_hashes; // block 1, in sending order
    QList<QByteArray> m_senders;
};

void TestForeignTransactions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString genesisPath = m_dir.filePath(QStringLiteral("genesis.json"));
    QVERIFY(
        test::writeTestGenesis(genesisPath, QByteArrayLiteral("foreign-sealer"), QByteArray(20, '\x01'), kContract));
    devnet::Devnet::Options o;
    o.genesisPath = genesisPath;
    o.dataDir = m_dir.filePath(QStringLiteral("data"));
    o.blockIntervalMs = 3600 * 1000; // blocks only when the test seals
    m_devnet = std::make_unique<test::DevnetThread>(o);
    QVERIFY2(m_devnet->ok(), qPrintable(m_devnet->error()));
    m_url = QUrl(m_devnet->url());
    m_genesisHash = call(QStringLiteral("getBlockHashByNumber"), { 1, QStringLiteral("0x0") })
                        .value(QStringLiteral("result"))
                        .toString();
    QCOMPARE(m_genesisHash.size(), 66);
}

void TestForeignTransactions::foreignTransactionsAreAcceptedAndHashedAsFiscoDoes()
{
    const auto key00 = test::keyPub00();
    const auto key0000 = test::keyPub0000();
    const auto other = crypto::Sm2PrivateKey::generate().value();
    const QByteArray someContract(20, '\x33'); // no code there: each call is a successful no-op

    QList<ForeignTx> txs(4);
    // 1. key 00…, written as a 63-byte integer; nonce 0a… (its 32-byte form starts 00).
    txs[0].nonce = QByteArray::fromHex("0a") + crypto::sm3("n1").left(30);
    // 2. key 0000…, a 62-byte integer; a one-byte nonce.
    txs[1].nonce = integer(1);
    // 3. every integer field at its 32-byte maximum, data near the 1 MiB limit.
    txs[2].nonce = QByteArray(32, '\xff');
    txs[2].gasPrice = QByteArray(32, '\xff');
    txs[2].gas = QByteArray(32, '\xff');
    txs[2].data = QByteArray(900 * 1024, '\x5c');
    txs[2].extraData = QByteArray(1024, '\x07');
    // 4. key 00… again, this time written at its full 64 bytes: the same sender.
    txs[3].nonce = integer(2);
    const crypto::Sm2PrivateKey *keys[] = { &key00, &key0000, &other, &key00 };
    const bool asInteger[] = { true, true, false, false };
    for (int i = 0; i < txs.size(); ++i) {
        txs[i].blockLimit = integer(100);
        txs[i].to = someContract;
        if (txs[i].data.isEmpty())
            txs[i].data = QByteArray::fromHex("8fff0fc4") + integer(static_cast<quint64>(i) + 1);
        txs[i].sign(*keys[i], asInteger[i]);
    }
    QCOMPARE(txs[0].keyField.size(), 63);
    QCOMPARE(txs[1].keyField.size(), 62);
    QCOMPARE(txs[3].keyField.size(), 64);

    for (int i = 0; i < txs.size(); ++i) {
        const QByteArray wire = txs[i].wire();
        const QJsonObject reply = call(QStringLiteral("sendRawTransaction"), { 1, hex::encodePrefixed(wire) });
        QVERIFY2(reply.contains(QStringLiteral("result")),
            qPrintable(QStringLiteral("tx %1: %2").arg(i).arg(QString::fromUtf8(QJsonDocument(reply).toJson()))));
        const QByteArray expected = txs[i].fiscoHash();
        QCOMPARE(reply.value(QStringLiteral("result")).toString(), hex::encodePrefixed(expected));
        if (txs[i].keyField.size() < 64)
            QVERIFY(expected != crypto::sm3(wire)); // the node does not hash the bytes it received
        m_hashes << expected;
        m_senders << keys[i]->address();
    }
    QCOMPARE(m_devnet->sealNow().value(), quint64(1));

    for (int i = 0; i < txs.size(); ++i) {
        const QJsonObject t = call(QStringLiteral("getTransactionByHash"), { 1, hex::encodePrefixed(m_hashes[i]) })
                                  .value(QStringLiteral("result"))
                                  .toObject();
        QCOMPARE(t.value(QStringLiteral("from")).toString(), hex::encodePrefixed(m_senders[i]));
        QCOMPARE(t.value(QStringLiteral("transactionIndex")).toString(), QStringLiteral("0x%1").arg(i));
        const QJsonObject sig = t.value(QStringLiteral("signature")).toObject();
        QCOMPARE(sig.value(QStringLiteral("v")).toString(), hex::encodePrefixed(keys[i]->publicKey().raw()));
        const QJsonObject r = call(QStringLiteral("getTransactionReceipt"), { 1, hex::encodePrefixed(m_hashes[i]) })
                                  .value(QStringLiteral("result"))
                                  .toObject();
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("0x0"));
    }
    // Minimal quantities: the nonce 0a… is written 0xa…, the 32-byte maxima in full.
    const QJsonObject first = call(QStringLiteral("getTransactionByHash"), { 1, hex::encodePrefixed(m_hashes[0]) })
                                  .value(QStringLiteral("result"))
                                  .toObject();
    QCOMPARE(first.value(QStringLiteral("nonce")).toString(),
        QStringLiteral("0x") + QString::fromLatin1(txs[0].nonce.toHex()).mid(1));
    const QJsonObject big = call(QStringLiteral("getTransactionByHash"), { 1, hex::encodePrefixed(m_hashes[2]) })
                                .value(QStringLiteral("result"))
                                .toObject();
    QCOMPARE(big.value(QStringLiteral("gas")).toString(), QStringLiteral("0x") + QString(64, QLatin1Char('f')));
    QCOMPARE(big.value(QStringLiteral("nonce")).toString(), QStringLiteral("0x") + QString(64, QLatin1Char('f')));

    // transactionsRoot over the hashes computed here.
    const QJsonObject header = call(QStringLiteral("getBlockByNumber"), { 1, QStringLiteral("0x1"), false })
                                   .value(QStringLiteral("result"))
                                   .toObject();
    QCOMPARE(header.value(QStringLiteral("transactionsRoot")).toString(), hex::encodePrefixed(merkle::root(m_hashes)));
}

void TestForeignTransactions::whatFiscoRefusesIsRefused_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("reason");
    const auto key = test::keyPub00();
    ForeignTx base;
    base.nonce = integer(77);
    base.blockLimit = integer(100);
    base.to = QByteArray(20, '\x33');
    base.data = QByteArray::fromHex("01");
    base.sign(key, true);
    auto withField = [&base](int index, const QByteArray &encoded) {
        QList<QByteArray> f = base.unsignedFields()
            << rlpString(base.keyField) << rlpString(base.r) << rlpString(base.s);
        f[index] = encoded;
        return rlpList(f);
    };
    QTest::newRow("65-byte key") << withField(10, rlpString(QByteArray(1, '\x01') + key.publicKey().raw()))
                                 << QStringLiteral("Malformed");
    QTest::newRow("nonce with a leading zero byte")
        << withField(0, rlpString(QByteArray(1, '\0') + integer(77))) << QStringLiteral("Malformed");
    QTest::newRow("33-byte gas") << withField(2, rlpString(QByteArray(33, '\x01'))) << QStringLiteral("Malformed");
    QTest::newRow("19-byte to") << withField(4, rlpString(QByteArray(19, '\x33'))) << QStringLiteral("Malformed");
    QTest::newRow("r with a leading zero byte")
        << withField(11, rlpString(QByteArray(1, '\0') + base.r)) << QStringLiteral("Malformed");
    QTest::newRow("short key, other signer's signature")
        << withField(10, rlpString(stripZeros(test::keyPub0000().publicKey().raw())))
        << QStringLiteral("InvalidSignature");
}

void TestForeignTransactions::whatFiscoRefusesIsRefused()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, reason);
    const QJsonObject reply = call(QStringLiteral("sendRawTransaction"), { 1, hex::encodePrefixed(wire) });
    const QJsonObject error = reply.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32603);
    QVERIFY2(error.value(QStringLiteral("message")).toString().startsWith(reason),
        qPrintable(error.value(QStringLiteral("message")).toString()));
}

void TestForeignTransactions::theLightNodeVerifiesTheirBlock()
{
    QCOMPARE(m_hashes.size(), 4);
    auto profile = chain::NetworkProfile::fromJson(
        { { QStringLiteral("name"), QStringLiteral("foreign") }, { QStringLiteral("chainId"), 1 },
            { QStringLiteral("groupId"), 1 }, { QStringLiteral("endpoints"), QJsonArray { m_url.toString() } },
            { QStringLiteral("genesisHash"), m_genesisHash },
            { QStringLiteral("contractAddress"), hex::encodePrefixed(kContract) } });
    QVERIFY2(profile.ok(), qPrintable(profile ? QString() : profile.error().message));
    auto store = store::LightStore::open(m_dir.filePath(QStringLiteral("light.sqlite")));
    QVERIFY(store.ok());
    chain::RpcClient client(m_url.toString());
    chain::SyncEngine engine(**store, *profile, client, {});
    auto run = engine.syncToHead();
    QVERIFY2(run.ok(), qPrintable(run ? QString() : run.error().error.message));
    QCOMPARE(run->height, quint64(1));
    QCOMPARE((*store)->height().value(), std::optional<quint64>(1));
    for (qsizetype i = 0; i < m_hashes.size(); ++i) {
        const auto at = (*store)->findTransaction(m_hashes[i]);
        QVERIFY(at.ok());
        // (block, receipt status): stored in block 1, succeeded.
        QCOMPARE(*at, (std::optional<std::pair<quint64, quint64>>(std::pair<quint64, quint64>(1, 0))));
    }
}

QTEST_GUILESS_MAIN(TestForeignTransactions)
#include "TestForeignTransactions.moc"
