// SPDX-License-Identifier: Apache-2.0
#include "market/MarketCalls.h"

#include "codec/AbiCodec.h"

namespace credit::market::calls {

namespace {

using abi::Value;

Value uint(quint64 value)
{
    return Value::fromUInt(value);
}

} // namespace

Result<QByteArray> encodeCall(Function id, const QList<abi::Value> &arguments)
{
    const FunctionAbi &f = function(id);
    auto encoded = abi::encode(f.inputTypes, arguments);
    if (!encoded)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1: %2").arg(f.name, encoded.error().message));
    return f.selector + *encoded;
}

Result<QByteArray> registerInstitution(const QByteArray &account, const QString &code, const QString &name, Role role,
    quint32 regionCode, const QByteArray &publicKey)
{
    return encodeCall(Function::RegisterInstitution,
        { Value::address(account), Value::string(code), Value::string(name), uint(static_cast<quint64>(role)),
            uint(regionCode), Value::bytes(publicKey) });
}

Result<QByteArray> setInstitutionActive(const QByteArray &account, bool active)
{
    return encodeCall(Function::SetInstitutionActive, { Value::address(account), Value::boolean(active) });
}

Result<QByteArray> listProduct(const ProductListing &l)
{
    QList<Value> partners;
    for (const QByteArray &partner : l.partnerBureaus)
        partners += Value::address(partner);
    return encodeCall(Function::ListProduct,
        { uint(l.productId), uint(static_cast<quint64>(l.series)), Value::string(l.name), Value::string(l.description),
            uint(l.priceFen), uint(l.slaHours), Value::string(l.deliveryFormat),
            Value::boolean(l.authorisationRequired), Value::array(partners) });
}

Result<QByteArray> updateProduct(quint64 productId, quint64 priceFen, quint32 slaHours, const QString &description)
{
    return encodeCall(
        Function::UpdateProduct, { uint(productId), uint(priceFen), uint(slaHours), Value::string(description) });
}

Result<QByteArray> delistProduct(quint64 productId)
{
    return encodeCall(Function::DelistProduct, { uint(productId) });
}

Result<QByteArray> placeOrder(
    quint64 orderId, quint64 productId, const QByteArray &authorisationHash, const QByteArray &requestDocument)
{
    return encodeCall(Function::PlaceOrder,
        { uint(orderId), uint(productId), Value::fixedBytes(authorisationHash), Value::fixedBytes(requestDocument) });
}

Result<QByteArray> acceptOrder(quint64 orderId)
{
    return encodeCall(Function::AcceptOrder, { uint(orderId) });
}

Result<QByteArray> rejectOrder(quint64 orderId, const QString &reason)
{
    return encodeCall(Function::RejectOrder, { uint(orderId), Value::string(reason) });
}

Result<QByteArray> cancelOrder(quint64 orderId)
{
    return encodeCall(Function::CancelOrder, { uint(orderId) });
}

Result<QByteArray> deliverReport(quint64 orderId, const QByteArray &reportHash, const QByteArray &reportDocument)
{
    return encodeCall(
        Function::DeliverReport, { uint(orderId), Value::fixedBytes(reportHash), Value::fixedBytes(reportDocument) });
}

Result<QByteArray> confirmReceipt(quint64 orderId)
{
    return encodeCall(Function::ConfirmReceipt, { uint(orderId) });
}

Result<QByteArray> raiseDispute(
    quint64 orderId, const QByteArray &mediator, const QString &reason, const QByteArray &mediatorKeyEnvelope)
{
    return encodeCall(Function::RaiseDispute,
        { uint(orderId), Value::address(mediator), Value::string(reason), Value::bytes(mediatorKeyEnvelope) });
}

Result<QByteArray> resolveDispute(quint64 orderId, const QString &resolution)
{
    return encodeCall(Function::ResolveDispute, { uint(orderId), Value::string(resolution) });
}

Result<QByteArray> openUser(
    const QByteArray &institution, const QByteArray &user, const QString &name, const QByteArray &publicKey)
{
    return encodeCall(Function::OpenUser,
        { Value::address(institution), Value::address(user), Value::string(name), Value::bytes(publicKey) });
}

Result<QByteArray> setUserActive(const QByteArray &user, bool active)
{
    return encodeCall(Function::SetUserActive, { Value::address(user), Value::boolean(active) });
}

Result<QByteArray> getUser(const QByteArray &user)
{
    return encodeCall(Function::GetUser, { Value::address(user) });
}

Result<QByteArray> getInstitution(const QByteArray &account)
{
    return encodeCall(Function::GetInstitution, { Value::address(account) });
}

Result<QByteArray> getProduct(quint64 productId)
{
    return encodeCall(Function::GetProduct, { uint(productId) });
}

Result<QByteArray> getOrder(quint64 orderId)
{
    return encodeCall(Function::GetOrder, { uint(orderId) });
}

Result<QByteArray> recordAuthorisation(const AuthorisationTerms &t)
{
    QList<Value> productIds;
    for (quint64 id : t.productIds)
        productIds += uint(id);
    return encodeCall(Function::RecordAuthorisation,
        { uint(t.authorisationId), Value::fixedBytes(t.enterpriseCommitment), Value::fixedBytes(t.letterHash),
            Value::fixedBytes(t.letterDocument), uint(t.series), Value::array(productIds), Value::string(t.purpose),
            uint(t.validFromMs), uint(t.validUntilMs) });
}

Result<QByteArray> revokeAuthorisation(quint64 authorisationId, const QString &reason)
{
    return encodeCall(Function::RevokeAuthorisation, { uint(authorisationId), Value::string(reason) });
}

Result<QByteArray> placeAuthorisedOrder(
    quint64 orderId, quint64 productId, quint64 authorisationId, const QByteArray &requestDocument)
{
    return encodeCall(Function::PlaceAuthorisedOrder,
        { uint(orderId), uint(productId), uint(authorisationId), Value::fixedBytes(requestDocument) });
}

Result<QByteArray> deliverPart(quint64 orderId, const QByteArray &partHash, const QByteArray &partDocument)
{
    return encodeCall(
        Function::DeliverPart, { uint(orderId), Value::fixedBytes(partHash), Value::fixedBytes(partDocument) });
}

Result<QByteArray> getOrderParts(quint64 orderId)
{
    return encodeCall(Function::GetOrderParts, { uint(orderId) });
}

Result<QByteArray> getAuthorisation(quint64 authorisationId)
{
    return encodeCall(Function::GetAuthorisation, { uint(authorisationId) });
}

Result<QByteArray> operatorAccount()
{
    return encodeCall(Function::OperatorAccount, {});
}

} // namespace credit::market::calls
