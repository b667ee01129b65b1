// SPDX-License-Identifier: Apache-2.0
#include "chain/SealerChangeGuard.h"

#include "chain/BlockVerifier.h"

#include <QCoreApplication>
#include <QSet>

namespace credit::chain {

Result<SealerChangeCheck> checkSealerChange(const QList<QByteArray> &current, const QList<QByteArray> &proposed)
{
    const QSet<QByteArray> before(current.cbegin(), current.cend());
    const QSet<QByteArray> after(proposed.cbegin(), proposed.cend());
    SealerChangeCheck check;
    check.before = before.size();
    check.after = after.size();
    check.kept = (before & after).size();
    check.quorumBefore = sealerQuorum(check.before);
    check.quorumAfter = sealerQuorum(check.after);
    if (after.isEmpty())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("SealerChangeGuard",
                "The change would leave the chain without sealers: no block could ever be sealed again. Keep at least "
                "one sealer."));
    if (after.size() != proposed.size())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("SealerChangeGuard", "The proposed sealer list names the same node twice."));
    if (after == before)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "SealerChangeGuard", "The proposed sealer list is the one in force: there is nothing to change."));
    if (check.kept < check.quorumBefore)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("SealerChangeGuard",
                "Refused: today %1 sealers need %2 signatures for a block, but the change keeps only %3 of them. The "
                "block that brings in the new list could not be signed by enough of today's sealers, so the chain "
                "and every light node verifying it would stop there. Change fewer sealers at a time: remove at most %4 "
                "now.")
                .arg(check.before)
                .arg(check.quorumBefore)
                .arg(check.kept)
                .arg(check.before - check.quorumBefore));
    if (check.kept < check.quorumAfter)
        check.caution = QCoreApplication::translate("SealerChangeGuard",
            "After the change %1 sealers need %2 signatures for a block, and only %3 of them seal today. The chain "
            "goes on only if the new sealers are running and in sync before the change is applied.")
                            .arg(check.after)
                            .arg(check.quorumAfter)
                            .arg(check.kept);
    return check;
}

} // namespace credit::chain
