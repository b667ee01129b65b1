// SPDX-License-Identifier: Apache-2.0
// A CreditMarket contract in memory with a cast of institutions, and the two
// checks every test makes: a call succeeds, or it reverts with a reason and
// leaves the state exactly as it was.
#pragma once

#include "common/Result.h"
#include "market/CreditMarketExecutor.h"
#include "market/MarketEnums.h"
#include "market/MarketEvents.h"
#include "market/MemoryContractState.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Both return an empty QString on success, else what went wrong, so the
// QVERIFY2 sits in the test function (QTest macros need one).
#define EXPECT_OK(fixture, sender, callData)                                                                           \
    do {                                                                                                               \
        const QString why_ = (fixture).expectSuccess((sender), (callData));                                            \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                                    \
    } while (false)

#define EXPECT_REVERT(fixture, sender, callData, reason)                                                               \
    do {                                                                                                               \
        const QString why_ = (fixture).expectRevert((sender), (callData), QStringLiteral(reason));                     \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                                    \
    } while (false)

// QVERIFY2 evaluates its message even when the statement holds, so the
// message must not call error() on a Result that has a value.
#define VERIFY_RESULT(result) QVERIFY2((result).ok(), qPrintable(credit::market::test::errorOf(result)))

namespace credit::market::test {

template<typename T> QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

//! A 20-byte address made of one repeated byte, easy to spot in a failure.
QByteArray address(quint8 tag);
//! A 32-byte word made of one repeated byte.
QByteArray hash(quint8 tag);
//! A 64-byte public key made of one repeated byte.
QByteArray publicKey(quint8 tag);
//! A valid-looking 18-character institution code ending in the digit.
QString code(int digit);

class MarketFixture final {
public:
    //! Initialises the operator; with registerCast, registers and activates the cast below.
    explicit MarketFixture(bool registerCast = true);

    const QByteArray contract = address(0xC0);
    const QByteArray operatorAccount = address(0x01);
    const QByteArray bureau = address(0x21);
    const QByteArray bureau2 = address(0x22);
    const QByteArray bank = address(0x31);
    const QByteArray bank2 = address(0x32);
    const QByteArray regulator = address(0x41);
    const QByteArray mediator = address(0x51);
    const QByteArray mediator2 = address(0x52);
    const QByteArray stranger = address(0x99); //!< never registered

    //! Product 1: 链通 by `bureau`, authorisation required, 5000 fen, 24 h.
    static constexpr quint64 kProduct = 1;
    //! Product 2: 链融 by `bureau` with `bureau2` as partner, no authorisation, 8000 fen, 48 h.
    static constexpr quint64 kJointProduct = 2;
    //! Authorisation of `bank` (kAuthorisation) and of `bank2` (kAuthorisation2)
    //! covering both products for a year, letter hash hash(0xA1).
    static constexpr quint64 kAuthorisation = 1;
    static constexpr quint64 kAuthorisation2 = 2;
    //! Lists kProduct and kJointProduct and records the two authorisations.
    QString listProducts();

    //! Runs the call at the next block time (one second after the previous).
    ExecutionResult run(const QByteArray &sender, const Result<QByteArray> &callData);
    //! Empty when the call succeeded; its logs are then in lastLogs().
    QString expectSuccess(const QByteArray &sender, const Result<QByteArray> &callData);
    //! Empty when the call reverted with exactly this reason (output, no logs) and
    //! the state is byte for byte what it was before.
    QString expectRevert(const QByteArray &sender, const Result<QByteArray> &callData, const QString &reason);

    //! Empty when the call data reverted without a reason and left the state alone.
    QString expectBareRevert(const QByteArray &sender, const QByteArray &callData);

    const QList<Log> &lastLogs() const { return m_lastLogs; }
    //! The one event of the last successful call (fails the decode if there is not exactly one).
    Result<MarketEvent> lastEvent() const;
    qint64 now() const { return m_now; }

    MemoryContractState state;

private:
    qint64 m_now = 1'700'000'000'000; // block timestamps are milliseconds on FISCO BCOS
    QList<Log> m_lastLogs;
};

} // namespace credit::market::test
