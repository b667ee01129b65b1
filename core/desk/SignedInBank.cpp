// SPDX-License-Identifier: Apache-2.0
#include "desk/SignedInBank.h"

#include "desk/DeskSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

namespace credit::desk {

Result<market::InstitutionInfo> signedInBank(DeskSession &session)
{
    auto self = session.reader().institution(session.institution());
    if (!self)
        return self.error();
    if (!self->has_value() || (*self)->role != market::Role::Bank)
        return makeError(ErrorKind::Rejected,
            QCoreApplication::translate("ChainBankDesk", "The signed-in key is not a bank registered on this chain."));
    return **self;
}

quint64 timeStampedId(qint64 epochMs)
{
    const quint64 stamp
        = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(QStringLiteral("yyyyMMddHHmmss")).toULongLong();
    return stamp * 1000 + QRandomGenerator::global()->bounded(1, 1000);
}

} // namespace credit::desk
