// SPDX-License-Identifier: Apache-2.0
// The order request document: what the bank writes, the bureau reads back
// field for field; a letter that does not match its SM3, another document
// type or a malformed id is refused with the reason.
#include "crypto/Sm3.h"
#include "market/OrderRequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace credit;
using namespace credit::market;

class TestOrderRequest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripsWithALetter();
    void withoutALetterTheHashIsZero();
    void refusesATamperedLetter();
    void refusesOtherDocuments();
    void chinaTimeIsUtcPlusEight();

private:
    static OrderRequest sample();
};

OrderRequest TestOrderRequest::sample()
{
    OrderRequest r;
    r.orderId = 18446744073709551615ULL; // ids are decimal strings: uint64 survives JSON
    r.productId = 1001;
    r.bankName = QStringLiteral("上海申江商业银行股份有限公司");
    r.bankCode = QStringLiteral("91310000717854505W");
    r.enterpriseName = QStringLiteral("上海某某科技有限公司");
    r.enterpriseCode = QStringLiteral("91310115MA1K3YJ12X");
    r.purpose = QStringLiteral("贷前调查");
    r.requestedAt = QStringLiteral("2026-11-24 09:30");
    r.authorisation = AuthorisationLetter { QStringLiteral("授权书.pdf"), QStringLiteral("application/pdf"),
        QStringLiteral("2026-11-24"), QStringLiteral("2027-02-22"), QByteArray("%PDF-1.4 letter\x00\xff", 17) };
    return r;
}

void TestOrderRequest::roundTripsWithALetter()
{
    const OrderRequest r = sample();
    auto back = OrderRequest::parse(r.toJson());
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->orderId, r.orderId);
    QCOMPARE(back->productId, r.productId);
    QCOMPARE(back->bankName, r.bankName);
    QCOMPARE(back->enterpriseCode, r.enterpriseCode);
    QCOMPARE(back->purpose, r.purpose);
    QCOMPARE(back->requestedAt, r.requestedAt);
    QVERIFY(back->authorisation.has_value());
    QCOMPARE(back->authorisation->content, r.authorisation->content);
    QCOMPARE(back->authorisation->validUntil, QStringLiteral("2027-02-22"));
    QCOMPARE(back->authorisationHash(), crypto::sm3(r.authorisation->content));
}

void TestOrderRequest::withoutALetterTheHashIsZero()
{
    OrderRequest r = sample();
    r.authorisation.reset();
    QCOMPARE(r.authorisationHash(), QByteArray(32, '\0'));
    auto back = OrderRequest::parse(r.toJson());
    QVERIFY(back.ok());
    QVERIFY(!back->authorisation.has_value());
}

void TestOrderRequest::refusesATamperedLetter()
{
    QJsonObject o = QJsonDocument::fromJson(sample().toJson()).object();
    QJsonObject a = o.value(QStringLiteral("authorisation")).toObject();
    a.insert(QStringLiteral("content"), QString::fromLatin1(QByteArray("another letter").toBase64()));
    o.insert(QStringLiteral("authorisation"), a);
    auto r = OrderRequest::parse(QJsonDocument(o).toJson());
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("does not match its SM3")));
}

void TestOrderRequest::refusesOtherDocuments()
{
    QJsonObject o = QJsonDocument::fromJson(sample().toJson()).object();
    o.insert(QStringLiteral("type"), QStringLiteral("creditchain.dispute-grant"));
    QVERIFY(!OrderRequest::parse(QJsonDocument(o).toJson()).ok());
    o = QJsonDocument::fromJson(sample().toJson()).object();
    o.insert(QStringLiteral("orderId"), 7); // a number, not a decimal string
    QVERIFY(!OrderRequest::parse(QJsonDocument(o).toJson()).ok());
    QVERIFY(!OrderRequest::parse("%PDF-1.4").ok());
}

void TestOrderRequest::chinaTimeIsUtcPlusEight()
{
    // 2026-11-23T16:30:00Z is 00:30 on the 24th in Beijing.
    QCOMPARE(chinaTime(1795451400000), QStringLiteral("2026-11-24 00:30"));
    QCOMPARE(chinaTime(1795451400000, false), QStringLiteral("2026-11-24"));
}

QTEST_MAIN(TestOrderRequest)
#include "TestOrderRequest.moc"
