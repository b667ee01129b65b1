// SPDX-License-Identifier: Apache-2.0
#include "chain/MarketClient.h"

#include "chain/ReceiptStatus.h"
#include "codec/Receipt.h"
#include "market/MarketViews.h"

namespace credit::market {

Result<QList<MarketEvent>> MarketClient::eventsIn(const QJsonObject &receipt, const QByteArray &contract)
{
    auto parsed = chain::receiptFromJson(receipt);
    if (!parsed)
        return parsed.error();
    QList<MarketEvent> out;
    for (const auto &entry : parsed->logs) {
        if (entry.address != contract)
            continue;
        auto event = decodeEvent(Log { entry.address, entry.topics, entry.data });
        if (!event)
            return event.error();
        out << *event;
    }
    return out;
}

Result<Outcome> MarketClient::submit(const Result<QByteArray> &callData)
{
    if (!callData)
        return callData.error();
    auto sent = m_sender.send(m_contract, *callData);
    if (!sent)
        return sent.error();
    auto events = eventsIn(sent->receipt, m_contract);
    if (!events)
        return events.error();
    return Outcome { *sent, *events };
}

Result<QByteArray> MarketClient::view(const Result<QByteArray> &callData)
{
    if (!callData)
        return callData.error();
    auto result = m_rpc.call(m_caller, m_contract, *callData);
    if (!result)
        return result.error().toError();
    if (result->status != 0)
        return makeError(ErrorKind::Rejected, chain::describeReceiptFailure(result->status, result->output));
    return result->output;
}

Result<Outcome> MarketClient::registerInstitution(const QByteArray &account, const QString &code, const QString &name,
    Role role, quint32 regionCode, const QByteArray &publicKey)
{
    return submit(calls::registerInstitution(account, code, name, role, regionCode, publicKey));
}

Result<void> MarketClient::checkPlaceOrder(
    quint64 orderId, quint64 productId, const QByteArray &authorisationHash, const QByteArray &requestDocument)
{
    return dryRun(calls::placeOrder(orderId, productId, authorisationHash, requestDocument));
}

Result<void> MarketClient::dryRun(const Result<QByteArray> &callData)
{
    auto out = view(callData);
    if (!out)
        return out.error();
    return {};
}

Result<Outcome> MarketClient::placeAuthorisedOrder(
    quint64 orderId, quint64 productId, quint64 authorisationId, const QByteArray &requestDocument)
{
    return submit(calls::placeAuthorisedOrder(orderId, productId, authorisationId, requestDocument));
}

Result<Outcome> MarketClient::recordAuthorisation(const calls::AuthorisationTerms &terms)
{
    return submit(calls::recordAuthorisation(terms));
}

Result<Outcome> MarketClient::revokeAuthorisation(quint64 authorisationId, const QString &reason)
{
    return submit(calls::revokeAuthorisation(authorisationId, reason));
}

Result<Outcome> MarketClient::openUser(
    const QByteArray &institution, const QByteArray &user, const QString &name, const QByteArray &publicKey)
{
    return submit(calls::openUser(institution, user, name, publicKey));
}

Result<Outcome> MarketClient::setUserActive(const QByteArray &user, bool active)
{
    return submit(calls::setUserActive(user, active));
}

Result<Outcome> MarketClient::setInstitutionActive(const QByteArray &account, bool active)
{
    return submit(calls::setInstitutionActive(account, active));
}

Result<Outcome> MarketClient::listProduct(const calls::ProductListing &listing)
{
    return submit(calls::listProduct(listing));
}

Result<Outcome> MarketClient::updateProduct(
    quint64 productId, quint64 priceFen, quint32 slaHours, const QString &description)
{
    return submit(calls::updateProduct(productId, priceFen, slaHours, description));
}

Result<Outcome> MarketClient::delistProduct(quint64 productId)
{
    return submit(calls::delistProduct(productId));
}

Result<Outcome> MarketClient::placeOrder(
    quint64 orderId, quint64 productId, const QByteArray &authorisationHash, const QByteArray &requestDocument)
{
    return submit(calls::placeOrder(orderId, productId, authorisationHash, requestDocument));
}

Result<Outcome> MarketClient::acceptOrder(quint64 orderId)
{
    return submit(calls::acceptOrder(orderId));
}

Result<Outcome> MarketClient::rejectOrder(quint64 orderId, const QString &reason)
{
    return submit(calls::rejectOrder(orderId, reason));
}

Result<Outcome> MarketClient::cancelOrder(quint64 orderId)
{
    return submit(calls::cancelOrder(orderId));
}

Result<Outcome> MarketClient::deliverReport(
    quint64 orderId, const QByteArray &reportHash, const QByteArray &reportDocument)
{
    return submit(calls::deliverReport(orderId, reportHash, reportDocument));
}

Result<Outcome> MarketClient::confirmReceipt(quint64 orderId)
{
    return submit(calls::confirmReceipt(orderId));
}

Result<Outcome> MarketClient::raiseDispute(
    quint64 orderId, const QByteArray &mediator, const QString &reason, const QByteArray &mediatorKeyEnvelope)
{
    return submit(calls::raiseDispute(orderId, mediator, reason, mediatorKeyEnvelope));
}

Result<Outcome> MarketClient::resolveDispute(quint64 orderId, const QString &resolution)
{
    return submit(calls::resolveDispute(orderId, resolution));
}

Result<Outcome> MarketClient::deliverPart(quint64 orderId, const QByteArray &partHash, const QByteArray &partDocument)
{
    return submit(calls::deliverPart(orderId, partHash, partDocument));
}

Result<Order> MarketClient::order(quint64 orderId)
{
    auto out = view(calls::getOrder(orderId));
    if (!out)
        return out.error();
    return views::decodeOrder(*out);
}

Result<QList<OrderPart>> MarketClient::orderParts(quint64 orderId)
{
    auto out = view(calls::getOrderParts(orderId));
    if (!out)
        return out.error();
    return views::decodeOrderParts(*out);
}

Result<Product> MarketClient::product(quint64 productId)
{
    auto out = view(calls::getProduct(productId));
    if (!out)
        return out.error();
    return views::decodeProduct(*out);
}

Result<Institution> MarketClient::institution(const QByteArray &account)
{
    auto out = view(calls::getInstitution(account));
    if (!out)
        return out.error();
    return views::decodeInstitution(*out);
}

Result<Authorisation> MarketClient::authorisation(quint64 authorisationId)
{
    auto out = view(calls::getAuthorisation(authorisationId));
    if (!out)
        return out.error();
    return views::decodeAuthorisation(*out);
}

Result<User> MarketClient::user(const QByteArray &account)
{
    auto out = view(calls::getUser(account));
    if (!out)
        return out.error();
    return views::decodeUser(*out);
}

} // namespace credit::market
