// SPDX-License-Identifier: Apache-2.0
// The authorisation's document and the checks around it: the enterprise
// commitment against SM3 computed by another implementation (Python's
// hashlib over OpenSSL), the letter validity as China-time block times, the
// strict parser, the loan officer's draft, and the bureau's check that an
// order's request and its recorded authorisation agree.
#include "desk/AuthorisationCheck.h"
#include "desk/AuthorisationDesk.h"
#include "desk/OrderDraft.h"
#include "crypto/Sm3.h"
#include "market/AuthorisationDocument.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace credit;

namespace {

const QString kCode = QStringLiteral("914403001922038216"); // valid (tests/vectors/uscc.json)

QByteArray salt()
{
    QByteArray s;
    for (char i = 0; i < 16; ++i)
        s += i;
    return s;
}

market::AuthorisationDocument document()
{
    market::AuthorisationDocument d;
    d.authorisationId = 2026030100901;
    d.bankName = QStringLiteral("上海申江商业银行股份有限公司");
    d.bankCode = QStringLiteral("91310000MA1FL0001X");
    d.enterpriseName = QStringLiteral("深圳市链通电子科技有限公司");
    d.enterpriseCode = kCode;
    d.salt = salt();
    d.purpose = QStringLiteral("贷前审查");
    d.letter = market::AuthorisationLetter { QStringLiteral("授权书.pdf"), QStringLiteral("application/pdf"),
        QStringLiteral("2026-03-01"), QStringLiteral("2026-08-31"), QByteArray("%PDF-1.4 letter") };
    return d;
}

market::OrderRequest requestFor(const market::AuthorisationDocument &d)
{
    market::OrderRequest r;
    r.orderId = 7;
    r.productId = 1;
    r.enterpriseName = d.enterpriseName;
    r.enterpriseCode = d.enterpriseCode;
    r.authorisation = d.letter;
    r.authorisationId = d.authorisationId;
    r.commitmentSalt = d.salt;
    return r;
}

market::AuthorisationInfo recordedAs(const market::AuthorisationDocument &d)
{
    market::AuthorisationInfo a;
    a.authorisationId = d.authorisationId;
    a.enterpriseCommitment = d.commitment();
    a.letterHash = crypto::sm3(d.letter.content);
    return a;
}

} // namespace

class TestAuthorisationDocuments final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void commitmentIsSm3OfSaltAndCode();
    void validityIsChinaTimeDays();
    void documentRoundTrips();
    void parseRefusesWhatIsWrong_data();
    void parseRefusesWhatIsWrong();
    void requestCarriesTheAuthorisationRecord();
    void bureauCheckFindsEveryMismatch();
    void draftSaysWhatIsMissing();
};

void TestAuthorisationDocuments::commitmentIsSm3OfSaltAndCode()
{
    // hashlib.new('sm3', bytes(range(16)) + b'91310000MA1FL0001X').hexdigest()
    QCOMPARE(market::enterpriseCommitment(salt(), QStringLiteral("91310000MA1FL0001X")).toHex(),
        QByteArray("820d19cfb1ac1753fa868dfedb55181d56c94562e45ec033b831c01bdb58c1cd"));
    // Another salt, another commitment: the code alone does not identify it.
    QVERIFY(market::enterpriseCommitment(QByteArray(16, 'x'), kCode) != market::enterpriseCommitment(salt(), kCode));
}

void TestAuthorisationDocuments::validityIsChinaTimeDays()
{
    // datetime(2026, 3, 1, tzinfo=UTC+8) and the day after 2026-08-31, in ms.
    QCOMPARE(market::validityStartMs(QStringLiteral("2026-03-01")), Q_INT64_C(1772294400000));
    QCOMPARE(market::validityEndMs(QStringLiteral("2026-08-31")), Q_INT64_C(1788192000000));
    QCOMPARE(market::validityStartMs(QStringLiteral("2026-02-30")), -1);
    QCOMPARE(market::validityEndMs(QStringLiteral("soon")), -1);
}

void TestAuthorisationDocuments::documentRoundTrips()
{
    const market::AuthorisationDocument d = document();
    const auto back = market::AuthorisationDocument::parse(d.toJson());
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->authorisationId, d.authorisationId);
    QCOMPARE(back->enterpriseName, d.enterpriseName);
    QCOMPARE(back->salt, d.salt);
    QCOMPARE(back->commitment(), d.commitment());
    QCOMPARE(back->letter.content, d.letter.content);
    QCOMPARE(back->letter.validUntil, d.letter.validUntil);
}

void TestAuthorisationDocuments::parseRefusesWhatIsWrong_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("type") << "type" << QJsonValue(QStringLiteral("creditchain.order-request"))
                          << QStringLiteral("type is not");
    QTest::newRow("version") << "version" << QJsonValue(2) << QStringLiteral("version 2");
    QTest::newRow("id") << "authorisationId" << QJsonValue(7) << QStringLiteral("decimal string");
    QTest::newRow("short salt") << "enterprise"
                                << QJsonValue(QJsonObject { { QStringLiteral("name"), QStringLiteral("企") },
                                       { QStringLiteral("code"), kCode },
                                       { QStringLiteral("salt"), QStringLiteral("00ff") } })
                                << QStringLiteral("salt");
    QTest::newRow("no enterprise") << "enterprise" << QJsonValue(QJsonObject {}) << QStringLiteral("name and code");
}

void TestAuthorisationDocuments::parseRefusesWhatIsWrong()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    QJsonObject o = QJsonDocument::fromJson(document().toJson()).object();
    o.insert(field, value);
    const auto parsed = market::AuthorisationDocument::parse(QJsonDocument(o).toJson());
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));

    // A letter whose bytes do not match its SM3.
    QJsonObject tampered = QJsonDocument::fromJson(document().toJson()).object();
    QJsonObject letter = tampered.value(QStringLiteral("letter")).toObject();
    letter.insert(QStringLiteral("content"), QString::fromLatin1(QByteArray("forged").toBase64()));
    tampered.insert(QStringLiteral("letter"), letter);
    const auto forged = market::AuthorisationDocument::parse(QJsonDocument(tampered).toJson());
    QVERIFY(!forged.ok());
    QVERIFY2(forged.error().message.contains(QStringLiteral("SM3")), qPrintable(forged.error().message));
}

void TestAuthorisationDocuments::requestCarriesTheAuthorisationRecord()
{
    const market::OrderRequest r = requestFor(document());
    const auto back = market::OrderRequest::parse(r.toJson());
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->authorisationId, r.authorisationId);
    QCOMPARE(back->commitmentSalt, r.commitmentSalt);
    // A request without one (sealed before authorisations were records) still parses.
    market::OrderRequest plain = r;
    plain.authorisationId = 0;
    const auto old = market::OrderRequest::parse(plain.toJson());
    QVERIFY(old.ok());
    QCOMPARE(old->authorisationId, quint64(0));
    QVERIFY(!plain.toJson().contains("authorisationRecord"));
}

void TestAuthorisationDocuments::bureauCheckFindsEveryMismatch()
{
    const market::AuthorisationDocument d = document();
    const market::OrderRequest good = requestFor(d);
    const QList<market::AuthorisationInfo> recorded { recordedAs(d) };
    QCOMPARE(desk::authorisationMismatch(good, recorded), QString());

    QVERIFY(desk::authorisationMismatch(good, {}).contains(QStringLiteral("no verified block records")));
    market::OrderRequest otherEnterprise = good;
    otherEnterprise.enterpriseCode = QStringLiteral("91440300708461136T");
    QVERIFY(desk::authorisationMismatch(otherEnterprise, recorded).contains(QStringLiteral("another enterprise")));
    market::OrderRequest otherSalt = good;
    otherSalt.commitmentSalt = QByteArray(16, '\x7f');
    QVERIFY(desk::authorisationMismatch(otherSalt, recorded).contains(QStringLiteral("another enterprise")));
    market::OrderRequest otherLetter = good;
    otherLetter.authorisation->content = "another letter";
    QVERIFY(desk::authorisationMismatch(otherLetter, recorded).contains(QStringLiteral("not the letter recorded")));
    market::OrderRequest none = good;
    none.authorisationId = 0;
    QCOMPARE(desk::authorisationMismatch(none, {}), QString());
}

void TestAuthorisationDocuments::draftSaysWhatIsMissing()
{
    const QDate today(2026, 4, 1);
    desk::AuthorisationDraft draft;
    draft.enterpriseName = QStringLiteral("深圳市链通电子科技有限公司");
    draft.enterpriseCode = kCode;
    draft.purpose = QStringLiteral("贷前审查");
    draft.productIds = { 1 };
    draft.letter = document().letter;
    QCOMPARE(draft.problem(today), QString());

    desk::AuthorisationDraft badCode = draft;
    badCode.enterpriseCode = QStringLiteral("914403001922038217"); // check character wrong
    QVERIFY(!badCode.problem(today).isEmpty());
    desk::AuthorisationDraft noScope = draft;
    noScope.productIds.clear();
    QVERIFY(!noScope.problem(today).isEmpty());
    noScope.series = 2; // a whole series is a scope
    QCOMPARE(noScope.problem(today), QString());
    desk::AuthorisationDraft noLetter = draft;
    noLetter.letter.content.clear();
    QVERIFY(!noLetter.problem(today).isEmpty());
    // Not begun yet, and expired: both refused before anything is sent.
    QVERIFY(!draft.problem(QDate(2026, 2, 28)).isEmpty());
    QVERIFY(!draft.problem(QDate(2026, 8, 31)).isEmpty());
    QCOMPARE(draft.problem(QDate(2026, 8, 30)), QString());
    QCOMPARE(desk::letterProblem(draft.letter, QDate(2026, 2, 28)), draft.problem(QDate(2026, 2, 28)));
}

QTEST_GUILESS_MAIN(TestAuthorisationDocuments)
#include "TestAuthorisationDocuments.moc"
