// SPDX-License-Identifier: Apache-2.0
#include "market/MarketAbi.h"

#include "codec/AbiFunction.h"

#include <QStringList>

namespace credit::market {

namespace {

AbiParam param(const char *name, const char *type)
{
    return AbiParam { QString::fromLatin1(name), QString::fromLatin1(type), false, {} };
}

AbiParam indexed(const char *name, const char *type)
{
    return AbiParam { QString::fromLatin1(name), QString::fromLatin1(type), true, {} };
}

// An unnamed struct return value (solc names a single unnamed output ""),
// or with arraySuffix "[]" an unnamed array of structs.
AbiParam structOutput(QList<AbiParam> fields, const char *arraySuffix = "")
{
    QStringList types;
    for (const AbiParam &field : fields)
        types += field.type;
    return AbiParam { QString(), u'(' + types.join(u',') + u')' + QLatin1String(arraySuffix), false,
        std::move(fields) };
}

// The three structs of the contract, field for field.
QList<AbiParam> institutionFields()
{
    return { param("account", "address"), param("role", "uint8"), param("regionCode", "uint32"),
        param("active", "bool"), param("code", "string"), param("name", "string"), param("publicKey", "bytes") };
}

QList<AbiParam> userFields()
{
    return { param("account", "address"), param("institution", "address"), param("active", "bool"),
        param("name", "string"), param("publicKey", "bytes") };
}

QList<AbiParam> productFields()
{
    return { param("id", "uint64"), param("bureau", "address"), param("series", "uint8"), param("name", "string"),
        param("description", "string"), param("priceFen", "uint64"), param("slaHours", "uint32"),
        param("deliveryFormat", "string"), param("authorisationRequired", "bool"), param("partnerBureaus", "address[]"),
        param("listed", "bool") };
}

QList<AbiParam> orderFields()
{
    return { param("id", "uint64"), param("productId", "uint64"), param("bank", "address"), param("bureau", "address"),
        param("state", "uint8"), param("priceFen", "uint64"), param("slaHours", "uint32"),
        param("authorisationHash", "bytes32"), param("requestDocument", "bytes32"), param("reportHash", "bytes32"),
        param("reportDocument", "bytes32"), param("mediator", "address"), param("disputeRaisedBy", "address"),
        param("placedAt", "uint64"), param("updatedAt", "uint64") };
}

QList<AbiParam> orderPartFields()
{
    return { param("bureau", "address"), param("partHash", "bytes32"), param("partDocument", "bytes32"),
        param("deliveredAt", "uint64") };
}

QList<AbiParam> authorisationFields()
{
    return { param("id", "uint64"), param("bank", "address"), param("enterpriseCommitment", "bytes32"),
        param("letterHash", "bytes32"), param("letterDocument", "bytes32"), param("series", "uint8"),
        param("productIds", "uint64[]"), param("purpose", "string"), param("validFrom", "uint64"),
        param("validUntil", "uint64"), param("revoked", "bool"), param("uses", "uint32") };
}

QList<abi::Type> parseTypes(const QList<AbiParam> &params)
{
    QList<abi::Type> types;
    for (const AbiParam &p : params) {
        auto type = abi::Type::parse(p.type);
        // The table is a compile-time constant; test_market_abi parses every entry.
        if (!type)
            qFatal("MarketAbi: bad type %s: %s", qPrintable(p.type), qPrintable(type.error().message));
        types += *type;
    }
    return types;
}

FunctionAbi fn(Function id, const char *name, QList<AbiParam> inputs, QList<AbiParam> outputs, Mutability mutability)
{
    FunctionAbi f { id, QString::fromLatin1(name), std::move(inputs), std::move(outputs), mutability, {}, {}, {}, {} };
    f.inputTypes = parseTypes(f.inputs);
    f.outputTypes = parseTypes(f.outputs);
    f.signature = abi::signature(f.name, f.inputTypes);
    f.selector = abi::functionSelector(f.signature);
    return f;
}

EventAbi ev(Event id, const char *name, QList<AbiParam> inputs)
{
    EventAbi e { id, QString::fromLatin1(name), std::move(inputs), {}, {}, {} };
    e.types = parseTypes(e.inputs);
    e.signature = abi::signature(e.name, e.types);
    e.topic = abi::eventTopic(e.signature);
    return e;
}

QList<FunctionAbi> buildFunctions()
{
    using F = Function;
    constexpr Mutability tx = Mutability::NonPayable;
    constexpr Mutability view = Mutability::View;
    const auto orderId = [] { return param("orderId", "uint64"); };
    return {
        fn(F::RegisterInstitution, "registerInstitution",
            { param("account", "address"), param("code", "string"), param("name", "string"), param("role", "uint8"),
                param("regionCode", "uint32"), param("publicKey", "bytes") },
            {}, tx),
        fn(F::SetInstitutionActive, "setInstitutionActive", { param("account", "address"), param("active", "bool") },
            {}, tx),
        fn(F::ListProduct, "listProduct",
            { param("productId", "uint64"), param("series", "uint8"), param("name", "string"),
                param("description", "string"), param("priceFen", "uint64"), param("slaHours", "uint32"),
                param("deliveryFormat", "string"), param("authorisationRequired", "bool"),
                param("partnerBureaus", "address[]") },
            {}, tx),
        fn(F::UpdateProduct, "updateProduct",
            { param("productId", "uint64"), param("priceFen", "uint64"), param("slaHours", "uint32"),
                param("description", "string") },
            {}, tx),
        fn(F::DelistProduct, "delistProduct", { param("productId", "uint64") }, {}, tx),
        fn(F::PlaceOrder, "placeOrder",
            { orderId(), param("productId", "uint64"), param("authorisationHash", "bytes32"),
                param("requestDocument", "bytes32") },
            {}, tx),
        fn(F::AcceptOrder, "acceptOrder", { orderId() }, {}, tx),
        fn(F::RejectOrder, "rejectOrder", { orderId(), param("reason", "string") }, {}, tx),
        fn(F::CancelOrder, "cancelOrder", { orderId() }, {}, tx),
        fn(F::DeliverReport, "deliverReport",
            { orderId(), param("reportHash", "bytes32"), param("reportDocument", "bytes32") }, {}, tx),
        fn(F::ConfirmReceipt, "confirmReceipt", { orderId() }, {}, tx),
        fn(F::RaiseDispute, "raiseDispute",
            { orderId(), param("mediator", "address"), param("reason", "string"),
                param("mediatorKeyEnvelope", "bytes") },
            {}, tx),
        fn(F::ResolveDispute, "resolveDispute", { orderId(), param("resolution", "string") }, {}, tx),
        fn(F::GetInstitution, "getInstitution", { param("account", "address") }, { structOutput(institutionFields()) },
            view),
        fn(F::GetProduct, "getProduct", { param("productId", "uint64") }, { structOutput(productFields()) }, view),
        fn(F::GetOrder, "getOrder", { orderId() }, { structOutput(orderFields()) }, view),
        fn(F::OperatorAccount, "operatorAccount", {}, { param("", "address") }, view),
        fn(F::OpenUser, "openUser",
            { param("institution", "address"), param("user", "address"), param("name", "string"),
                param("publicKey", "bytes") },
            {}, tx),
        fn(F::SetUserActive, "setUserActive", { param("user", "address"), param("active", "bool") }, {}, tx),
        fn(F::GetUser, "getUser", { param("user", "address") }, { structOutput(userFields()) }, view),
        fn(F::RecordAuthorisation, "recordAuthorisation",
            { param("authorisationId", "uint64"), param("enterpriseCommitment", "bytes32"),
                param("letterHash", "bytes32"), param("letterDocument", "bytes32"), param("series", "uint8"),
                param("productIds", "uint64[]"), param("purpose", "string"), param("validFrom", "uint64"),
                param("validUntil", "uint64") },
            {}, tx),
        fn(F::RevokeAuthorisation, "revokeAuthorisation",
            { param("authorisationId", "uint64"), param("reason", "string") }, {}, tx),
        fn(F::PlaceAuthorisedOrder, "placeAuthorisedOrder",
            { orderId(), param("productId", "uint64"), param("authorisationId", "uint64"),
                param("requestDocument", "bytes32") },
            {}, tx),
        fn(F::GetAuthorisation, "getAuthorisation", { param("authorisationId", "uint64") },
            { structOutput(authorisationFields()) }, view),
        fn(F::DeliverPart, "deliverPart", { orderId(), param("partHash", "bytes32"), param("partDocument", "bytes32") },
            {}, tx),
        fn(F::GetOrderParts, "getOrderParts", { orderId() }, { structOutput(orderPartFields(), "[]") }, view),
    };
}

QList<EventAbi> buildEvents()
{
    using E = Event;
    const auto orderId = [] { return indexed("orderId", "uint64"); };
    const auto state = [] { return param("state", "uint8"); };
    return {
        ev(E::InstitutionRegistered, "InstitutionRegistered",
            { indexed("account", "address"), param("code", "string"), param("name", "string"), param("role", "uint8"),
                param("regionCode", "uint32"), param("publicKey", "bytes") }),
        ev(E::InstitutionStatusChanged, "InstitutionStatusChanged",
            { indexed("account", "address"), param("active", "bool") }),
        ev(E::ProductListed, "ProductListed",
            { indexed("productId", "uint64"), indexed("bureau", "address"), param("series", "uint8"),
                param("name", "string"), param("description", "string"), param("priceFen", "uint64"),
                param("slaHours", "uint32"), param("deliveryFormat", "string"), param("authorisationRequired", "bool"),
                param("partnerBureaus", "address[]") }),
        ev(E::ProductUpdated, "ProductUpdated",
            { indexed("productId", "uint64"), indexed("bureau", "address"), param("priceFen", "uint64"),
                param("slaHours", "uint32"), param("description", "string") }),
        ev(E::ProductDelisted, "ProductDelisted", { indexed("productId", "uint64"), indexed("bureau", "address") }),
        ev(E::OrderPlaced, "OrderPlaced",
            { orderId(), indexed("bank", "address"), state(), param("productId", "uint64"), param("bureau", "address"),
                param("priceFen", "uint64"), param("authorisationHash", "bytes32"),
                param("requestDocument", "bytes32") }),
        ev(E::OrderAccepted, "OrderAccepted", { orderId(), indexed("bureau", "address"), state() }),
        ev(E::OrderRejected, "OrderRejected",
            { orderId(), indexed("bureau", "address"), state(), param("reason", "string") }),
        ev(E::OrderCancelled, "OrderCancelled", { orderId(), indexed("bank", "address"), state() }),
        ev(E::ReportDelivered, "ReportDelivered",
            { orderId(), indexed("bureau", "address"), state(), param("reportHash", "bytes32"),
                param("reportDocument", "bytes32") }),
        ev(E::OrderCompleted, "OrderCompleted", { orderId(), indexed("bank", "address"), state() }),
        ev(E::DisputeRaised, "DisputeRaised",
            { orderId(), indexed("raisedBy", "address"), state(), param("mediator", "address"),
                param("reason", "string"), param("mediatorKeyEnvelope", "bytes") }),
        ev(E::DisputeResolved, "DisputeResolved",
            { orderId(), indexed("mediator", "address"), state(), param("resolution", "string") }),
        ev(E::UserOpened, "UserOpened",
            { indexed("institution", "address"), indexed("user", "address"), param("name", "string"),
                param("publicKey", "bytes"), param("openedBy", "address") }),
        ev(E::UserStatusChanged, "UserStatusChanged",
            { indexed("institution", "address"), indexed("user", "address"), param("active", "bool"),
                param("changedBy", "address") }),
        ev(E::ActedBy, "ActedBy", { indexed("institution", "address"), indexed("user", "address") }),
        ev(E::AuthorisationRecorded, "AuthorisationRecorded",
            { indexed("authorisationId", "uint64"), indexed("bank", "address"),
                param("enterpriseCommitment", "bytes32"), param("letterHash", "bytes32"),
                param("letterDocument", "bytes32"), param("series", "uint8"), param("productIds", "uint64[]"),
                param("purpose", "string"), param("validFrom", "uint64"), param("validUntil", "uint64") }),
        ev(E::AuthorisationRevoked, "AuthorisationRevoked",
            { indexed("authorisationId", "uint64"), indexed("bank", "address"), param("reason", "string") }),
        ev(E::AuthorisationUsed, "AuthorisationUsed",
            { indexed("authorisationId", "uint64"), indexed("orderId", "uint64"), param("bank", "address"),
                param("productId", "uint64") }),
        ev(E::PartDelivered, "PartDelivered",
            { orderId(), indexed("bureau", "address"), state(), param("partHash", "bytes32"),
                param("partDocument", "bytes32") }),
    };
}

} // namespace

QString mutabilityName(Mutability mutability)
{
    switch (mutability) {
    case Mutability::Pure:
        return QStringLiteral("pure");
    case Mutability::View:
        return QStringLiteral("view");
    case Mutability::NonPayable:
        return QStringLiteral("nonpayable");
    case Mutability::Payable:
        return QStringLiteral("payable");
    }
    return QString();
}

const QList<FunctionAbi> &functions()
{
    static const QList<FunctionAbi> table = buildFunctions();
    return table;
}

const QList<EventAbi> &events()
{
    static const QList<EventAbi> table = buildEvents();
    return table;
}

const FunctionAbi &function(Function id)
{
    return functions()[static_cast<qsizetype>(id)];
}

const EventAbi &event(Event id)
{
    return events()[static_cast<qsizetype>(id)];
}

const FunctionAbi *functionBySelector(QByteArrayView selector)
{
    for (const FunctionAbi &f : functions()) {
        if (selector == f.selector)
            return &f;
    }
    return nullptr;
}

const EventAbi *eventByTopic(QByteArrayView topic)
{
    for (const EventAbi &e : events()) {
        if (topic == e.topic)
            return &e;
    }
    return nullptr;
}

} // namespace credit::market
