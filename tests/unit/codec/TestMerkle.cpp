// SPDX-License-Identifier: Apache-2.0
#include "codec/Merkle.h"
#include "codec/MerkleJson.h"
#include "crypto/Sm3.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace credit;
using merkle::Proof;

namespace {

QList<QByteArray> itemHashes(int count)
{
    QList<QByteArray> hashes;
    for (int i = 0; i < count; ++i)
        hashes.append(crypto::sm3(QByteArray("tx ") + QByteArray::number(i)));
    return hashes;
}

// RLP of a small integer written out by hand, so the reference does not share the codec.
QByteArray rlpIndex(int i)
{
    if (i == 0)
        return QByteArray(1, '\x80');
    if (i < 0x80)
        return QByteArray(1, static_cast<char>(i));
    if (i < 0x100)
        return QByteArray("\x81") + static_cast<char>(i);
    return QByteArray("\x82") + static_cast<char>(i >> 8) + static_cast<char>(i & 0xff);
}

// Reference root, top-down: a node of height h covers 16^h consecutive leaves.
QByteArray subtree(const QList<QByteArray> &leaves, qsizetype first, qsizetype span)
{
    if (span == 1)
        return leaves[first];
    const qsizetype childSpan = span / 16;
    QByteArray children;
    for (qsizetype child = first; child < leaves.size() && child < first + span; child += childSpan)
        children += subtree(leaves, child, childSpan);
    return crypto::sm3(children);
}

QByteArray referenceRoot(const QList<QByteArray> &hashes)
{
    if (hashes.isEmpty())
        return crypto::sm3(QByteArray());
    QList<QByteArray> leaves;
    for (int i = 0; i < hashes.size(); ++i)
        leaves.append(rlpIndex(i) + hashes[i]);
    qsizetype span = 1;
    while (span < leaves.size())
        span *= 16;
    return crypto::sm3(subtree(leaves, 0, span));
}

} // namespace

class TestMerkle final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyRoot();
    void smallTreesByHand();
    void rootsMatchReference_data();
    void rootsMatchReference();
    void proofsForEveryPosition_data();
    void proofsForEveryPosition();
    void tamperedProofsFail();
    void rejectsMalformedShapes();
    void proveRejectsBadIndex();
    void jsonRoundTrip();
    void jsonRejects_data();
    void jsonRejects();
};

void TestMerkle::emptyRoot()
{
    QCOMPARE(merkle::root({}).toHex(), QByteArray("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b"));
}

void TestMerkle::smallTreesByHand()
{
    const QList<QByteArray> hashes = itemHashes(2);
    const QByteArray leaf0 = QByteArray("\x80") + hashes[0];
    const QByteArray leaf1 = QByteArray("\x01") + hashes[1];
    QCOMPARE(merkle::leaf(0, hashes[0]), leaf0);
    QCOMPARE(merkle::leaf(1, hashes[1]), leaf1);
    QCOMPARE(merkle::leaf(300, hashes[1]), QByteArray("\x82\x01\x2c") + hashes[1]);
    // One leaf: the root is the hash of the leaf itself.
    QCOMPARE(merkle::root(hashes.mid(0, 1)), crypto::sm3(leaf0));
    // Two leaves: one group, then the root step.
    QCOMPARE(merkle::root(hashes), crypto::sm3(crypto::sm3(leaf0 + leaf1)));
}

void TestMerkle::rootsMatchReference_data()
{
    QTest::addColumn<int>("count");
    for (int count : { 0, 1, 2, 15, 16, 17, 31, 32, 33, 255, 256, 257, 4097 })
        QTest::addRow("%d leaves", count) << count;
}

void TestMerkle::rootsMatchReference()
{
    QFETCH(int, count);
    const QList<QByteArray> hashes = itemHashes(count);
    QCOMPARE(merkle::root(hashes).toHex(), referenceRoot(hashes).toHex());
}

void TestMerkle::proofsForEveryPosition_data()
{
    QTest::addColumn<int>("count");
    for (int count : { 1, 2, 15, 16, 17, 256, 257 })
        QTest::addRow("%d leaves", count) << count;
}

void TestMerkle::proofsForEveryPosition()
{
    QFETCH(int, count);
    const QList<QByteArray> hashes = itemHashes(count);
    const QByteArray root = merkle::root(hashes);
    int expectedLevels = 1;
    for (int n = count; n > 1; n = (n + 15) / 16)
        ++expectedLevels;
    for (int i = 0; i < count; ++i) {
        const auto proof = merkle::prove(hashes, i);
        QVERIFY(proof.ok());
        QCOMPARE(proof->size(), expectedLevels);
        QCOMPARE(proof->front().left.size(), i % 16);
        QVERIFY(proof->back().left.isEmpty() && proof->back().right.isEmpty());
        const auto verified = merkle::verify(*proof, i, hashes[i], root);
        QVERIFY2(verified.ok(),
            qPrintable(QStringLiteral("index %1: %2").arg(i).arg(verified ? QString() : verified.error().message)));
        // The same proof does not place the item anywhere else, nor another item here.
        QVERIFY(!merkle::verify(*proof, i + 1, hashes[i], root).ok());
        if (i > 0)
            QVERIFY(!merkle::verify(*proof, i - 1, hashes[i], root).ok());
        if (count > 1)
            QVERIFY(!merkle::verify(*proof, i, hashes[(i + 1) % count], root).ok());
    }
}

void TestMerkle::tamperedProofsFail()
{
    const QList<QByteArray> hashes = itemHashes(257);
    const QByteArray root = merkle::root(hashes);
    const qsizetype index = 37; // level 0: 5 left, 10 right; level 1: 2 left, 13 right; level 2: 0 left, 1 right
    const Proof proof = merkle::prove(hashes, index).value();
    QVERIFY(merkle::verify(proof, index, hashes[index], root).ok());
    QCOMPARE(proof.size(), 4);
    QCOMPARE(proof[1].left.size(), 2);
    QCOMPARE(proof[2].right.size(), 1);

    const auto fails = [&](const Proof &p, qsizetype i, const QByteArray &hash, const QByteArray &r, const char *what) {
        const auto result = merkle::verify(p, i, hash, r);
        if (result.ok())
            QTest::qFail(what, __FILE__, __LINE__);
        return !result.ok();
    };

    QVERIFY(fails(proof, 38, hashes[index], root, "wrong index"));
    QVERIFY(fails(proof, index + 16, hashes[index], root, "index in another group, same left count"));
    QVERIFY(fails(proof, index, hashes[index + 1], root, "wrong item"));
    QVERIFY(fails(proof, index, hashes[index], crypto::sm3("other root"), "wrong root"));

    for (int level = 0; level < 3; ++level) {
        for (bool left : { true, false }) {
            Proof modified = proof;
            QList<QByteArray> &siblings = left ? modified[level].left : modified[level].right;
            if (siblings.isEmpty())
                continue;
            siblings.front()[siblings.front().size() - 1] ^= 1;
            QVERIFY(fails(modified, index, hashes[index], root, "modified sibling"));
        }
    }

    Proof swapped = proof;
    std::swap(swapped[0].left[0], swapped[0].left[1]);
    QVERIFY(fails(swapped, index, hashes[index], root, "siblings out of order"));

    // Moving a sibling from right to left keeps every hash input the same bytes
    // shifted around, and the left count no longer matches the index.
    Proof shifted = proof;
    shifted[0].left.append(shifted[0].right.takeFirst());
    QVERIFY(fails(shifted, index, hashes[index], root, "wrong left count at level 0"));
    const auto shiftedResult = merkle::verify(shifted, index, hashes[index], root);
    QVERIFY(shiftedResult.error().message.contains(QStringLiteral("6 left siblings")));

    Proof upper = proof;
    upper[1].right.prepend(upper[1].left.takeLast());
    QVERIFY(fails(upper, index, hashes[index], root, "wrong left count at level 1"));

    Proof truncated = proof;
    truncated.remove(1, 2);
    QVERIFY(fails(truncated, index, hashes[index], root, "missing levels"));

    Proof noRootStep = proof;
    noRootStep.removeLast();
    QVERIFY(fails(noRootStep, index, hashes[index], root, "missing root step"));

    // Index 256 needs three grouping levels; two empty levels fit its left counts
    // (256 % 16 == 0, 16 % 16 == 0) but cannot reach it.
    const auto tooFew = merkle::verify(Proof { merkle::ProofLevel {}, merkle::ProofLevel {} }, 256, hashes[256], root);
    QVERIFY(!tooFew.ok());
    QVERIFY2(tooFew.error().message.contains(QStringLiteral("too few")), qPrintable(tooFew.error().message));
    QVERIFY(merkle::verify(merkle::prove(hashes, 256).value(), 256, hashes[256], root).ok());

    Proof extraStep = proof;
    extraStep.append(merkle::ProofLevel {});
    QVERIFY(fails(extraStep, index, hashes[index], root, "extra root step"));
}

void TestMerkle::rejectsMalformedShapes()
{
    const QList<QByteArray> hashes = itemHashes(20);
    const QByteArray root = merkle::root(hashes);
    const Proof proof = merkle::prove(hashes, 3).value();

    struct Case {
        const char *name;
        Proof proof;
        QString reason;
    };
    QList<Case> cases;
    cases.append({ "empty proof", Proof {}, QStringLiteral("levels") });
    {
        Proof p = proof;
        p[0].left[0].chop(1);
        cases.append({ "short leaf sibling", p, QStringLiteral("not a leaf of index 0") });
    }
    {
        Proof p = proof;
        p[0].right[0] = merkle::leaf(9, hashes[4]);
        cases.append({ "leaf sibling with another index", p, QStringLiteral("not a leaf of index 4") });
    }
    {
        Proof p = proof;
        p[1].right[0].append('\0');
        cases.append({ "long upper sibling", p, QStringLiteral("32-byte hash") });
    }
    {
        Proof p = proof;
        p.back().right.append(QByteArray(32, 'x'));
        cases.append({ "non-empty root step", p, QStringLiteral("root step") });
    }
    {
        Proof p = proof;
        while (p[0].right.size() < 16)
            p[0].right.append(merkle::leaf(static_cast<quint64>(p[0].right.size() + 4), hashes[0]));
        cases.append({ "too many siblings", p, QStringLiteral("at most 15") });
    }
    {
        Proof p = proof;
        while (p.size() <= merkle::kMaxProofLevels)
            p.append(merkle::ProofLevel {});
        cases.append({ "too many levels", p, QStringLiteral("levels") });
    }
    for (const Case &c : cases) {
        const auto result = merkle::verify(c.proof, 3, hashes[3], root);
        QVERIFY2(!result.ok(), c.name);
        QVERIFY2(result.error().message.contains(c.reason), qPrintable(result.error().message));
    }
    QVERIFY(!merkle::verify(proof, -1, hashes[3], root).ok());
    QVERIFY(!merkle::verify(proof, 3, hashes[3].left(31), root).ok());
    QVERIFY(!merkle::verify(proof, 3, hashes[3], root.left(31)).ok());
    QCOMPARE(merkle::verify(proof, 3, hashes[3], crypto::sm3("x")).error().kind, ErrorKind::Corrupt);
}

void TestMerkle::proveRejectsBadIndex()
{
    QVERIFY(!merkle::prove({}, 0).ok());
    QVERIFY(!merkle::prove(itemHashes(3), 3).ok());
    QVERIFY(!merkle::prove(itemHashes(3), -1).ok());
}

void TestMerkle::jsonRoundTrip()
{
    const QList<QByteArray> hashes = itemHashes(40);
    const Proof proof = merkle::prove(hashes, 17).value();
    const QJsonArray json = merkle::proofToJson(proof);
    QCOMPARE(json.size(), proof.size());
    const QJsonObject first = json[0].toObject();
    QCOMPARE(first.value(QStringLiteral("left")).toArray().size(), 1);
    QCOMPARE(first.value(QStringLiteral("left")).toArray()[0].toString(),
        QString::fromLatin1(merkle::leaf(16, hashes[16]).toHex()));
    QVERIFY(!first.value(QStringLiteral("left")).toArray()[0].toString().startsWith(QStringLiteral("0x")));
    QCOMPARE(json.last().toObject(),
        (QJsonObject { { QStringLiteral("left"), QJsonArray() }, { QStringLiteral("right"), QJsonArray() } }));

    const auto back = merkle::proofFromJson(json);
    QVERIFY(back.ok());
    QVERIFY(*back == proof);
    QVERIFY(merkle::verify(*back, 17, hashes[17], merkle::root(hashes)).ok());

    // As a node returns it inside a JSON-RPC result, and with "0x" prefixes.
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QVERIFY(merkle::proofFromJson(QJsonDocument::fromJson(text).array()).value() == proof);
    QJsonArray prefixed;
    for (const auto &level : json) {
        QJsonObject object;
        for (const QString &key : { QStringLiteral("left"), QStringLiteral("right") }) {
            QJsonArray nodes;
            for (const auto &node : level.toObject().value(key).toArray())
                nodes.append(QStringLiteral("0x") + node.toString());
            object.insert(key, nodes);
        }
        prefixed.append(object);
    }
    QVERIFY(merkle::proofFromJson(prefixed).value() == proof);
}

void TestMerkle::jsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("not an object");
    QTest::newRow("missing right") << QByteArray(R"([{"left":[]}])") << QStringLiteral("\"right\" must be an array");
    QTest::newRow("left not array") << QByteArray(R"([{"left":"00","right":[]}])")
                                    << QStringLiteral("\"left\" must be an array");
    QTest::newRow("number entry") << QByteArray(R"([{"left":[1],"right":[]}])") << QStringLiteral("hex strings");
    QTest::newRow("bad hex") << QByteArray(R"([{"left":["0g"],"right":[]}])") << QStringLiteral("hex digit");
    QTest::newRow("odd hex") << QByteArray(R"([{"left":["abc"],"right":[]}])") << QStringLiteral("odd number");
    QByteArray sixteen = "[{\"left\":[";
    for (int i = 0; i < 16; ++i)
        sixteen += i == 0 ? "\"00\"" : ",\"00\"";
    sixteen += "],\"right\":[]}]";
    QTest::newRow("16 siblings") << sixteen << QStringLiteral("at most 15");
    QByteArray manyLevels = "[";
    for (int i = 0; i < 18; ++i)
        manyLevels += i == 0 ? "{\"left\":[],\"right\":[]}" : ",{\"left\":[],\"right\":[]}";
    manyLevels += "]";
    QTest::newRow("18 levels") << manyLevels << QStringLiteral("18 levels");
}

void TestMerkle::jsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(document.isArray());
    const auto proof = merkle::proofFromJson(document.array());
    QVERIFY(!proof.ok());
    QVERIFY2(proof.error().message.contains(reason), qPrintable(proof.error().message));
}

QTEST_GUILESS_MAIN(TestMerkle)
#include "TestMerkle.moc"
