// SPDX-License-Identifier: Apache-2.0
#include "chain/ReceiptStatus.h"

#include "codec/AbiFunction.h"

#include <QCoreApplication>

#include <array>

namespace credit::chain {

namespace {

// FISCO BCOS 2.x TransactionException values 0–29, as its documentation lists them.
constexpr std::array<QStringView, 30> kNames {
    u"None",
    u"Unknown",
    u"BadRLP",
    u"InvalidFormat",
    u"OutOfGasIntrinsic",
    u"InvalidSignature",
    u"InvalidNonce",
    u"NotEnoughCash",
    u"OutOfGasBase",
    u"BlockGasLimitReached",
    u"BadInstruction",
    u"BadJumpDestination",
    u"OutOfGas",
    u"OutOfStack",
    u"StackUnderflow",
    u"NonceCheckFail",
    u"BlockLimitCheckFail",
    u"FilterCheckFail",
    u"NoDeployPermission",
    u"NoCallPermission",
    u"NoTxPermission",
    u"PrecompiledError",
    u"RevertInstruction",
    u"InvalidZeroSignatureFormat",
    u"AddressAlreadyUsed",
    u"PermissionDenied",
    u"CallAddressError",
    u"GasOverflow",
    u"TxPoolIsFull",
    u"TransactionRefused",
};

} // namespace

QString receiptStatusName(quint64 status)
{
    return status < kNames.size() ? kNames[status].toString() : QString();
}

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
