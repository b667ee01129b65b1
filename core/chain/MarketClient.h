// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/ChainRpc.h"
#include "chain/TransactionSender.h"
#include "common/Result.h"
#include "market/Authorisation.h"
#include "market/Institution.h"
#include "market/MarketCalls.h"
#include "market/MarketEvents.h"
#include "market/Order.h"
#include "market/Product.h"

#include <QJsonObject>

namespace credit::market {

//! What a contract transaction did: the sent transaction with its receipt,
//! and the contract's events decoded from that receipt.
struct Outcome {
    chain::SentTransaction transaction;
    QList<MarketEvent> events;
};

//! Typed access to the CreditMarket contract over a node: one method per
//! contract function (signed and sent by the caller's TransactionSender, so
//! blocking: run on a worker thread), typed views, typed events.
class MarketClient final {
public:
    //! rpc and sender must outlive the client; caller is the sender's address (for views).
    MarketClient(chain::ChainRpc &rpc, chain::TransactionSender &sender, QByteArray contract, QByteArray caller)
        : m_rpc(rpc), m_sender(sender), m_contract(std::move(contract)), m_caller(std::move(caller))
    {
    }

    Result<Outcome> registerInstitution(const QByteArray &account, const QString &code, const QString &name, Role role,
        quint32 regionCode, const QByteArray &publicKey);
    Result<Outcome> setInstitutionActive(const QByteArray &account, bool active);
    Result<Outcome> openUser(
        const QByteArray &institution, const QByteArray &user, const QString &name, const QByteArray &publicKey);
    Result<Outcome> setUserActive(const QByteArray &user, bool active);
    Result<Outcome> listProduct(const calls::ProductListing &listing);
    Result<Outcome> updateProduct(quint64 productId, quint64 priceFen, quint32 slaHours, const QString &description);
    Result<Outcome> delistProduct(quint64 productId);
    Result<Outcome> placeOrder(
        quint64 orderId, quint64 productId, const QByteArray &authorisationHash, const QByteArray &requestDocument);
    Result<Outcome> placeAuthorisedOrder(
        quint64 orderId, quint64 productId, quint64 authorisationId, const QByteArray &requestDocument);
    Result<Outcome> recordAuthorisation(const calls::AuthorisationTerms &terms);
    Result<Outcome> revokeAuthorisation(quint64 authorisationId, const QString &reason);
    Result<Outcome> acceptOrder(quint64 orderId);
    Result<Outcome> rejectOrder(quint64 orderId, const QString &reason);
    Result<Outcome> cancelOrder(quint64 orderId);
    Result<Outcome> deliverReport(quint64 orderId, const QByteArray &reportHash, const QByteArray &reportDocument);
    //! 链融: a partner bureau's part of an accepted order.
    Result<Outcome> deliverPart(quint64 orderId, const QByteArray &partHash, const QByteArray &partDocument);
    Result<Outcome> confirmReceipt(quint64 orderId);
    Result<Outcome> raiseDispute(
        quint64 orderId, const QByteArray &mediator, const QString &reason, const QByteArray &mediatorKeyEnvelope);
    Result<Outcome> resolveDispute(quint64 orderId, const QString &resolution);

    //! placeOrder as a dry run through the node's `call` (nothing is signed or
    //! sent): the contract's revert reason when it would refuse it, so a
    //! refused order never leaves its request in the document store.
    Result<void> checkPlaceOrder(
        quint64 orderId, quint64 productId, const QByteArray &authorisationHash, const QByteArray &requestDocument);
    //! Any transaction's call data as such a dry run (calls:: builds it).
    Result<void> dryRun(const Result<QByteArray> &callData);

    //! Views through the node's `call` (unauthenticated: never shown as verified).
    Result<Order> order(quint64 orderId);
    //! 链融: the parts the order's partner bureaus owe (empty for any other order).
    Result<QList<OrderPart>> orderParts(quint64 orderId);
    Result<Product> product(quint64 productId);
    Result<Institution> institution(const QByteArray &account);
    Result<User> user(const QByteArray &account);
    Result<Authorisation> authorisation(quint64 authorisationId);

    //! The contract's events in a receipt (logs of other contracts are skipped).
    static Result<QList<MarketEvent>> eventsIn(const QJsonObject &receipt, const QByteArray &contract);

private:
    Result<Outcome> submit(const Result<QByteArray> &callData);
    Result<QByteArray> view(const Result<QByteArray> &callData);

    chain::ChainRpc &m_rpc;
    chain::TransactionSender &m_sender;
    QByteArray m_contract;
    QByteArray m_caller;
};

} // namespace credit::market
