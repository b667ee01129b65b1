// SPDX-License-Identifier: Apache-2.0
// The regulator's decrypted copy at rest: readable with its key only, refused
// (and left untouched) with another, its rows bound to their order ids, and
// no plaintext of a name or code in the file.
#include "crypto/Sm2Key.h"
#include "crypto/Sm3.h"
#include "store/Sqlite.h"
#include "supervision/PrivateCopy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {

supervision::RequestFacts facts(quint64 id, const QString &name)
{
    supervision::RequestFacts f;
    f.orderId = id;
    f.enterpriseCode = QStringLiteral("91310115862599344H");
    f.enterpriseName = name;
    f.hasLetter = true;
    f.validFrom = QStringLiteral("2025-01-01");
    f.validUntil = QStringLiteral("2025-06-30");
    return f;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? crypto::sm3(f.readAll()) : QByteArray();
}

} // namespace

class TestPrivateCopy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsRowsForItsKeyOnly()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("supervision.sqlite"));
        const auto owner = crypto::Sm2PrivateKey::generate().value();
        {
            auto copy = supervision::PrivateCopy::open(path, owner);
            QVERIFY(copy);
            QVERIFY((*copy)->put(
                { facts(7, QStringLiteral("上海澜启科技有限公司")), facts(9, QStringLiteral("深圳海岸电子")) }));
        }
        // Nothing of the names or the code is in the file in clear.
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains(QStringLiteral("澜启").toUtf8()));
        QVERIFY(!bytes.contains("91310115862599344H"));
        raw.close();

        const QByteArray before = fileHash(path);
        const auto stranger = crypto::Sm2PrivateKey::generate().value();
        auto refused = supervision::PrivateCopy::open(path, stranger);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::WrongPassword);
        QVERIFY(refused.error().message.contains(path));
        QCOMPARE(fileHash(path), before); // left as it was

        auto reopened = supervision::PrivateCopy::open(path, owner);
        QVERIFY(reopened);
        QList<supervision::RequestFacts> rows;
        auto n = (*reopened)->load([&rows](supervision::RequestFacts &&f) { rows << f; });
        QVERIFY(n);
        QCOMPARE(*n, 2);
        QCOMPARE(rows[0].orderId, 7u);
        QCOMPARE(rows[0].enterpriseName, QStringLiteral("上海澜启科技有限公司"));
        QCOMPARE(rows[1].validUntil, QStringLiteral("2025-06-30"));
        QCOMPARE(rows[0].province(), 310000u);
        QCOMPARE(rows[0].letterAt(1735689600000), market::LetterStatus::Valid); // 2025-01-01 08:00 China
        QCOMPARE(rows[0].letterAt(1751328000000), market::LetterStatus::Expired); // 2025-07-01 08:00 China
        QCOMPARE(rows[0].letterAt(1735660800000 - 3600000), market::LetterStatus::NotYetValid); // 2024-12-31
    }

    void refusesARowMovedToAnotherOrder()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("supervision.sqlite"));
        const auto owner = crypto::Sm2PrivateKey::generate().value();
        {
            auto copy = supervision::PrivateCopy::open(path, owner);
            QVERIFY(copy && (*copy)->put({ facts(7, QStringLiteral("甲")), facts(9, QStringLiteral("乙")) }));
        }
        {
            auto db = store::Database::open(path);
            QVERIFY(db);
            // Order 9's row now carries order 7's sealed facts.
            QVERIFY((*db)->exec(QStringLiteral("UPDATE request_facts SET iv = (SELECT iv FROM request_facts WHERE "
                                               "order_id = 7), sealed = (SELECT sealed FROM request_facts WHERE "
                                               "order_id = 7) WHERE order_id = 9")));
        }
        auto copy = supervision::PrivateCopy::open(path, owner);
        QVERIFY(copy);
        auto n = (*copy)->load([](supervision::RequestFacts &&) {});
        QVERIFY(!n);
        QCOMPARE(n.error().kind, ErrorKind::Corrupt);
        QVERIFY(n.error().message.contains(QStringLiteral("9")));
    }
};

QTEST_GUILESS_MAIN(TestPrivateCopy)
#include "TestPrivateCopy.moc"
