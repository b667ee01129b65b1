// SPDX-License-Identifier: Apache-2.0
// listProduct, updateProduct, delistProduct and getProduct, from the right
// and every wrong role, with every argument check.
#include "MarketFixture.h"
#include "market/MarketCalls.h"
#include "market/MarketViews.h"

#include <QTest>

using namespace credit;
using namespace credit::market;
using namespace credit::market::test;

namespace {

calls::ProductListing listing(quint64 id)
{
    return calls::ProductListing { id, Series::Liantong, QStringLiteral("企业信用报告"), QStringLiteral("标准版"), 5000,
        24, QStringLiteral("PDF"), true, {} };
}

Result<Product> viewProduct(MarketFixture &f, quint64 id)
{
    const ExecutionResult result = call(f.state, f.contract, f.bank, *calls::getProduct(id), f.now(), 0);
    if (result.reverted)
        return makeError(ErrorKind::Rejected, result.revertReason);
    return views::decodeProduct(result.output);
}

} // namespace

class TestMarketProducts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bureauListsAProduct();
    void bureauListsAJointProduct();
    void onlyActiveBureausList();
    void listingChecks_data();
    void listingChecks();
    void bureauUpdatesItsProduct();
    void bureauDelistsItsProduct();
    void updateAndDelistChecks();
};

void TestMarketProducts::bureauListsAProduct()
{
    MarketFixture f;
    EXPECT_OK(f, f.bureau, calls::listProduct(listing(7)));
    const auto event = f.lastEvent();
    VERIFY_RESULT(event);
    const ProductListed expected { 7, f.bureau, Series::Liantong, QStringLiteral("企业信用报告"),
        QStringLiteral("标准版"), 5000, 24, QStringLiteral("PDF"), true, {} };
    QCOMPARE(std::get<ProductListed>(*event), expected);

    const auto product = viewProduct(f, 7);
    VERIFY_RESULT(product);
    const Product stored { 7, f.bureau, Series::Liantong, QStringLiteral("企业信用报告"), QStringLiteral("标准版"),
        5000, 24, QStringLiteral("PDF"), true, {}, true };
    QCOMPARE(*product, stored);
}

void TestMarketProducts::bureauListsAJointProduct()
{
    MarketFixture f;
    auto joint = listing(8);
    joint.series = Series::Lianrong;
    joint.partnerBureaus = { f.bureau2 };
    EXPECT_OK(f, f.bureau, calls::listProduct(joint));
    QCOMPARE(std::get<ProductListed>(*f.lastEvent()).partnerBureaus, QList<QByteArray> { f.bureau2 });
    QCOMPARE(viewProduct(f, 8)->partnerBureaus, QList<QByteArray> { f.bureau2 });
    QCOMPARE(viewProduct(f, 8)->series, Series::Lianrong);
}

void TestMarketProducts::onlyActiveBureausList()
{
    MarketFixture f;
    for (const QByteArray &sender : { f.operatorAccount, f.bank, f.regulator, f.mediator, f.stranger })
        EXPECT_REVERT(f, sender, calls::listProduct(listing(7)), "caller is not a bureau");
    EXPECT_OK(f, f.operatorAccount, calls::setInstitutionActive(f.bureau, false));
    EXPECT_REVERT(f, f.bureau, calls::listProduct(listing(7)), "caller's institution is not active");
}

void TestMarketProducts::listingChecks_data()
{
    QTest::addColumn<int>("series");
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint64>("id");
    QTest::addColumn<quint32>("slaHours");
    QTest::addColumn<QList<QByteArray>>("partners");
    QTest::addColumn<QString>("reason");

    MarketFixture f;
    const QString name = QStringLiteral("产品");
    const int lianrong = static_cast<int>(Series::Lianrong);
    QTest::newRow("id zero") << 1 << name << quint64(0) << 24u << QList<QByteArray>()
                             << QStringLiteral("product id must not be zero");
    QTest::newRow("id taken") << 1 << name << MarketFixture::kProduct << 24u << QList<QByteArray>()
                              << QStringLiteral("product id already exists");
    QTest::newRow("series 0") << 0 << name << quint64(9) << 24u << QList<QByteArray>()
                              << QStringLiteral("unknown product series");
    QTest::newRow("series 4") << 4 << name << quint64(9) << 24u << QList<QByteArray>()
                              << QStringLiteral("unknown product series");
    QTest::newRow("empty name") << 1 << QString() << quint64(9) << 24u << QList<QByteArray>()
                                << QStringLiteral("product name is empty");
    QTest::newRow("no SLA") << 1 << name << quint64(9) << 0u << QList<QByteArray>()
                            << QStringLiteral("SLA must be at least one hour");
    QTest::newRow("partners on 链通") << 1 << name << quint64(9) << 24u << QList<QByteArray> { f.bureau2 }
                                      << QStringLiteral("only series 2 products may have partner bureaus");
    QTest::newRow("partners on 链服") << 3 << name << quint64(9) << 24u << QList<QByteArray> { f.bureau2 }
                                      << QStringLiteral("only series 2 products may have partner bureaus");
    QTest::newRow("nine partners") << lianrong << name << quint64(9) << 24u << QList<QByteArray>(9, f.bureau2)
                                   << QStringLiteral("too many partner bureaus");
    QTest::newRow("self as partner") << lianrong << name << quint64(9) << 24u << QList<QByteArray> { f.bureau }
                                     << QStringLiteral("a partner bureau is the product's own bureau");
    QTest::newRow("bank as partner") << lianrong << name << quint64(9) << 24u << QList<QByteArray> { f.bank }
                                     << QStringLiteral("partner is not an active bureau");
    QTest::newRow("unknown partner") << lianrong << name << quint64(9) << 24u << QList<QByteArray> { f.stranger }
                                     << QStringLiteral("partner is not an active bureau");
    QTest::newRow("duplicate partner") << lianrong << name << quint64(9) << 24u
                                       << QList<QByteArray> { f.bureau2, f.bureau2 }
                                       << QStringLiteral("duplicate partner bureau");
}

void TestMarketProducts::listingChecks()
{
    QFETCH(int, series);
    QFETCH(QString, name);
    QFETCH(quint64, id);
    QFETCH(quint32, slaHours);
    QFETCH(QList<QByteArray>, partners);
    QFETCH(QString, reason);
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    calls::ProductListing l = listing(id);
    l.name = name;
    l.slaHours = slaHours;
    l.partnerBureaus = partners;
    // Series numbers outside the enum go on the wire as they are.
    auto callData = calls::encodeCall(Function::ListProduct,
        { abi::Value::fromUInt(l.productId), abi::Value::fromUInt(static_cast<quint64>(series)),
            abi::Value::string(l.name), abi::Value::string(l.description), abi::Value::fromUInt(l.priceFen),
            abi::Value::fromUInt(l.slaHours), abi::Value::string(l.deliveryFormat), abi::Value::boolean(true),
            abi::Value::array([&] {
                QList<abi::Value> out;
                for (const QByteArray &p : l.partnerBureaus)
                    out += abi::Value::address(p);
                return out;
            }()) });
    const QString why = f.expectRevert(f.bureau, callData, reason);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestMarketProducts::bureauUpdatesItsProduct()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    EXPECT_OK(f, f.bureau, calls::updateProduct(MarketFixture::kProduct, 6500, 12, QStringLiteral("加急版")));
    const ProductUpdated expected { MarketFixture::kProduct, f.bureau, 6500, 12, QStringLiteral("加急版") };
    QCOMPARE(std::get<ProductUpdated>(*f.lastEvent()), expected);
    const auto product = viewProduct(f, MarketFixture::kProduct);
    QCOMPARE(product->priceFen, quint64(6500));
    QCOMPARE(product->slaHours, 12u);
    QCOMPARE(product->description, QStringLiteral("加急版"));
    QCOMPARE(product->name, QStringLiteral("企业信用报告"));
}

void TestMarketProducts::bureauDelistsItsProduct()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    EXPECT_OK(f, f.bureau, calls::delistProduct(MarketFixture::kProduct));
    QCOMPARE(std::get<ProductDelisted>(*f.lastEvent()), (ProductDelisted { MarketFixture::kProduct, f.bureau }));
    QCOMPARE(viewProduct(f, MarketFixture::kProduct)->listed, false);
    // A delisted product is final: no update, no second delisting, no relisting under its id.
    EXPECT_REVERT(f, f.bureau, calls::delistProduct(MarketFixture::kProduct), "product is delisted");
    EXPECT_REVERT(f, f.bureau, calls::updateProduct(MarketFixture::kProduct, 1, 1, QString()), "product is delisted");
    EXPECT_REVERT(f, f.bureau, calls::listProduct(listing(MarketFixture::kProduct)), "product id already exists");
}

void TestMarketProducts::updateAndDelistChecks()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    const quint64 id = MarketFixture::kProduct;
    for (const QByteArray &sender : { f.bureau2, f.operatorAccount, f.bank, f.regulator, f.mediator, f.stranger }) {
        EXPECT_REVERT(f, sender, calls::updateProduct(id, 1, 1, QString()), "caller is not the product's bureau");
        EXPECT_REVERT(f, sender, calls::delistProduct(id), "caller is not the product's bureau");
    }
    EXPECT_REVERT(f, f.bureau, calls::updateProduct(99, 1, 1, QString()), "unknown product");
    EXPECT_REVERT(f, f.bureau, calls::delistProduct(99), "unknown product");
    EXPECT_REVERT(f, f.bureau, calls::updateProduct(id, 1, 0, QString()), "SLA must be at least one hour");

    const ExecutionResult unknown = call(f.state, f.contract, f.bank, *calls::getProduct(99), f.now(), 0);
    QCOMPARE(unknown.revertReason, QStringLiteral("unknown product"));

    EXPECT_OK(f, f.operatorAccount, calls::setInstitutionActive(f.bureau, false));
    EXPECT_REVERT(f, f.bureau, calls::updateProduct(id, 1, 1, QString()), "caller's institution is not active");
    EXPECT_REVERT(f, f.bureau, calls::delistProduct(id), "caller's institution is not active");
}

QTEST_GUILESS_MAIN(TestMarketProducts)
#include "TestMarketProducts.moc"
