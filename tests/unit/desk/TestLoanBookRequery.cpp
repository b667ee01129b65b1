// SPDX-License-Identifier: Apache-2.0
// Re-querying a loan book: one order per enterprise, each naming that
// enterprise's recorded authorisation (matched through its opened letter and
// the chain's commitment), one after the other; rows without a usable
// authorisation, refused by the file check, failed or cut off by Cancel each
// end with their own result, and nothing is ordered twice. Fake desks stand
// for the chain; the test answers as the worker would.
#include "FakeAuthorisationDesk.h"
#include "FakeClock.h"
#include "FakeDesks.h"
#include "desk/LoanBookRequery.h"
#include "market/AuthorisationDocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace credit;
using namespace Qt::StringLiterals;
using Status = desk::LoanBookEntry::Status;

namespace {

const QString kCode1 = u"91310115862599344H"_s;
const QString kCode2 = u"91440305239230844M"_s;
const QString kCode3 = u"91110108658154567M"_s;
const QString kCode5 = u"9133010680610399XE"_s;

market::ProductInfo product()
{
    market::ProductInfo p;
    p.productId = 5;
    p.name = u"企业信用报告（标准版）"_s;
    p.series = market::Series::Lianrong;
    p.authorisationRequired = true;
    return p;
}

//! A recorded authorisation of the enterprise with `code`, its letter open (salt per id).
struct Recorded {
    market::AuthorisationInfo info;
    desk::AuthorisationLetterView letter;
};

Recorded recorded(quint64 id, const QString &code, QList<quint64> products, quint8 series, qint64 nowMs)
{
    Recorded r;
    r.letter.authorisationId = id;
    r.letter.enterpriseName = u"企业%1"_s.arg(id);
    r.letter.enterpriseCode = code;
    r.letter.fileName = u"letter-%1.pdf"_s.arg(id);
    r.letter.mediaType = u"application/pdf"_s;
    r.letter.validFrom = QDateTime::fromMSecsSinceEpoch(nowMs).date().addDays(-10).toString(Qt::ISODate);
    r.letter.validUntil = QDateTime::fromMSecsSinceEpoch(nowMs).date().addDays(100).toString(Qt::ISODate);
    r.letter.content = "%PDF letter " + QByteArray::number(id);
    r.letter.commitmentSalt = QByteArray(16, char(id));
    r.info.authorisationId = id;
    r.info.enterpriseCommitment = market::enterpriseCommitment(r.letter.commitmentSalt, code);
    r.info.productIds = std::move(products);
    r.info.series = series;
    r.info.validFromMs = static_cast<quint64>(nowMs - 10LL * 86'400'000);
    r.info.validUntilMs = static_cast<quint64>(nowMs + 100LL * 86'400'000);
    return r;
}

desk::LoanBookRow row(int n, const QString &code, const QString &refusal = {})
{
    return { n, u"贷款企业%1"_s.arg(n), code, refusal };
}

} // namespace

class TestLoanBookRequery final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_bank = std::make_unique<test::FakeBankDesk>();
        m_auth = std::make_unique<test::FakeAuthorisationDesk>();
        const qint64 now = m_clock.epochMs();
        const quint8 lianrong = static_cast<quint8>(market::Series::Lianrong);
        m_records = {
            recorded(11, kCode1, { 5 }, 0, now), // covers the product by id
            recorded(12, kCode2, { 5 }, 0, now), // revoked below
            recorded(13, kCode3, { 6 }, 0, now), // another product
            recorded(15, kCode5, {}, lianrong, now), // the product's whole series
        };
        m_records[1].info.revoked = true;
        for (const Recorded &r : std::as_const(m_records))
            m_auth->list << r.info;
    }

    void placesOneOrderPerEnterpriseWithItsAuthorisation()
    {
        desk::LoanBookRequery batch(*m_bank, *m_auth, product(), u"贷后检查"_s,
            { row(2, kCode1), row(3, kCode2), row(4, kCode3), row(5, u"X"_s, u"The credit code is wrong."_s),
                row(6, kCode5) },
            m_clock);
        QSignalSpy finished(&batch, &desk::LoanBookRequery::finished);
        QCOMPARE(batch.total(), 4); // the refused row takes no part
        QVERIFY(batch.start());
        QVERIFY(!batch.start()); // once
        // The letters of authorisations valid now are opened (not the revoked one's).
        QCOMPARE(m_auth->letterRequests, (QList<QList<quint64>> { { 11, 13, 15 } }));
        QVERIFY(m_bank->placed.isEmpty()); // nothing before the letters are known
        openLetters({ 11, 13, 15 });

        QCOMPARE(m_bank->placed.size(), 1);
        const desk::OrderDraft &first = m_bank->placed.first();
        QCOMPARE(first.enterpriseCode, kCode1);
        QCOMPARE(first.enterpriseName, u"企业11"_s); // as the enterprise signed its letter
        QCOMPARE(first.recordedAuthorisationId, 11ULL);
        QCOMPARE(first.commitmentSalt, m_records[0].letter.commitmentSalt);
        QCOMPARE(first.letter->content, m_records[0].letter.content);
        QCOMPARE(first.purpose, u"贷后检查"_s);
        QCOMPARE(batch.entries()[0].status, Status::Sending);
        QCOMPARE(batch.entries()[0].orderId, 9001ULL);

        Q_EMIT m_bank->orderSent(9001, "tx1"); // the next one only now
        QCOMPARE(batch.entries()[0].status, Status::Sent);
        QCOMPARE(batch.entries()[1].status, Status::NoAuthorisation); // revoked
        QCOMPARE(batch.entries()[2].status, Status::NoAuthorisation); // covers another product
        QVERIFY(batch.entries()[2].message.contains(u"Authorisations page"_s));
        QCOMPARE(batch.entries()[3].status, Status::Refused);
        QCOMPARE(batch.entries()[3].message, u"The credit code is wrong."_s);
        QCOMPARE(m_bank->placed.size(), 2);
        QCOMPARE(m_bank->placed.last().recordedAuthorisationId, 15ULL); // by series
        QCOMPARE(batch.entries()[4].authorisationId, 15ULL);
        QCOMPARE(finished.size(), 0);

        Q_EMIT m_bank->orderFailed(9002, u"The node refused the order: insufficient balance."_s);
        QCOMPARE(batch.entries()[4].status, Status::Failed);
        QCOMPARE(batch.entries()[4].message, u"The node refused the order: insufficient balance."_s);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!batch.isRunning());
        QCOMPARE(batch.done(), 4);
        QCOMPARE(batch.count(Status::NoAuthorisation), 2);

        Q_EMIT m_bank->orderConfirmed(9001, 77); // later, from a verified block
        QCOMPARE(batch.entries()[0].status, Status::Confirmed);
        QCOMPARE(m_bank->placed.size(), 2); // nothing ordered twice
    }

    void cancelStopsAfterTheOrderInHand()
    {
        desk::LoanBookRequery batch(
            *m_bank, *m_auth, product(), u"贷后检查"_s, { row(2, kCode1), row(3, kCode5), row(4, kCode5) }, m_clock);
        QSignalSpy finished(&batch, &desk::LoanBookRequery::finished);
        QVERIFY(batch.start());
        openLetters({ 11, 13, 15 });
        QCOMPARE(m_bank->placed.size(), 1);
        batch.cancel();
        QCOMPARE(finished.size(), 0); // the order in hand still gets its answer
        Q_EMIT m_bank->orderSent(9001, "tx1");
        QCOMPARE(batch.entries()[0].status, Status::Sent);
        QCOMPARE(batch.entries()[1].status, Status::Skipped);
        QCOMPARE(batch.entries()[2].status, Status::Skipped);
        QCOMPARE(m_bank->placed.size(), 1);
        QCOMPARE(finished.size(), 1);
    }

    void cancelWhileLettersOpenStopsAtOnce()
    {
        desk::LoanBookRequery batch(*m_bank, *m_auth, product(), u"贷后检查"_s, { row(2, kCode1) }, m_clock);
        QSignalSpy finished(&batch, &desk::LoanBookRequery::finished);
        QVERIFY(batch.start());
        batch.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(batch.entries()[0].status, Status::Skipped);
        openLetters({ 11, 13, 15 }); // late answers order nothing
        QVERIFY(m_bank->placed.isEmpty());
    }

    void aLetterThatCannotBeOpenedIsSaid()
    {
        desk::LoanBookRequery batch(*m_bank, *m_auth, product(), u"贷后检查"_s, { row(2, kCode1) }, m_clock);
        QVERIFY(batch.start());
        Q_EMIT m_auth->letterFailed(11, u"The document store does not answer."_s);
        openLetters({ 13, 15 });
        QCOMPARE(batch.entries()[0].status, Status::NoAuthorisation);
        QVERIFY2(batch.entries()[0].message.contains(u"1 recorded letter(s) could not be opened"_s),
            qPrintable(batch.entries()[0].message));
        QVERIFY(m_bank->placed.isEmpty());
    }

    void anExpiredAuthorisationNamesNoOrder()
    {
        m_clock.advanceMs(101LL * 86'400'000); // past every letter's validity
        desk::LoanBookRequery batch(*m_bank, *m_auth, product(), u"贷后检查"_s, { row(2, kCode1) }, m_clock);
        QSignalSpy finished(&batch, &desk::LoanBookRequery::finished);
        QVERIFY(batch.start());
        QVERIFY(m_auth->letterRequests.isEmpty()); // none is valid: no letter to open
        QCOMPARE(finished.size(), 1);
        QCOMPARE(batch.entries()[0].status, Status::NoAuthorisation);
        QVERIFY(m_bank->placed.isEmpty());
    }

private:
    void openLetters(const QList<quint64> &ids)
    {
        for (const Recorded &r : std::as_const(m_records))
            if (ids.contains(r.info.authorisationId))
                Q_EMIT m_auth->letterOpened(r.letter);
    }

    test::FakeClock m_clock;
    std::unique_ptr<test::FakeBankDesk> m_bank;
    std::unique_ptr<test::FakeAuthorisationDesk> m_auth;
    QList<Recorded> m_records;
};

QTEST_GUILESS_MAIN(TestLoanBookRequery)
#include "TestLoanBookRequery.moc"
