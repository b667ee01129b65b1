// SPDX-License-Identifier: Apache-2.0
#include "MarketFixture.h"

#include "codec/AbiFunction.h"
#include "market/MarketCalls.h"

namespace credit::market::test {

QByteArray address(quint8 tag)
{
    return QByteArray(20, static_cast<char>(tag));
}

QByteArray hash(quint8 tag)
{
    return QByteArray(32, static_cast<char>(tag));
}

QByteArray publicKey(quint8 tag)
{
    return QByteArray(64, static_cast<char>(tag));
}

QString code(int digit)
{
    return QStringLiteral("91110000MA0000000%1").arg(digit % 10);
}

MarketFixture::MarketFixture(bool registerCast)
{
    if (auto init = initialiseOperator(state, operatorAccount); !init)
        qFatal("initialiseOperator: %s", qPrintable(init.error().message));
    if (!registerCast)
        return;
    const struct {
        QByteArray account;
        Role role;
    } cast[] = {
        { bureau, Role::Bureau },
        { bureau2, Role::Bureau },
        { bank, Role::Bank },
        { bank2, Role::Bank },
        { regulator, Role::Regulator },
        { mediator, Role::Mediator },
        { mediator2, Role::Mediator },
    };
    int n = 0;
    for (const auto &member : cast) {
        ++n;
        const QString failed = expectSuccess(operatorAccount,
            calls::registerInstitution(member.account, code(n), QStringLiteral("机构 %1").arg(n), member.role,
                110000 + static_cast<quint32>(n), publicKey(static_cast<quint8>(n))));
        if (!failed.isEmpty())
            qFatal("registering the cast: %s", qPrintable(failed));
    }
}

QString MarketFixture::listProducts()
{
    calls::ProductListing single { kProduct, Series::Liantong, QStringLiteral("企业信用报告"), QStringLiteral("标准版"),
        5000, 24, QStringLiteral("PDF"), true, {} };
    if (QString failed = expectSuccess(bureau, calls::listProduct(single)); !failed.isEmpty())
        return failed;
    calls::ProductListing joint { kJointProduct, Series::Lianrong, QStringLiteral("联合授信评估"),
        QStringLiteral("两家征信机构联合"), 8000, 48, QStringLiteral("JSON"), false, { bureau2 } };
    if (QString failed = expectSuccess(bureau, calls::listProduct(joint)); !failed.isEmpty())
        return failed;
    for (const auto &[id, holder] : { std::pair { kAuthorisation, bank }, std::pair { kAuthorisation2, bank2 } }) {
        calls::AuthorisationTerms t;
        t.authorisationId = id;
        t.enterpriseCommitment = hash(0xE1);
        t.letterHash = hash(0xA1);
        t.letterDocument = hash(0xE3);
        t.productIds = { kProduct, kJointProduct };
        t.purpose = QStringLiteral("贷前审查");
        t.validFromMs = static_cast<quint64>(m_now);
        t.validUntilMs = static_cast<quint64>(m_now + 365LL * 24 * 3600 * 1000);
        if (QString failed = expectSuccess(holder, calls::recordAuthorisation(t)); !failed.isEmpty())
            return failed;
    }
    return {};
}

ExecutionResult MarketFixture::run(const QByteArray &sender, const Result<QByteArray> &callData)
{
    if (!callData)
        qFatal("test call data did not encode: %s", qPrintable(callData.error().message));
    m_now += 1000;
    return execute(state, contract, sender, *callData, m_now, 0);
}

QString MarketFixture::expectSuccess(const QByteArray &sender, const Result<QByteArray> &callData)
{
    const ExecutionResult result = run(sender, callData);
    if (result.reverted)
        return QStringLiteral("expected success, reverted: \"%1\"").arg(result.revertReason);
    m_lastLogs = result.logs;
    return QString();
}

QString MarketFixture::expectRevert(const QByteArray &sender, const Result<QByteArray> &callData, const QString &reason)
{
    const MemoryContractState before = state;
    const ExecutionResult result = run(sender, callData);
    if (!result.reverted)
        return QStringLiteral("expected a revert with \"%1\", the call succeeded").arg(reason);
    if (result.revertReason != reason)
        return QStringLiteral("expected revert \"%1\", got \"%2\"").arg(reason, result.revertReason);
    // The output is what the EVM returns for require(false, reason).
    if (!result.output.startsWith(QByteArray::fromHex("c703cb12")) || abi::decodeRevertReason(result.output) != reason)
        return QStringLiteral("revert output is not Error(\"%1\"): %2")
            .arg(reason, QString::fromLatin1(result.output.toHex()));
    if (!result.logs.isEmpty())
        return QStringLiteral("a reverted call returned %1 logs").arg(result.logs.size());
    if (!(state == before))
        return QStringLiteral("the revert \"%1\" changed the state").arg(reason);
    return QString();
}

QString MarketFixture::expectBareRevert(const QByteArray &sender, const QByteArray &callData)
{
    const MemoryContractState before = state;
    m_now += 1000;
    const ExecutionResult result = execute(state, contract, sender, callData, m_now, 0);
    if (!result.reverted)
        return QStringLiteral("expected a revert without reason, the call succeeded");
    if (!result.output.isEmpty() || !result.revertReason.isEmpty() || !result.logs.isEmpty())
        return QStringLiteral("expected an empty revert, got reason \"%1\" output %2")
            .arg(result.revertReason, QString::fromLatin1(result.output.toHex()));
    if (!(state == before))
        return QStringLiteral("the revert changed the state");
    return QString();
}

Result<MarketEvent> MarketFixture::lastEvent() const
{
    if (m_lastLogs.size() != 1)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("expected one log, got %1").arg(m_lastLogs.size()));
    if (m_lastLogs.front().address != contract)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("the log's address is not the contract's"));
    return decodeEvent(m_lastLogs.front());
}

} // namespace credit::market::test
