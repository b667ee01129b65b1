// SPDX-License-Identifier: Apache-2.0
// registerInstitution, setInstitutionActive, getInstitution, operatorAccount
// and the genesis constructor, from the right and every wrong role.
#include "MarketFixture.h"
#include "market/MarketCalls.h"
#include "market/MarketViews.h"

#include <QTest>

using namespace credit;
using namespace credit::market;
using namespace credit::market::test;

namespace {

Result<QByteArray> registerCall(
    const QByteArray &account, const QString &institutionCode, const QString &name, Role role, const QByteArray &key)
{
    return calls::registerInstitution(account, institutionCode, name, role, 310000, key);
}

} // namespace

class TestMarketInstitutions final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void genesisRecordsTheOperator();
    void initialiseOperatorRefusesBadInput();
    void operatorRegistersEveryRole_data();
    void operatorRegistersEveryRole();
    void onlyTheOperatorRegisters_data();
    void onlyTheOperatorRegisters();
    void registrationChecks_data();
    void registrationChecks();
    void operatorSetsActivity();
    void onlyTheOperatorSetsActivity();
    void getInstitutionOfUnknownAccountReverts();
};

void TestMarketInstitutions::genesisRecordsTheOperator()
{
    MarketFixture f(false);
    const ExecutionResult result = call(f.state, f.contract, f.stranger, *calls::operatorAccount(), f.now(), 1);
    QVERIFY(!result.reverted);
    const auto account = views::decodeOperatorAccount(result.output);
    VERIFY_RESULT(account);
    QCOMPARE(*account, f.operatorAccount);
}

void TestMarketInstitutions::initialiseOperatorRefusesBadInput()
{
    MemoryContractState state;
    QVERIFY(!initialiseOperator(state, QByteArray(19, '\x01')));
    QVERIFY(state.entries().empty());
    QVERIFY(initialiseOperator(state, address(1)));
    // The constructor runs once: a second operator is refused, the first kept.
    QVERIFY(!initialiseOperator(state, address(2)));
    const ExecutionResult result = call(state, address(0xC0), address(3), *calls::operatorAccount(), 0, 0);
    QCOMPARE(*views::decodeOperatorAccount(result.output), address(1));
}

void TestMarketInstitutions::operatorRegistersEveryRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("bureau") << Role::Bureau;
    QTest::newRow("bank") << Role::Bank;
    QTest::newRow("regulator") << Role::Regulator;
    QTest::newRow("mediator") << Role::Mediator;
}

void TestMarketInstitutions::operatorRegistersEveryRole()
{
    QFETCH(Role, role);
    MarketFixture f(false);
    const QByteArray account = address(0x77);
    const QString name = QStringLiteral("上海银行 浦东分行");
    EXPECT_OK(f, f.operatorAccount, calls::registerInstitution(account, code(7), name, role, 310115, publicKey(7)));

    const auto event = f.lastEvent();
    VERIFY_RESULT(event);
    const InstitutionRegistered expected { account, code(7), name, role, 310115, publicKey(7) };
    QCOMPARE(std::get<InstitutionRegistered>(*event), expected);

    const ExecutionResult view = call(f.state, f.contract, f.stranger, *calls::getInstitution(account), f.now(), 0);
    QVERIFY(!view.reverted);
    const auto institution = views::decodeInstitution(view.output);
    VERIFY_RESULT(institution);
    const Institution stored { account, role, 310115, true, code(7), name, publicKey(7) };
    QCOMPARE(*institution, stored);
}

void TestMarketInstitutions::onlyTheOperatorRegisters_data()
{
    QTest::addColumn<QByteArray>("sender");
    MarketFixture f;
    QTest::newRow("bureau") << f.bureau;
    QTest::newRow("bank") << f.bank;
    QTest::newRow("regulator") << f.regulator;
    QTest::newRow("mediator") << f.mediator;
    QTest::newRow("unregistered") << f.stranger;
}

void TestMarketInstitutions::onlyTheOperatorRegisters()
{
    QFETCH(QByteArray, sender);
    MarketFixture f;
    EXPECT_REVERT(f, sender, registerCall(address(0x77), code(7), QStringLiteral("x"), Role::Bank, publicKey(7)),
        "caller is not the operator");
}

void TestMarketInstitutions::registrationChecks_data()
{
    QTest::addColumn<QByteArray>("account");
    QTest::addColumn<QString>("institutionCode");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("reason");

    const QByteArray fresh = address(0x77);
    const QString name = QStringLiteral("新机构");
    MarketFixture f;
    QTest::newRow("zero account") << address(0) << code(7) << name << Role::Bank << publicKey(7)
                                  << QStringLiteral("account is the zero address");
    QTest::newRow("operator itself") << f.operatorAccount << code(7) << name << Role::Bank << publicKey(7)
                                     << QStringLiteral("the operator cannot be registered as an institution");
    QTest::newRow("already registered") << f.bank << code(7) << name << Role::Bank << publicKey(7)
                                        << QStringLiteral("institution is already registered");
    QTest::newRow("operator role") << fresh << code(7) << name << Role::Operator << publicKey(7)
                                   << QStringLiteral("role must be bureau, bank, regulator or mediator");
    QTest::newRow("short code") << fresh << code(7).left(17) << name << Role::Bank << publicKey(7)
                                << QStringLiteral("institution code must be 18 characters");
    // 18 characters but 20 bytes of UTF-8: the contract counts bytes.
    QTest::newRow("code counted in bytes") << fresh << QStringLiteral("91110000MA0000000中") << name << Role::Bank
                                           << publicKey(7) << QStringLiteral("institution code must be 18 characters");
    QTest::newRow("empty name") << fresh << code(7) << QString() << Role::Bank << publicKey(7)
                                << QStringLiteral("institution name is empty");
    QTest::newRow("65-byte key") << fresh << code(7) << name << Role::Bank << QByteArray(65, '\x04')
                                 << QStringLiteral("public key must be 64 bytes");
    QTest::newRow("no key") << fresh << code(7) << name << Role::Bank << QByteArray()
                            << QStringLiteral("public key must be 64 bytes");
}

void TestMarketInstitutions::registrationChecks()
{
    QFETCH(QByteArray, account);
    QFETCH(QString, institutionCode);
    QFETCH(QString, name);
    QFETCH(Role, role);
    QFETCH(QByteArray, key);
    QFETCH(QString, reason);
    MarketFixture f;
    const QString why
        = f.expectRevert(f.operatorAccount, registerCall(account, institutionCode, name, role, key), reason);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestMarketInstitutions::operatorSetsActivity()
{
    MarketFixture f;
    EXPECT_OK(f, f.operatorAccount, calls::setInstitutionActive(f.bank, false));
    auto event = f.lastEvent();
    VERIFY_RESULT(event);
    QCOMPARE(std::get<InstitutionStatusChanged>(*event), (InstitutionStatusChanged { f.bank, false }));
    auto view = call(f.state, f.contract, f.bank, *calls::getInstitution(f.bank), f.now(), 0);
    QCOMPARE(views::decodeInstitution(view.output)->active, false);

    EXPECT_OK(f, f.operatorAccount, calls::setInstitutionActive(f.bank, true));
    event = f.lastEvent();
    QCOMPARE(std::get<InstitutionStatusChanged>(*event), (InstitutionStatusChanged { f.bank, true }));
    view = call(f.state, f.contract, f.bank, *calls::getInstitution(f.bank), f.now(), 0);
    QCOMPARE(views::decodeInstitution(view.output)->active, true);

    EXPECT_REVERT(f, f.operatorAccount, calls::setInstitutionActive(f.stranger, true), "unknown institution");
}

void TestMarketInstitutions::onlyTheOperatorSetsActivity()
{
    MarketFixture f;
    for (const QByteArray &sender : { f.bureau, f.bank, f.regulator, f.mediator, f.stranger })
        EXPECT_REVERT(f, sender, calls::setInstitutionActive(f.bank, false), "caller is not the operator");
}

void TestMarketInstitutions::getInstitutionOfUnknownAccountReverts()
{
    MarketFixture f;
    const ExecutionResult result = call(f.state, f.contract, f.bank, *calls::getInstitution(f.stranger), f.now(), 0);
    QVERIFY(result.reverted);
    QCOMPARE(result.revertReason, QStringLiteral("unknown institution"));
}

QTEST_GUILESS_MAIN(TestMarketInstitutions)
#include "TestMarketInstitutions.moc"
