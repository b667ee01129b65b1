// SPDX-License-Identifier: Apache-2.0
#include "desk/DocumentReaders.h"

#include "store/StoreLookups.h"

namespace credit::desk {

Result<QList<crypto::Sm2PublicKey>> DocumentReaders::ofOrder(
    const QByteArray &bank, const QByteArray &bureau, const QList<QByteArray> &partners)
{
    QList<crypto::Sm2PublicKey> keys;
    for (const QByteArray &account : QList<QByteArray> { bank, bureau } + partners) {
        auto institutionKeys = of(account);
        if (!institutionKeys)
            return institutionKeys;
        keys += *institutionKeys;
    }
    auto regulators = store::StoreLookups(m_db).publicKeys(market::Role::Regulator);
    if (!regulators)
        return regulators.error();
    return keys + *regulators;
}

Result<QList<crypto::Sm2PublicKey>> DocumentReaders::ofPart(const QByteArray &leadBureau, const QByteArray &partner)
{
    return ofOrder(leadBureau, partner);
}

Result<QList<crypto::Sm2PublicKey>> DocumentReaders::ofAuthorisation(const QByteArray &bank)
{
    auto bankKeys = of(bank);
    if (!bankKeys)
        return bankKeys;
    auto regulators = store::StoreLookups(m_db).publicKeys(market::Role::Regulator);
    if (!regulators)
        return regulators.error();
    return *bankKeys + *regulators;
}

Result<QList<crypto::Sm2PublicKey>> DocumentReaders::of(const QByteArray &account)
{
    store::StoreLookups lookups(m_db);
    auto key = lookups.publicKey(account);
    if (!key)
        return key.error();
    auto users = lookups.activeUserKeys(account);
    if (!users)
        return users.error();
    return QList<crypto::Sm2PublicKey> { *key } + *users;
}

} // namespace credit::desk
