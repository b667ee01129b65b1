// SPDX-License-Identifier: Apache-2.0
// MarketQueries over a real light store schema. The fixture writes projection
// rows the way Projection does (tests of the projection itself live in
// test_light_store); here the questions are the joins, filters and order.
#include "store/LightStore.h"
#include "store/MarketQueries.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using market::OrderState;

namespace {

QByteArray account(char c)
{
    return QByteArray(20, c);
}

QByteArray tx(int n)
{
    return QByteArray(32, static_cast<char>(n));
}

} // namespace

class TestMarketQueries final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::LightStore> m_writer;
    std::unique_ptr<store::LightStore> m_reader;

    void sql(const QString &statement)
    {
        const auto r = m_writer->database().exec(statement);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("light.sqlite"));
        auto writer = store::LightStore::open(path);
        QVERIFY(writer);
        m_writer = std::move(*writer);
        for (int b = 1; b <= 5; ++b)
            sql(QStringLiteral("INSERT INTO blocks VALUES (%1, randomblob(32), randomblob(32), %1 * 1000, '{}', 3, 4)")
                    .arg(b));
        for (int t = 1; t <= 9; ++t)
            sql(QStringLiteral("INSERT INTO transactions VALUES (x'%1', %2, %3, 0)")
                    .arg(QString::fromLatin1(tx(t).toHex()))
                    .arg(1 + t / 3)
                    .arg(t % 3));
        // Institutions: bureau A, bank B, bank C; bureau D has products but no record yet.
        const auto inst = [this](char c, const char *name, int role) {
            sql(QStringLiteral(
                "INSERT INTO institutions VALUES (x'%1', 'code-%2', '%3', %4, 310000, x'00', 1, 1, x'%5')")
                    .arg(QString::fromLatin1(account(c).toHex()), QChar::fromLatin1(c), QString::fromUtf8(name))
                    .arg(role)
                    .arg(QString::fromLatin1(tx(1).toHex())));
        };
        inst('a', "上海浦江资信评估有限公司", 2);
        inst('b', "上海申江商业银行股份有限公司", 3);
        inst('c', "杭州湖滨商业银行股份有限公司", 3);
        const auto product
            = [this](int id, char bureau, int series, const char *name, int listed, const QByteArray &partners = {}) {
                  sql(QStringLiteral("INSERT INTO products VALUES (%1, x'%2', %3, '%4', 'desc', 12800, 48, 'PDF', 1, "
                                     "x'%7', %5, 2, x'%6')")
                          .arg(id)
                          .arg(QString::fromLatin1(account(bureau).toHex()))
                          .arg(series)
                          .arg(QString::fromUtf8(name))
                          .arg(listed)
                          .arg(QString::fromLatin1(tx(2).toHex()), QString::fromLatin1(partners.toHex())));
              };
        product(1001, 'a', 1, "企业信用报告（标准版）", 1);
        product(1002, 'a', 3, "企业信用报告（简版）", 0);
        // 链融: partner bureaus stored end to end; A is registered, E is not.
        product(1003, 'd', 2, "供应链融资报告", 1, account('a') + account('e'));
        const auto order = [this](int id, char bank, char bureau, int productId, OrderState state, int placedAt) {
            sql(QStringLiteral("INSERT INTO orders VALUES (%1, x'%2', %3, x'%4', 12800, %5, x'', x'', NULL, NULL, 2, "
                               "%6, %6, 3, x'%7', 0, 0)")
                    .arg(id)
                    .arg(QString::fromLatin1(account(bank).toHex()))
                    .arg(productId)
                    .arg(QString::fromLatin1(account(bureau).toHex()))
                    .arg(static_cast<int>(state))
                    .arg(placedAt)
                    .arg(QString::fromLatin1(tx(3).toHex())));
        };
        order(10, 'b', 'a', 1001, OrderState::Completed, 100);
        order(11, 'b', 'a', 1001, OrderState::Placed, 300);
        order(12, 'c', 'a', 1001, OrderState::Disputed, 200);
        order(13, 'c', 'd', 1003, OrderState::Placed, 400);
        // Order 10's events, inserted out of chain order on purpose.
        const auto event
            = [this](int orderId, const char *name, OrderState state, char actor, int block, int t, int log) {
                  sql(QStringLiteral(
                      "INSERT INTO order_events(order_id, event, state, actor, detail, block, tx, log_index, time) "
                      "VALUES (%1, '%2', %3, x'%4', NULL, %5, x'%6', %7, %5 * 1000)")
                          .arg(orderId)
                          .arg(QString::fromLatin1(name))
                          .arg(static_cast<int>(state))
                          .arg(QString::fromLatin1(account(actor).toHex()))
                          .arg(block)
                          .arg(QString::fromLatin1(tx(t).toHex()))
                          .arg(log));
              };
        event(10, "OrderCompleted", OrderState::Completed, 'b', 4, 9, 0);
        event(10, "OrderPlaced", OrderState::Placed, 'b', 2, 4, 0);
        event(10, "ReportDelivered", OrderState::Delivered, 'a', 3, 8, 0);
        event(10, "OrderAccepted", OrderState::Accepted, 'a', 3, 7, 0);
        event(11, "OrderPlaced", OrderState::Placed, 'b', 2, 5, 0);

        auto reader = store::LightStore::openReadOnly(path);
        QVERIFY(reader);
        m_reader = std::move(*reader);
    }

    void institutionsByName()
    {
        store::MarketQueries q(m_reader->database());
        const auto list = q.institutions();
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).name, QStringLiteral("上海浦江资信评估有限公司"));
        QCOMPARE(list->at(0).role, market::Role::Bureau);
        QCOMPARE(list->at(0).account, account('a'));
        QVERIFY(list->at(0).active);
    }

    void productsCarryTheirBureauName()
    {
        store::MarketQueries q(m_reader->database());
        const auto listed = q.products();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2); // 1002 is delisted
        QCOMPARE(listed->at(0).productId, 1001u);
        QCOMPARE(listed->at(0).bureauName, QStringLiteral("上海浦江资信评估有限公司"));
        QCOMPARE(listed->at(0).series, market::Series::Liantong);
        QCOMPARE(listed->at(0).priceFen, 12800u);
        QCOMPARE(listed->at(0).slaHours, 48u);
        QVERIFY(listed->at(0).authorisationRequired);
        QCOMPARE(listed->at(0).signers, 3); // the proof badge: sealed by 3 of 4
        QCOMPARE(listed->at(0).sealers, 4);
        QCOMPARE(listed->at(1).productId, 1003u);
        QCOMPARE(listed->at(1).bureauName, QString()); // bureau not registered (yet)
        QCOMPARE(listed->at(0).partnerBureaus, QList<QByteArray>());
        QCOMPARE(listed->at(1).partnerBureaus, (QList<QByteArray> { account('a'), account('e') }));
        QCOMPARE(
            listed->at(1).partnerBureauNames, (QStringList { QStringLiteral("上海浦江资信评估有限公司"), QString() }));
        const auto all = q.products(true);
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QVERIFY(!all->at(1).listed);
    }

    void ordersByPartyAndState()
    {
        store::MarketQueries q(m_reader->database());
        const auto ids = [&q](const market::OrderFilter &f) {
            QList<quint64> out;
            const auto rows = q.orders(f);
            if (rows)
                for (const auto &o : *rows)
                    out << o.orderId;
            return out;
        };
        QCOMPARE(ids({}), (QList<quint64> { 13, 11, 12, 10 })); // newest first
        QCOMPARE(ids({ account('b'), {}, {} }), (QList<quint64> { 11, 10 }));
        QCOMPARE(ids({ {}, account('a'), {} }), (QList<quint64> { 11, 12, 10 }));
        QCOMPARE(ids({ {}, {}, { OrderState::Placed } }), (QList<quint64> { 13, 11 }));
        QCOMPARE(ids({ account('c'), {}, { OrderState::Placed, OrderState::Disputed } }), (QList<quint64> { 13, 12 }));
        QCOMPARE(ids({ account('c'), account('a'), { OrderState::Completed } }), QList<quint64> {});

        const auto one = q.orders({ account('b'), {}, { OrderState::Completed } });
        QVERIFY(one && one->size() == 1);
        QCOMPARE(one->at(0).bankName, QStringLiteral("上海申江商业银行股份有限公司"));
        QCOMPARE(one->at(0).bureauName, QStringLiteral("上海浦江资信评估有限公司"));
        QCOMPARE(one->at(0).productName, QStringLiteral("企业信用报告（标准版）"));
        QCOMPARE(one->at(0).slaHours, 48u);
        QCOMPARE(one->at(0).tx, tx(3));
    }

    // A long list shares each repeated account and name between its rows;
    // every row still reads as it does alone (an unknown bureau's name stays
    // empty, not the name of the row before).
    void sharedValuesReadAsEachRowAlone()
    {
        store::MarketQueries q(m_reader->database());
        const auto all = q.orders({});
        QVERIFY(all && all->size() >= 4);
        QSet<QString> bureauNames;
        for (const market::OrderSummary &row : *all) {
            market::OrderFilter one;
            one.orderId = row.orderId;
            const auto alone = q.orders(one);
            QVERIFY(alone && alone->size() == 1);
            const market::OrderSummary &a = alone->first();
            QCOMPARE(row.bank, a.bank);
            QCOMPARE(row.bureau, a.bureau);
            QCOMPARE(row.bankName, a.bankName);
            QCOMPARE(row.bureauName, a.bureauName);
            QCOMPARE(row.productName, a.productName);
            QCOMPARE(row.tx, a.tx);
            bureauNames.insert(row.bureauName);
        }
        QVERIFY2(bureauNames.contains(QString()), "an order of bureau D, which has no record, names no bureau");
        QVERIFY(bureauNames.size() >= 2);
    }

    void oneOrderWithItsDocuments()
    {
        sql(QStringLiteral("UPDATE orders SET request_document = x'%1', report_hash = x'%2', report_document = x'%3' "
                           "WHERE order_id = 10")
                .arg(QString::fromLatin1(QByteArray(32, '\x11').toHex()),
                    QString::fromLatin1(QByteArray(32, '\x22').toHex()),
                    QString::fromLatin1(QByteArray(32, '\x33').toHex())));
        store::MarketQueries q(m_reader->database());
        market::OrderFilter f;
        f.orderId = 10;
        const auto one = q.orders(f);
        QVERIFY(one && one->size() == 1);
        QCOMPARE(one->at(0).orderId, 10u);
        QCOMPARE(one->at(0).requestDocument, QByteArray(32, '\x11'));
        QCOMPARE(one->at(0).reportHash, QByteArray(32, '\x22'));
        QCOMPARE(one->at(0).reportDocument, QByteArray(32, '\x33'));
        f.orderId = 11;
        const auto other = q.orders(f);
        QVERIFY(other && other->size() == 1);
        QVERIFY(other->at(0).reportDocument.isEmpty()); // not delivered: NULL in the store
        f.orderId = 999;
        QVERIFY(q.orders(f)->isEmpty());
    }

    void timelineInChainOrder()
    {
        store::MarketQueries q(m_reader->database());
        const auto events = q.timeline(10);
        QVERIFY(events);
        QStringList names;
        for (const auto &e : *events)
            names << e.event;
        QCOMPARE(names,
            (QStringList { QStringLiteral("OrderPlaced"), QStringLiteral("OrderAccepted"),
                QStringLiteral("ReportDelivered"), QStringLiteral("OrderCompleted") }));
        QCOMPARE(events->at(1).actorName, QStringLiteral("上海浦江资信评估有限公司"));
        QCOMPARE(events->at(1).block, 3u);
        QCOMPARE(events->at(3).state, OrderState::Completed);
        const auto none = q.timeline(999);
        QVERIFY(none && none->isEmpty());
    }

    void unknownStateIsCorruptNotACrash()
    {
        sql(QStringLiteral("INSERT INTO orders VALUES (99, x'00', 1001, x'00', 1, 42, x'', x'', NULL, NULL, 2, 1, 1, "
                           "3, x'00', 0, 0)"));
        store::MarketQueries q(m_reader->database());
        const auto rows = q.orders({});
        QVERIFY(!rows);
        QCOMPARE(rows.error().kind, ErrorKind::Corrupt);
        sql(QStringLiteral("DELETE FROM orders WHERE order_id = 99"));
    }

    void truncatedPartnerListIsCorruptNotACrash()
    {
        sql(QStringLiteral("INSERT INTO products VALUES (1099, x'%1', 2, 'x', 'desc', 1, 1, 'PDF', 0, x'0102', 1, 2, "
                           "x'%2')")
                .arg(QString::fromLatin1(account('a').toHex()), QString::fromLatin1(tx(2).toHex())));
        store::MarketQueries q(m_reader->database());
        const auto rows = q.products();
        QVERIFY(!rows);
        QCOMPARE(rows.error().kind, ErrorKind::Corrupt);
        QVERIFY(rows.error().message.contains(QStringLiteral("1099")));
        sql(QStringLiteral("DELETE FROM products WHERE product_id = 1099"));
    }
};

QTEST_GUILESS_MAIN(TestMarketQueries)
#include "TestMarketQueries.moc"
