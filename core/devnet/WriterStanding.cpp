// SPDX-License-Identifier: Apache-2.0
#include "devnet/WriterStanding.h"

#include "devnet/ChainDb.h"
#include "market/StateRecords.h"

namespace credit::devnet {

WriterStanding writerStanding(ChainDb &db, const QByteArray &account)
{
    if (const auto user = db.stateGet(market::state::userKey(account))) {
        auto record = market::state::decodeUser(*user);
        if (!record) // a record the contract cannot read admits nobody
            return WriterStanding::Unknown;
        if (!record->active)
            return WriterStanding::FrozenUser;
        const WriterStanding institution = writerStanding(db, record->institution);
        return institution == WriterStanding::FrozenUser ? WriterStanding::Unknown : institution;
    }
    const auto stored = db.stateGet(market::state::institutionKey(account));
    if (!stored)
        return WriterStanding::Unknown;
    auto record = market::state::decodeInstitution(*stored);
    if (!record) // a record the contract cannot read admits nobody
        return WriterStanding::Unknown;
    return record->active ? WriterStanding::Active : WriterStanding::Inactive;
}

} // namespace credit::devnet
