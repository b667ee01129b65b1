// SPDX-License-Identifier: Apache-2.0
#include "devnet/DocumentWriteAdmission.h"

#include "devnet/WriterStanding.h"

namespace credit::devnet {

using chain::docstore::Refusal;

namespace {

QString accountText(const QByteArray &account)
{
    return QStringLiteral("0x") + QString::fromLatin1(account.toHex());
}

} // namespace

std::variant<QByteArray, StoreRefusal> DocumentWriteAdmission::admit(
    const WriteHeaders &headers, const QByteArray &name, const QByteArray &bodySm3, qint64 nowMs)
{
    if (headers.account.isEmpty() && headers.timestamp.isEmpty() && headers.signature.isEmpty())
        return StoreRefusal { Refusal::Unsigned,
            QStringLiteral("writes must be signed: send X-Credit-Account, X-Credit-Timestamp and X-Credit-Signature") };
    const auto auth = chain::docstore::parseAuthorisation(headers.account, headers.timestamp, headers.signature);
    if (!auth)
        return StoreRefusal { Refusal::MalformedAuthorisation,
            QStringLiteral("X-Credit-Account must be 0x and 40 hex digits, X-Credit-Timestamp decimal UTC "
                           "milliseconds, X-Credit-Signature 0x and 256 hex digits (r, s, public key)") };
    if (auto refused = authenticate(*auth, name, bodySm3, nowMs))
        return *refused;
    switch (writerStanding(m_db, auth->account)) {
    case WriterStanding::Unknown:
        return StoreRefusal {
            Refusal::UnknownAccount,
            QStringLiteral("account %1 is not a registered institution on this chain").arg(accountText(auth->account))
        };
    case WriterStanding::Inactive:
        return StoreRefusal { Refusal::InactiveInstitution,
            QStringLiteral("the institution of account %1 is not active").arg(accountText(auth->account)) };
    case WriterStanding::FrozenUser:
        return StoreRefusal { Refusal::FrozenUser,
            QStringLiteral("user account %1 is frozen").arg(accountText(auth->account)) };
    case WriterStanding::Active:
        break;
    }
    m_seen.insert(auth->signature.left(64), auth->timestampMs);
    return auth->account;
}

std::optional<StoreRefusal> DocumentWriteAdmission::authenticate(
    const chain::docstore::WriteAuthorisation &auth, const QByteArray &name, const QByteArray &bodySm3, qint64 nowMs)
{
    if (auth.timestampMs < nowMs - m_windowMs || auth.timestampMs > nowMs + m_windowMs)
        return StoreRefusal { Refusal::StaleTimestamp,
            QStringLiteral("the timestamp %1 is %2 s from the store's clock; at most %3 s is accepted")
                .arg(auth.timestampMs)
                .arg((auth.timestampMs - nowMs) / 1000)
                .arg(m_windowMs / 1000) };
    if (!chain::docstore::verifies(auth, "PUT", name, bodySm3))
        return StoreRefusal {
            Refusal::BadSignature,
            QStringLiteral("the signature does not verify for this write by account %1").arg(accountText(auth.account))
        };
    forgetExpired(nowMs);
    // SM2 signatures are randomised: a client that sends a document again signs
    // anew, so an r ‖ s seen before is a copy of an earlier request.
    if (m_seen.contains(auth.signature.left(64)))
        return StoreRefusal { Refusal::ReplayedSignature,
            QStringLiteral("this signature was already used; sign each write anew") };
    return std::nullopt;
}

void DocumentWriteAdmission::forgetExpired(qint64 nowMs)
{
    // A signature older than the window is refused as stale anyway.
    m_seen.removeIf(
        [limit = nowMs - m_windowMs](QHash<QByteArray, qint64>::iterator entry) { return entry.value() < limit; });
}

} // namespace credit::devnet
