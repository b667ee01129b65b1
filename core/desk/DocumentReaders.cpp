// SPDX-License-Identifier: Apache-2.0
#include "desk/DocumentReaders.h"

#include "store/StoreLookups.h"

namespace credit::desk {

Result<QList<crypto::Sm2PublicKey>> DocumentReaders::ofOrder(const QByteArray &bank, const QByteArray &bureau)
{
    store::StoreLookups lookups(m_db);
    auto bankKey = lookups.publicKey(bank);
    if (!bankKey)
        return bankKey.error();
    auto bureauKey = lookups.publicKey(bureau);
    if (!bureauKey)
        return bureauKey.error();
    auto regulators = lookups.publicKeys(market::Role::Regulator);
    if (!regulators)
        return regulators.error();
    return QList<crypto::Sm2PublicKey> { *bankKey, *bureauKey } + *regulators;
}

Result<crypto::Sm2PublicKey> DocumentReaders::of(const QByteArray &account)
{
    return store::StoreLookups(m_db).publicKey(account);
}

} // namespace credit::desk
