// SPDX-License-Identifier: Apache-2.0
// Which recorded authorisation an order can name: valid today, not revoked,
// covering the product by id or series, and the typed enterprise's by its
// opened letter and the chain's commitment. A draft that uses one carries its
// id, salt and letter.
#include "desk/UsableAuthorisations.h"
#include "market/AuthorisationDocument.h"

#include <QTest>

using namespace credit;

namespace {
constexpr quint64 kNow = 1'767'225'600'000ULL; // 2026-01-01 08:00 China time
constexpr quint64 kDayMs = 24ULL * 60 * 60 * 1000;
const QString kCode = QStringLiteral("91310115303456638P");
const QString kOtherCode = QStringLiteral("91110000100000589B");
const QByteArray kSalt(16, '\x5a');
} // namespace

class TestUsableAuthorisations final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void offersOnlyWhatTheOrderCanUse();
    void seriesCoversItsProductsOnly();
    void matchesTheEnterpriseByCodeAndCommitment();
    void productsWithoutAuthorisationGetNone();
    void theDraftNamesTheAuthorisationWithItsLetter();

private:
    market::AuthorisationInfo recorded(quint64 id) const;
    desk::AuthorisationLetterView letterOf(quint64 id, const QString &code) const;
    QList<quint64> usableIds() const;

    market::ProductInfo m_product;
    QList<market::AuthorisationInfo> m_recorded;
    QHash<quint64, desk::AuthorisationLetterView> m_letters;
    QString m_typed = kCode;
};

market::AuthorisationInfo TestUsableAuthorisations::recorded(quint64 id) const
{
    market::AuthorisationInfo a;
    a.authorisationId = id;
    a.enterpriseCommitment = market::enterpriseCommitment(kSalt, kCode);
    a.productIds = { 7 };
    a.validFromMs = kNow - 10 * kDayMs;
    a.validUntilMs = kNow + 100 * kDayMs;
    return a;
}

desk::AuthorisationLetterView TestUsableAuthorisations::letterOf(quint64 id, const QString &code) const
{
    desk::AuthorisationLetterView v;
    v.authorisationId = id;
    v.enterpriseName = QStringLiteral("上海浦江机电有限公司");
    v.enterpriseCode = code;
    v.fileName = QStringLiteral("授权书.pdf");
    v.mediaType = QStringLiteral("application/pdf");
    v.validFrom = QStringLiteral("2025-12-22");
    v.validUntil = QStringLiteral("2026-04-10");
    v.content = QByteArray("%PDF-1.4\n% letter ") + QByteArray::number(id);
    v.commitmentSalt = kSalt;
    return v;
}

QList<quint64> TestUsableAuthorisations::usableIds() const
{
    QList<quint64> ids;
    for (const desk::UsableAuthorisation &u :
        desk::usableAuthorisations(m_recorded, m_letters, m_product, m_typed, kNow))
        ids << u.info.authorisationId;
    return ids;
}

void TestUsableAuthorisations::init()
{
    m_product = {};
    m_product.productId = 7;
    m_product.series = market::Series::Liantong;
    m_product.authorisationRequired = true;
    m_recorded.clear();
    m_letters.clear();
    m_typed = kCode;
}

void TestUsableAuthorisations::offersOnlyWhatTheOrderCanUse()
{
    market::AuthorisationInfo valid = recorded(1);
    market::AuthorisationInfo expired = recorded(2);
    expired.validUntilMs = kNow - kDayMs;
    market::AuthorisationInfo notBegun = recorded(3);
    notBegun.validFromMs = kNow + kDayMs;
    market::AuthorisationInfo revoked = recorded(4);
    revoked.revoked = true;
    market::AuthorisationInfo otherProduct = recorded(5);
    otherProduct.productIds = { 8 };
    market::AuthorisationInfo alsoValid = recorded(6);
    alsoValid.productIds = { 8, 7 };
    m_recorded = { alsoValid, valid, expired, notBegun, revoked, otherProduct };
    for (const market::AuthorisationInfo &a : std::as_const(m_recorded))
        m_letters.insert(a.authorisationId, letterOf(a.authorisationId, kCode));
    QCOMPARE(usableIds(), (QList<quint64> { 6, 1 })); // in the order given: newest first
    // Ends at its end: the first millisecond after is not valid.
    m_recorded = { recorded(1) };
    m_recorded[0].validUntilMs = kNow;
    QVERIFY(usableIds().isEmpty());
    m_recorded[0].validUntilMs = kNow + 1;
    QCOMPARE(usableIds(), QList<quint64> { 1 });
}

void TestUsableAuthorisations::seriesCoversItsProductsOnly()
{
    market::AuthorisationInfo sameSeries = recorded(1);
    sameSeries.productIds.clear();
    sameSeries.series = quint8(market::Series::Liantong);
    market::AuthorisationInfo otherSeries = recorded(2);
    otherSeries.productIds.clear();
    otherSeries.series = quint8(market::Series::Lianrong);
    m_recorded = { sameSeries, otherSeries };
    m_letters.insert(1, letterOf(1, kCode));
    m_letters.insert(2, letterOf(2, kCode));
    QCOMPARE(usableIds(), QList<quint64> { 1 });
    m_product.series = market::Series::Lianrong;
    m_product.productId = 9;
    QCOMPARE(usableIds(), QList<quint64> { 2 });
}

void TestUsableAuthorisations::matchesTheEnterpriseByCodeAndCommitment()
{
    m_recorded = { recorded(1), recorded(2), recorded(3) };
    m_letters.insert(1, letterOf(1, kCode));
    m_letters.insert(2, letterOf(2, kOtherCode)); // another enterprise's letter
    // A letter that names the code but whose salt does not give the chain's commitment.
    desk::AuthorisationLetterView wrongSalt = letterOf(3, kCode);
    wrongSalt.commitmentSalt = QByteArray(16, '\x01');
    m_letters.insert(3, wrongSalt);
    QCOMPARE(usableIds(), QList<quint64> { 1 });
    m_typed = kOtherCode; // letter 2 names it, but the chain committed to kCode
    QVERIFY(usableIds().isEmpty());
    m_typed.clear();
    QVERIFY(usableIds().isEmpty());
    // A letter not opened (yet) is not offered: the chain alone cannot say whose it is.
    m_typed = kCode;
    m_letters.remove(1);
    QVERIFY(usableIds().isEmpty());
}

void TestUsableAuthorisations::productsWithoutAuthorisationGetNone()
{
    m_recorded = { recorded(1) };
    m_letters.insert(1, letterOf(1, kCode));
    QCOMPARE(usableIds(), QList<quint64> { 1 });
    m_product.authorisationRequired = false;
    QVERIFY(usableIds().isEmpty());
}

void TestUsableAuthorisations::theDraftNamesTheAuthorisationWithItsLetter()
{
    m_recorded = { recorded(1) };
    m_letters.insert(1, letterOf(1, kCode));
    const auto usable = desk::usableAuthorisations(m_recorded, m_letters, m_product, kCode, kNow);
    QCOMPARE(usable.size(), 1);
    desk::OrderDraft draft;
    draft.product = m_product;
    draft.enterpriseName = QStringLiteral("上海浦江机电有限公司");
    draft.enterpriseCode = kCode;
    draft.purpose = QStringLiteral("授信审查");
    QVERIFY(!draft.problem(QDate(2026, 1, 1)).isEmpty()); // needs a letter
    desk::useRecordedAuthorisation(draft, usable.first());
    QCOMPARE(draft.recordedAuthorisationId, 1ULL);
    QCOMPARE(draft.commitmentSalt, kSalt);
    QVERIFY(draft.letter.has_value());
    QCOMPARE(draft.letter->content, m_letters.value(1).content);
    QCOMPARE(draft.letter->validFrom, QStringLiteral("2025-12-22"));
    QCOMPARE(draft.letter->validUntil, QStringLiteral("2026-04-10"));
    QCOMPARE(draft.problem(QDate(2026, 1, 1)), QString());
}

QTEST_GUILESS_MAIN(TestUsableAuthorisations)
#include "TestUsableAuthorisations.moc"
