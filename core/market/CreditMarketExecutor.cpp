// SPDX-License-Identifier: Apache-2.0
#include "market/CreditMarketExecutor.h"

#include "codec/AbiCodec.h"
#include "codec/AbiFunction.h"
#include "market/BufferedContractState.h"
#include "market/Guards.h"
#include "market/RawAbi.h"
#include "market/Rules.h"
#include "market/StateRecords.h"

namespace credit::market {

namespace {

constexpr qsizetype kAddressSize = 20;
constexpr qsizetype kSelectorSize = 4;

// What solc's dispatcher does on an unknown selector (no fallback) or on
// call data its ABI decoder refuses: revert with no data.
ExecutionResult revertWithoutReason()
{
    return ExecutionResult { true, QByteArray(), {}, QString() };
}

ExecutionResult revertWithReason(const QString &reason)
{
    const QByteArray payload = abi::encode({ *abi::Type::parse(u"string") }, { abi::Value::string(reason) }).value();
    return ExecutionResult { true, abi::errorSelectorSm3() + payload, {}, reason };
}

// The functions an institution calls through its admin account or any active
// user of it: each starts with `actingInstitution()` in the .sol and ends by
// emitting ActedBy when a user took the step.
bool actsForInstitution(Function id)
{
    switch (id) {
    case Function::ListProduct:
    case Function::UpdateProduct:
    case Function::DelistProduct:
    case Function::PlaceOrder:
    case Function::AcceptOrder:
    case Function::RejectOrder:
    case Function::CancelOrder:
    case Function::DeliverReport:
    case Function::ConfirmReceipt:
    case Function::RaiseDispute:
    case Function::ResolveDispute:
    case Function::RecordAuthorisation:
    case Function::RevokeAuthorisation:
    case Function::PlaceAuthorisedOrder:
    case Function::DeliverPart:
        return true;
    default:
        return false;
    }
}

// The common part of execute() and call(): runs the rule on a buffer over
// state. The caller decides whether to apply the buffer.
ExecutionResult run(BufferedContractState &buffer, const QByteArray &contractAddress, const QByteArray &sender,
    QByteArrayView callData, qint64 blockTimestampMs)
{
    if (contractAddress.size() != kAddressSize || sender.size() != kAddressSize)
        return revertWithReason(QStringLiteral("sender and contract address must be 20 bytes"));
    if (callData.size() < kSelectorSize)
        return revertWithoutReason();
    const FunctionAbi *function = functionBySelector(callData.first(kSelectorSize));
    if (!function)
        return revertWithoutReason();
    auto arguments = abi::decode(raw::inputTypes(function->id), callData.sliced(kSelectorSize));
    if (!arguments)
        return revertWithoutReason();

    // The rules see the institution as the caller (msg.sender in the .sol's
    // checks is replaced by the acting institution), so they stay as they were.
    QByteArray caller = sender;
    const bool forInstitution = actsForInstitution(function->id);
    if (forInstitution) {
        auto institution = detail::actingInstitution(buffer, sender);
        if (!institution)
            return revertWithReason(institution.error().message);
        caller = *institution;
    }

    // uint64(block.timestamp): a timestamp is never negative on a real chain.
    detail::RuleContext ctx { buffer, contractAddress, caller, static_cast<quint64>(blockTimestampMs), {} };
    Result<QByteArray> output = detail::ruleFor(function->id)(ctx, detail::Args(*arguments));
    if (!output)
        return revertWithReason(output.error().message);
    if (forInstitution && caller != sender) {
        auto actedBy = ctx.emitEvent(Event::ActedBy, { abi::Value::address(caller), abi::Value::address(sender) });
        if (!actedBy)
            return revertWithReason(actedBy.error().message);
    }
    return ExecutionResult { false, *output, ctx.logs, QString() };
}

} // namespace

namespace detail {

Rule ruleFor(Function id)
{
    switch (id) {
    case Function::RegisterInstitution:
        return registerInstitution;
    case Function::SetInstitutionActive:
        return setInstitutionActive;
    case Function::ListProduct:
        return listProduct;
    case Function::UpdateProduct:
        return updateProduct;
    case Function::DelistProduct:
        return delistProduct;
    case Function::PlaceOrder:
        return placeOrder;
    case Function::AcceptOrder:
        return acceptOrder;
    case Function::RejectOrder:
        return rejectOrder;
    case Function::CancelOrder:
        return cancelOrder;
    case Function::DeliverReport:
        return deliverReport;
    case Function::ConfirmReceipt:
        return confirmReceipt;
    case Function::RaiseDispute:
        return raiseDispute;
    case Function::ResolveDispute:
        return resolveDispute;
    case Function::GetInstitution:
        return getInstitution;
    case Function::GetProduct:
        return getProduct;
    case Function::GetOrder:
        return getOrder;
    case Function::OperatorAccount:
        return operatorAccount;
    case Function::OpenUser:
        return openUser;
    case Function::SetUserActive:
        return setUserActive;
    case Function::GetUser:
        return getUser;
    case Function::RecordAuthorisation:
        return recordAuthorisation;
    case Function::RevokeAuthorisation:
        return revokeAuthorisation;
    case Function::PlaceAuthorisedOrder:
        return placeAuthorisedOrder;
    case Function::GetAuthorisation:
        return getAuthorisation;
    case Function::DeliverPart:
        return deliverPart;
    case Function::GetOrderParts:
        return getOrderParts;
    }
    Q_UNREACHABLE();
}

} // namespace detail

Result<void> initialiseOperator(ContractState &state, const QByteArray &operatorAddress)
{
    if (operatorAddress.size() != kAddressSize)
        return makeError(ErrorKind::InvalidInput,
            QStringLiteral("the operator address must be 20 bytes, got %1").arg(operatorAddress.size()));
    if (state.get(state::operatorKey()))
        return makeError(ErrorKind::InvalidInput, QStringLiteral("the contract already has an operator"));
    state.put(state::operatorKey(), state::encodeOperator(operatorAddress));
    return {};
}

ExecutionResult execute(ContractState &state, const QByteArray &contractAddress, const QByteArray &sender,
    QByteArrayView callData, qint64 blockTimestampMs, [[maybe_unused]] quint64 blockNumber)
{
    BufferedContractState buffer(state);
    ExecutionResult result = run(buffer, contractAddress, sender, callData, blockTimestampMs);
    if (!result.reverted)
        buffer.commitTo(state);
    return result;
}

ExecutionResult call(const ContractState &state, const QByteArray &contractAddress, const QByteArray &sender,
    QByteArrayView callData, qint64 blockTimestampMs, [[maybe_unused]] quint64 blockNumber)
{
    BufferedContractState buffer(state);
    ExecutionResult result = run(buffer, contractAddress, sender, callData, blockTimestampMs);
    result.logs.clear();
    return result;
}

} // namespace credit::market
