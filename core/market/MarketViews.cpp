// SPDX-License-Identifier: Apache-2.0
#include "market/MarketViews.h"

#include "codec/AbiCodec.h"
#include "market/MarketAbi.h"
#include "market/ValueReader.h"

#include <QCoreApplication>

namespace credit::market::views {

namespace {

using detail::ValueReader;

Result<QList<abi::Value>> outputs(Function id, QByteArrayView output)
{
    const FunctionAbi &f = function(id);
    auto values = abi::decode(f.outputTypes, output);
    if (!values)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("MarketViews", "%1 output: %2").arg(f.name, values.error().message));
    return values;
}

// The components of the one struct a getter returns.
Result<QList<abi::Value>> structOutput(Function id, QByteArrayView output)
{
    auto values = outputs(id, output);
    if (!values)
        return values;
    return values->front().get<abi::Value::Tuple>()->items;
}

} // namespace

Result<Institution> decodeInstitution(QByteArrayView output)
{
    auto fields = structOutput(Function::GetInstitution, output);
    if (!fields)
        return fields.error();
    ValueReader in(*fields, QCoreApplication::translate("MarketViews", "getInstitution output"));
    Institution i;
    i.account = in.address();
    i.role = in.role();
    i.regionCode = static_cast<quint32>(in.uint());
    i.active = in.boolean();
    i.code = in.string();
    i.name = in.string();
    i.publicKey = in.bytes();
    return in.finish(std::move(i));
}

Result<User> decodeUser(QByteArrayView output)
{
    auto fields = structOutput(Function::GetUser, output);
    if (!fields)
        return fields.error();
    ValueReader in(*fields, QCoreApplication::translate("MarketViews", "getUser output"));
    User u;
    u.account = in.address();
    u.institution = in.address();
    u.active = in.boolean();
    u.name = in.string();
    u.publicKey = in.bytes();
    return in.finish(std::move(u));
}

Result<Authorisation> decodeAuthorisation(QByteArrayView output)
{
    auto fields = structOutput(Function::GetAuthorisation, output);
    if (!fields)
        return fields.error();
    ValueReader in(*fields, QCoreApplication::translate("MarketViews", "getAuthorisation output"));
    Authorisation a;
    a.id = in.uint();
    a.bank = in.address();
    a.enterpriseCommitment = in.fixed();
    a.letterHash = in.fixed();
    a.letterDocument = in.fixed();
    a.series = static_cast<quint8>(in.uint());
    a.productIds = in.uints();
    a.purpose = in.string();
    a.validFromMs = in.uint();
    a.validUntilMs = in.uint();
    a.revoked = in.boolean();
    a.uses = static_cast<quint32>(in.uint());
    return in.finish(std::move(a));
}

Result<Product> decodeProduct(QByteArrayView output)
{
    auto fields = structOutput(Function::GetProduct, output);
    if (!fields)
        return fields.error();
    ValueReader in(*fields, QCoreApplication::translate("MarketViews", "getProduct output"));
    Product p;
    p.id = in.uint();
    p.bureau = in.address();
    p.series = in.series();
    p.name = in.string();
    p.description = in.string();
    p.priceFen = in.uint();
    p.slaHours = static_cast<quint32>(in.uint());
    p.deliveryFormat = in.string();
    p.authorisationRequired = in.boolean();
    p.partnerBureaus = in.addresses();
    p.listed = in.boolean();
    return in.finish(std::move(p));
}

Result<Order> decodeOrder(QByteArrayView output)
{
    auto fields = structOutput(Function::GetOrder, output);
    if (!fields)
        return fields.error();
    ValueReader in(*fields, QCoreApplication::translate("MarketViews", "getOrder output"));
    Order o;
    o.id = in.uint();
    o.productId = in.uint();
    o.bank = in.address();
    o.bureau = in.address();
    o.state = in.state();
    o.priceFen = in.uint();
    o.slaHours = static_cast<quint32>(in.uint());
    o.authorisationHash = in.fixed();
    o.requestDocument = in.fixed();
    o.reportHash = in.fixed();
    o.reportDocument = in.fixed();
    o.mediator = in.address();
    o.disputeRaisedBy = in.address();
    o.placedAtMs = in.uint();
    o.updatedAtMs = in.uint();
    return in.finish(std::move(o));
}

Result<QList<OrderPart>> decodeOrderParts(QByteArrayView output)
{
    auto values = outputs(Function::GetOrderParts, output);
    if (!values)
        return values.error();
    const auto *array = values->front().get<abi::Value::Array>();
    QList<OrderPart> parts;
    if (!array)
        return parts;
    for (const abi::Value &item : array->items) {
        const auto *tuple = item.get<abi::Value::Tuple>();
        if (!tuple)
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("MarketViews", "getOrderParts output: a part is no tuple"));
        ValueReader in(tuple->items, QCoreApplication::translate("MarketViews", "getOrderParts output"));
        OrderPart part;
        part.bureau = in.address();
        part.partHash = in.fixed();
        part.partDocument = in.fixed();
        part.deliveredAtMs = in.uint();
        auto read = in.finish(std::move(part));
        if (!read)
            return read.error();
        parts += *read;
    }
    return parts;
}

Result<QByteArray> decodeOperatorAccount(QByteArrayView output)
{
    auto values = outputs(Function::OperatorAccount, output);
    if (!values)
        return values.error();
    return values->front().get<abi::Value::Address>()->bytes;
}

} // namespace credit::market::views
