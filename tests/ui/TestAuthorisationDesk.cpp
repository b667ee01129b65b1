// SPDX-License-Identifier: Apache-2.0
// The bank's authorisation desk against the demo network in-process: a real
// devnet, a light node syncing it, the Shanghai bank's demo key. Records an
// authorisation from a letter, sees it in the verified store, opens its
// letter back from the envelope, revokes it. The place-order dialog offers a
// recorded authorisation of the typed enterprise and the order names it: one
// more use in its trace, no new authorisation.
#include "DemoChain.h"
#include "bank/PlaceOrderDialog.h"
#include "crypto/Sm3.h"
#include "desk/ChainAuthorisationDesk.h"
#include "desk/ChainBankDesk.h"
#include "desk/LoanBookRequery.h"
#include "desk/DeskSession.h"
#include "store/LightStore.h"
#include "store/MarketQueries.h"

#include <QDateTime>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {
constexpr int kSlow = 60000; // devnet start, first sync, block intervals on a busy machine
const QString kValidCode = QStringLiteral("91310115303456638P");
} // namespace

class TestAuthorisationDesk final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusesAnIncompleteDraftWithoutSending();
    void recordsListsOpensAndRevokes();
    void revokingNeedsAReasonAndAnAuthorisationOfTheBank();
    void placeOrderUsesTheRecordedAuthorisation();
    void reQueriesALoanBookWithTheRecordedAuthorisations();

private:
    std::optional<market::AuthorisationInfo> find(quint64 id);
    desk::AuthorisationDraft validDraft(const QByteArray &letter) const;

    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_devnet;
    std::unique_ptr<desk::DeskSession> m_session;
    std::unique_ptr<desk::ChainAuthorisationDesk> m_desk;
    QList<quint64> m_letterProducts; // listed products that need an authorisation
    market::ProductInfo m_letterProduct; // the first of them
};

void TestAuthorisationDesk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")), 300);
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_devnet = std::move(chain->devnet);
    auto key = test::DemoChain::key(QStringLiteral("bank-shanghai.pem"));
    QVERIFY(key.ok());
    m_session = std::make_unique<desk::DeskSession>(
        chain->profile, desk::SigningKey(*key), m_dir.filePath(QStringLiteral("terminal")));
    m_desk = std::make_unique<desk::ChainAuthorisationDesk>(*m_session);
    m_session->start();
    // Caught up once the demo history's authorisations of this bank are verified.
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->authorisations().ok() && !m_desk->authorisations()->isEmpty(), kSlow);
    auto db = m_session->reader().database();
    QVERIFY(db.ok());
    auto products = store::MarketQueries(**db).products();
    QVERIFY(products.ok());
    for (const market::ProductInfo &p : std::as_const(*products))
        if (p.authorisationRequired && p.listed) {
            if (m_letterProducts.isEmpty())
                m_letterProduct = p;
            m_letterProducts << p.productId;
        }
    QVERIFY(!m_letterProducts.isEmpty());
}

void TestAuthorisationDesk::cleanupTestCase()
{
    m_desk.reset();
    m_session.reset();
    m_devnet.reset();
}

std::optional<market::AuthorisationInfo> TestAuthorisationDesk::find(quint64 id)
{
    auto all = m_desk->authorisations();
    if (!all)
        return std::nullopt;
    for (const market::AuthorisationInfo &a : std::as_const(*all))
        if (a.authorisationId == id)
            return a;
    return std::nullopt;
}

desk::AuthorisationDraft TestAuthorisationDesk::validDraft(const QByteArray &letter) const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_session->clock().epochMs()).date();
    desk::AuthorisationDraft draft;
    draft.enterpriseName = QStringLiteral("上海浦江机电有限公司");
    draft.enterpriseCode = kValidCode;
    draft.purpose = QStringLiteral("授信审查");
    draft.productIds = { m_letterProducts.first() };
    draft.letter.fileName = QStringLiteral("letter.pdf");
    draft.letter.mediaType = QStringLiteral("application/pdf");
    draft.letter.content = letter;
    draft.letter.validFrom = today.addDays(-1).toString(Qt::ISODate);
    draft.letter.validUntil = today.addYears(1).toString(Qt::ISODate);
    return draft;
}

void TestAuthorisationDesk::refusesAnIncompleteDraftWithoutSending()
{
    QSignalSpy sent(m_desk.get(), &desk::AuthorisationDesk::sent);
    desk::AuthorisationDraft draft = validDraft("%PDF-1.4\n% signed letter\n");
    draft.enterpriseCode = QStringLiteral("91310115303456638Q"); // wrong check character
    auto refused = m_desk->recordAuthorisation(draft);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(
        refused.error().message, draft.problem(QDateTime::fromMSecsSinceEpoch(m_session->clock().epochMs()).date()));
    draft = validDraft({});
    QVERIFY(!m_desk->recordAuthorisation(draft).ok()); // no letter
    draft = validDraft("%PDF-1.4\n");
    draft.productIds.clear();
    QVERIFY(!m_desk->recordAuthorisation(draft).ok()); // no scope
    QTest::qWait(200);
    QCOMPARE(sent.count(), 0);
}

void TestAuthorisationDesk::recordsListsOpensAndRevokes()
{
    const QByteArray letter = "%PDF-1.4\n% 上海浦江机电有限公司 authorises the bank\n";
    QSignalSpy sent(m_desk.get(), &desk::AuthorisationDesk::sent);
    QSignalSpy confirmed(m_desk.get(), &desk::AuthorisationDesk::confirmed);
    QSignalSpy failed(m_desk.get(), &desk::AuthorisationDesk::failed);
    auto id = m_desk->recordAuthorisation(validDraft(letter));
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
    QVERIFY(m_desk->isBusy(*id));
    QTRY_VERIFY_WITH_TIMEOUT(!confirmed.isEmpty() || !failed.isEmpty(), kSlow);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).toString()));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(confirmed.first().at(0).toULongLong(), *id);
    QVERIFY(confirmed.first().at(2).toBool());
    QVERIFY(!m_desk->isBusy(*id));

    // Listed from the verified store as the chain recorded it.
    QTRY_VERIFY_WITH_TIMEOUT(find(*id).has_value(), kSlow);
    const market::AuthorisationInfo recorded = *find(*id);
    QCOMPARE(recorded.bank, m_session->institution());
    QCOMPARE(recorded.productIds, QList<quint64> { m_letterProducts.first() });
    QCOMPARE(recorded.series, quint8(0));
    QCOMPARE(recorded.purpose, QStringLiteral("授信审查"));
    QCOMPARE(recorded.letterHash, crypto::sm3(letter));
    QVERIFY(recorded.validAt(m_session->clock().epochMs()));
    QVERIFY(!recorded.revoked);
    QCOMPARE(recorded.uses, 0U);
    auto uses = m_desk->uses(*id);
    QVERIFY(uses.ok());
    QVERIFY(uses->isEmpty());

    // The letter back from its envelope, by a desk that did not record it
    // (the recording desk knows it already, as typed).
    desk::ChainAuthorisationDesk reader(*m_session);
    QSignalSpy opened(&reader, &desk::AuthorisationDesk::letterOpened);
    QSignalSpy notOpened(&reader, &desk::AuthorisationDesk::letterFailed);
    reader.openLetters({ *id });
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !notOpened.isEmpty(), kSlow);
    QVERIFY2(notOpened.isEmpty(), qPrintable(notOpened.isEmpty() ? QString() : notOpened.first().at(1).toString()));
    const auto view = opened.first().at(0).value<desk::AuthorisationLetterView>();
    QCOMPARE(view.authorisationId, *id);
    QCOMPARE(view.enterpriseName, QStringLiteral("上海浦江机电有限公司"));
    QCOMPARE(view.enterpriseCode, kValidCode);
    QCOMPARE(view.content, letter);
    QCOMPARE(view.fileName, QStringLiteral("letter.pdf"));

    // Revoked with its reason; the store says so once the block is verified.
    confirmed.clear();
    m_desk->revokeAuthorisation(*id, QStringLiteral("企业撤回授权"));
    QTRY_VERIFY_WITH_TIMEOUT(!confirmed.isEmpty() || !failed.isEmpty(), kSlow);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).toString()));
    QVERIFY(confirmed.first().at(2).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(find(*id).has_value() && find(*id)->revoked, kSlow);
    QCOMPARE(find(*id)->revokeReason, QStringLiteral("企业撤回授权"));
    QVERIFY(!find(*id)->validAt(m_session->clock().epochMs()));

    // Revoking it again: the dry run's refusal, nothing sent.
    sent.clear();
    m_desk->revokeAuthorisation(*id, QStringLiteral("again"));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kSlow);
    QCOMPARE(failed.first().at(0).toULongLong(), *id);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QCOMPARE(sent.count(), 0);
}

void TestAuthorisationDesk::revokingNeedsAReasonAndAnAuthorisationOfTheBank()
{
    const auto all = m_desk->authorisations();
    QVERIFY(all.ok() && !all->isEmpty());
    QSignalSpy failed(m_desk.get(), &desk::AuthorisationDesk::failed);
    m_desk->revokeAuthorisation(all->first().authorisationId, QStringLiteral("   "));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!m_desk->isBusy(all->first().authorisationId));
    QVERIFY(!m_desk->uses(987654321ULL).ok()); // not one of the bank's
}

void TestAuthorisationDesk::placeOrderUsesTheRecordedAuthorisation()
{
    const QString code = QStringLiteral("91310104425919821X"); // 上海嘉屿电子, a demo enterprise
    desk::AuthorisationDraft draft = validDraft("%PDF-1.4\n% 上海嘉屿电子有限公司 authorises the bank\n");
    draft.enterpriseName = QStringLiteral("上海嘉屿电子有限公司");
    draft.enterpriseCode = code;
    auto db = m_session->reader().database();
    QVERIFY(db.ok());
    auto products = store::MarketQueries(**db).products();
    QVERIFY(products.ok());
    const auto listed = std::find_if(products->cbegin(), products->cend(),
        [](const market::ProductInfo &p) { return p.authorisationRequired && p.listed; });
    QVERIFY(listed != products->cend());
    draft.productIds = { listed->productId };
    QSignalSpy confirmed(m_desk.get(), &desk::AuthorisationDesk::confirmed);
    auto id = m_desk->recordAuthorisation(draft);
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(!confirmed.isEmpty(), kSlow);
    QVERIFY(confirmed.first().at(2).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(find(*id).has_value(), kSlow);
    const qsizetype recordedBefore = m_desk->authorisations()->size();

    desk::ChainBankDesk bank(*m_session);
    ui::PlaceOrderDialog dialog(bank, *products, draft.productIds.first(), nullptr, m_session->clock(), m_desk.get());
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("enterpriseName"))->setText(draft.enterpriseName);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("creditCode")), code);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("purpose")), QStringLiteral("Credit line review"));
    const auto offered = [&dialog, id = *id] {
        const auto &usable = dialog.usableAuthorisations();
        return std::any_of(usable.cbegin(), usable.cend(),
            [id](const desk::UsableAuthorisation &u) { return u.info.authorisationId == id; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(offered(), kSlow);
    dialog.useRecordedAuthorisation(*id);
    QSignalSpy placed(&bank, &desk::BankDesk::orderConfirmed);
    QSignalSpy refused(&bank, &desk::BankDesk::orderFailed);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("reviewButton")), Qt::LeftButton);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
    QVERIFY(dialog.orderId() != 0);
    QTRY_VERIFY_WITH_TIMEOUT(!placed.isEmpty() || !refused.isEmpty(), kSlow);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.isEmpty() ? QString() : refused.first().at(1).toString()));

    // The order is in the authorisation's trace, used once; nothing new was recorded.
    QTRY_VERIFY_WITH_TIMEOUT(find(*id).has_value() && find(*id)->uses == 1, kSlow);
    auto uses = m_desk->uses(*id);
    QVERIFY(uses.ok());
    QCOMPARE(uses->size(), 1);
    QCOMPARE(uses->first().orderId, dialog.orderId());
    QCOMPARE(m_desk->authorisations()->size(), recordedBefore);
}

// 贷后批量查询 on the demo chain: an enterprise with an authorisation recorded
// just now is ordered with it (one transaction, the use in the verified
// store); one with none gets no order and says why.
void TestAuthorisationDesk::reQueriesALoanBookWithTheRecordedAuthorisations()
{
    const QString code = QStringLiteral("914403001922038216"); // not a demo enterprise: only this test's letter
    desk::AuthorisationDraft draft = validDraft("%PDF-1.4\n% loan book letter\n");
    draft.enterpriseCode = code;
    draft.enterpriseName = QStringLiteral("上海批量查询测试有限公司");
    QSignalSpy confirmed(m_desk.get(), &desk::AuthorisationDesk::confirmed);
    auto id = m_desk->recordAuthorisation(draft);
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(find(*id).has_value(), kSlow);

    desk::ChainBankDesk bank(*m_session);
    const QString noLetter = QStringLiteral("91310115303456638P"); // its letter was revoked above
    desk::LoanBookRequery batch(bank, *m_desk, m_letterProduct, QStringLiteral("贷后检查"),
        { { 2, draft.enterpriseName, code, {} }, { 3, QStringLiteral("上海浦江机电有限公司"), noLetter, {} } },
        m_session->clock());
    QSignalSpy finished(&batch, &desk::LoanBookRequery::finished);
    QVERIFY(batch.start());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kSlow);
    const desk::LoanBookEntry ordered = batch.entries().at(0);
    QVERIFY2(
        ordered.status == desk::LoanBookEntry::Status::Sent || ordered.status == desk::LoanBookEntry::Status::Confirmed,
        qPrintable(ordered.message));
    QCOMPARE(ordered.authorisationId, *id);
    QCOMPARE(batch.entries().at(1).status, desk::LoanBookEntry::Status::NoAuthorisation);
    QTRY_COMPARE_WITH_TIMEOUT(batch.entries().at(0).status, desk::LoanBookEntry::Status::Confirmed, kSlow);
    // The verified store has the use: the order names this authorisation.
    auto uses = m_desk->uses(*id);
    QVERIFY(uses.ok());
    QCOMPARE(uses->size(), 1);
    QCOMPARE(uses->first().orderId, ordered.orderId);
    QCOMPARE(find(*id)->uses, 1U);
}

QTEST_MAIN(TestAuthorisationDesk)
#include "TestAuthorisationDesk.moc"
