// SPDX-License-Identifier: Apache-2.0
// Figures as a regulator's desk answers them, with Chinese names, for the
// regulator's page and report tests (numbers chosen so no two are equal).
#pragma once

#include "market/SupervisionRecords.h"

#include <QByteArray>
#include <QString>

namespace credit::test {

inline const QByteArray kPudongBank(20, '\x0b'), kNingboBank(20, '\x0c');
inline const QByteArray kPujiangBureau(20, '\x0d'), kHuaxinBureau(20, '\x0e');

inline QString accountKey(const QByteArray &account)
{
    return QStringLiteral("0x") + QString::fromLatin1(account.toHex());
}

inline market::SupervisionFigures sampleFigures(qint64 orders = 60)
{
    using market::GroupCount;
    market::SupervisionFigures f;
    f.provenance.firstBlock = 1;
    f.provenance.headBlock = 420;
    f.provenance.headHash = QByteArray::fromHex("9a3c5e7f11223344556677889900aabbccddeeff0123456789abcdef01234567");
    f.provenance.orders = 1234;
    f.provenance.decryptedOrders = 1000;
    f.orders = orders;
    f.perMonth = { { QStringLiteral("2026-01"), { 0, 2, 5, 1, 0, 7, 10, 0, 0 } },
        { QStringLiteral("2026-02"), { 0, 3, 0, 0, 1, 4, 20, 2, 5 } } };
    f.perBureau = { { accountKey(kPujiangBureau), QStringLiteral("上海浦江资信评估有限公司"), 33 },
        { accountKey(kHuaxinBureau), QStringLiteral("华信征信有限公司"), 27 } };
    f.perSeries
        = { { QStringLiteral("1"), QStringLiteral("链通"), 41 }, { QStringLiteral("2"), QStringLiteral("链融"), 19 } };
    f.perBank = { { accountKey(kPudongBank), QStringLiteral("上海浦东发展银行"), 45 },
        { accountKey(kNingboBank), QStringLiteral("宁波银行"), 15 } };
    f.perRegion = { { QStringLiteral("310000"), QStringLiteral("上海市"), 24 },
        { QStringLiteral("330000"), QStringLiteral("浙江省"), 11 } };
    f.accepted = 50;
    f.rejected = 10;
    f.acceptanceRate = 50.0 / 60.0;
    f.timeToAccept = { 50, 2 * 3600 * 1000LL, 20 * 3600 * 1000LL };
    f.timeToDeliver = { 44, 26 * 3600 * 1000LL, 70 * 3600 * 1000LL };
    f.slaBreaches = 3;
    f.disputesRaised = 7;
    f.disputesResolved = 5;
    f.disputeOutcomes = { { QStringLiteral("退还服务费"), QStringLiteral("退还服务费"), 4 },
        { QStringLiteral("维持原报告"), QStringLiteral("维持原报告"), 1 } };
    f.timeToResolve = { 5, 48 * 3600 * 1000LL, 96 * 3600 * 1000LL };
    f.localOrders = 21;
    f.crossRegionOrders = 14;
    f.letterMissing = 2;
    f.letterExpired = 6;
    f.letterNotYetValid = 8;
    f.repeatedQueryOrders = 9;
    f.outsideHoursOrders = 12;
    f.perBankAuthorisation = { { kPudongBank, QStringLiteral("上海浦东发展银行"), 45, 30, 26, 4 },
        { kNingboBank, QStringLiteral("宁波银行"), 15, 13, 13, 0 } };
    f.authorisationsRecorded = 37;
    f.authorisationsRevoked = 19;
    f.authorisationsValid = 23;
    f.authorisationsExpired = 29;
    f.authorisedOrders = 31;
    f.authorisedShare = 31.0 / double(orders);
    f.ordersWithRevokedAuthorisation = 18;
    f.perBankAuthorisation[0].authorisedOrders = 26;
    f.perBankAuthorisation[0].authorisationsRecorded = 30;
    f.perBankAuthorisation[1].authorisedOrders = 5;
    f.perBankAuthorisation[1].authorisationsRecorded = 7;
    return f;
}

} // namespace credit::test
