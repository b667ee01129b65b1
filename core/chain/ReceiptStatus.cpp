// SPDX-License-Identifier: Apache-2.0
#include "chain/ReceiptStatus.h"

#include "codec/AbiFunction.h"
#include "codec/Receipt.h"

#include <QCoreApplication>

namespace credit::chain {

QString describeReceiptFailure(quint64 status, QByteArrayView output)
{
    if (status == kReceiptRevert) {
        if (const auto reason = abi::decodeRevertReason(output))
            return QCoreApplication::translate("ReceiptStatus", "The contract refused the transaction: %1")
                .arg(*reason);
        return QCoreApplication::translate("ReceiptStatus",
            "The contract refused the transaction without giving a reason "
            "(status 0x16, RevertInstruction).");
    }
    const QString name = receiptStatusName(status);
    return QCoreApplication::translate("ReceiptStatus", "The transaction failed on the chain with status 0x%1 (%2).")
        .arg(QString::number(status, 16), name.isEmpty() ? QStringLiteral("unknown") : name);
}

} // namespace credit::chain
