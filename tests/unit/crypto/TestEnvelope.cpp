// SPDX-License-Identifier: Apache-2.0
#include "crypto/Envelope.h"

#include <QTest>

using namespace credit;
using namespace credit::crypto;

class TestEnvelope final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyRecipientOpens();
    void outsiderIsToldItIsNotForThem();
    void layoutMatchesEnvelopeMd();
    void anyFlippedByteIsRejected();
    void truncationAndTrailingBytesRejected();
    void swappingARecipientIsDetected();
    void limitsAreEnforced();

private:
    QList<Sm2PrivateKey> m_keys;
    QList<Sm2PublicKey> publics(int n) const
    {
        QList<Sm2PublicKey> out;
        for (int i = 0; i < n; ++i)
            out.append(m_keys.at(i).publicKey());
        return out;
    }
};

void TestEnvelope::initTestCase()
{
    for (int i = 0; i < 4; ++i)
        m_keys.append(Sm2PrivateKey::generate().value());
}

void TestEnvelope::everyRecipientOpens()
{
    for (int size : { 0, 1, 15, 16, 17, 100000 }) {
        QByteArray doc(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            doc[i] = static_cast<char>(i * 31 + 7);
        auto sealed = envelope::seal(doc, publics(3));
        QVERIFY(sealed.ok());
        for (int k = 0; k < 3; ++k) {
            auto opened = envelope::open(*sealed, m_keys.at(k));
            QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
            QCOMPARE(*opened, doc);
        }
    }
}

void TestEnvelope::outsiderIsToldItIsNotForThem()
{
    auto sealed = envelope::seal("report", publics(2)).value();
    auto r = envelope::open(sealed, m_keys.at(3));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::NotFound);
    QVERIFY(r.error().message.contains(QString::fromLatin1(m_keys.at(3).address().toHex())));
}

void TestEnvelope::layoutMatchesEnvelopeMd()
{
    const QByteArray doc = "0123456789abcdef0123"; // 20 bytes → 32 bytes of CBC
    const QByteArray e = envelope::seal(doc, publics(2)).value();
    QCOMPARE(e.left(4), QByteArray("CCEV"));
    QCOMPARE(e.at(4), '\x01');
    QCOMPARE(e.at(5), '\x01');
    QCOMPARE(e.mid(6, 2), QByteArray("\x00\x02", 2));
    qsizetype pos = 8;
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(e.mid(pos, 20), m_keys.at(i).address());
        const int len = (static_cast<unsigned char>(e[pos + 20]) << 8) | static_cast<unsigned char>(e[pos + 21]);
        QVERIFY(len > 97 && len < 200); // DER of 65+32+48 bytes of SM2 ciphertext
        // Each wrapped key is a GM/T 0009 SEQUENCE the recipient can decrypt to 48 bytes.
        QCOMPARE(m_keys.at(i).decrypt(e.mid(pos + 22, len)).value().size(), 48);
        pos += 22 + len;
    }
    pos += 16; // IV
    QCOMPARE(e.mid(pos, 8), QByteArray("\0\0\0\0\0\0\0\x20", 8));
    pos += 8 + 32;
    QCOMPARE(e.size(), pos + 32); // MAC is last
    const auto info = envelope::inspect(e).value();
    QCOMPARE(info.recipientAddresses.size(), 2);
    QCOMPARE(info.recipientAddresses.at(1), m_keys.at(1).address());
    QCOMPARE(info.ciphertextSize, 32);
}

void TestEnvelope::anyFlippedByteIsRejected()
{
    const QByteArray e = envelope::seal("confidential credit report", publics(2)).value();
    int rejected = 0;
    for (qsizetype i = 0; i < e.size(); ++i) {
        QByteArray bad = e;
        bad[i] = static_cast<char>(bad[i] ^ 0x04);
        auto r = envelope::open(bad, m_keys.at(0));
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("flip at %1 accepted").arg(i)));
        QVERIFY(r.error().kind == ErrorKind::Corrupt || r.error().kind == ErrorKind::NotFound);
        QVERIFY(!r.error().message.isEmpty());
        ++rejected;
    }
    QCOMPARE(rejected, e.size());
}

void TestEnvelope::truncationAndTrailingBytesRejected()
{
    const QByteArray e = envelope::seal("abc", publics(1)).value();
    for (qsizetype n = 0; n < e.size(); n += 5)
        QCOMPARE(envelope::open(e.left(n), m_keys.at(0)).error().kind, ErrorKind::Corrupt);
    QCOMPARE(envelope::open(e + 'x', m_keys.at(0)).error().kind, ErrorKind::Corrupt);
    QCOMPARE(envelope::inspect(QByteArray("CCEV\x01\x01\x00\x00", 8)).error().kind, ErrorKind::Corrupt);
}

void TestEnvelope::swappingARecipientIsDetected()
{
    // Splice recipient 1's entry from another envelope of the same layout: the MAC catches it.
    const QByteArray a = envelope::seal("same size!", publics(2)).value();
    const QByteArray b = envelope::seal("same size!", { m_keys.at(0).publicKey(), m_keys.at(2).publicKey() }).value();
    const int len0 = (static_cast<unsigned char>(a[28]) << 8) | static_cast<unsigned char>(a[29]);
    const qsizetype entry1 = 8 + 22 + len0;
    const int lenA1 = (static_cast<unsigned char>(a[entry1 + 20]) << 8) | static_cast<unsigned char>(a[entry1 + 21]);
    const int lenB0 = (static_cast<unsigned char>(b[28]) << 8) | static_cast<unsigned char>(b[29]);
    const qsizetype entryB1 = 8 + 22 + lenB0;
    const int lenB1 = (static_cast<unsigned char>(b[entryB1 + 20]) << 8) | static_cast<unsigned char>(b[entryB1 + 21]);
    const QByteArray spliced = a.left(entry1) + b.mid(entryB1, 22 + lenB1) + a.mid(entry1 + 22 + lenA1);
    QVERIFY(envelope::inspect(spliced).ok());
    QCOMPARE(envelope::open(spliced, m_keys.at(2)).error().kind, ErrorKind::Corrupt);
    QCOMPARE(envelope::open(spliced, m_keys.at(0)).error().kind, ErrorKind::Corrupt);
}

void TestEnvelope::limitsAreEnforced()
{
    QCOMPARE(envelope::seal("x", {}).error().kind, ErrorKind::InvalidInput);
    QList<Sm2PublicKey> many;
    for (int i = 0; i < envelope::kMaxRecipients + 1; ++i)
        many.append(m_keys.at(0).publicKey());
    QCOMPARE(envelope::seal("x", many).error().kind, ErrorKind::InvalidInput);
    QCOMPARE(envelope::seal("x", { Sm2PublicKey() }).error().kind, ErrorKind::InvalidInput);
    // A header claiming a 2^63-byte body is refused before any allocation.
    QByteArray e = envelope::seal("abc", publics(1)).value();
    const qsizetype lenPos = e.size() - 32 - 16 - 8;
    e.replace(lenPos, 8, QByteArray("\x7f\xff\xff\xff\xff\xff\xff\xf0", 8));
    QCOMPARE(envelope::inspect(e).error().kind, ErrorKind::Corrupt);
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "TestEnvelope.moc"
