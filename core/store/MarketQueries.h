// SPDX-License-Identifier: Apache-2.0
// Read-only questions the screens ask of the light store's projection tables
// (products, institutions, orders, order events). Every row carries the block
// and transaction it was last changed in, for the verification badge.
#pragma once

#include "common/Result.h"
#include "market/MarketRecords.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace credit::store {

class Database;

// The records themselves are market/MarketRecords.h: the screens use them
// without a store header.
using market::DisputeInfo;
using market::InstitutionInfo;
using market::OrderEventInfo;
using market::OrderFilter;
using market::OrderSummary;
using market::ProductInfo;

//! Queries over a (read-only) light store connection. Owned by one thread, like the connection.
class MarketQueries final {
public:
    //! db must outlive this object (LightStore::openReadOnly(...)->database()).
    explicit MarketQueries(Database &db) : m_db(db) { }

    //! Every institution, by name.
    Result<QList<InstitutionInfo>> institutions();
    //! Every registration and status change of one institution, oldest first.
    Result<QList<market::InstitutionChange>> institutionHistory(const QByteArray &account);
    //! The user accounts of one institution, in the order they were opened.
    Result<QList<market::UserInfo>> users(const QByteArray &institution);
    //! The authorisations a bank recorded (empty bank: every bank's), newest first.
    Result<QList<market::AuthorisationInfo>> authorisations(const QByteArray &bank);
    //! The authorisation an order was placed with; nullopt when it named none.
    Result<std::optional<market::AuthorisationInfo>> authorisationOfOrder(quint64 orderId);
    //! Every order placed with one authorisation, oldest first.
    Result<QList<market::AuthorisationUse>> authorisationUses(quint64 authorisationId);
    //! Products with their bureau's name, by id; delisted ones only when asked.
    Result<QList<ProductInfo>> products(bool includeDelisted = false);
    //! Orders matching filter, newest first.
    Result<QList<OrderSummary>> orders(const OrderFilter &filter);
    //! Every event of one order, in chain order.
    Result<QList<OrderEventInfo>> timeline(quint64 orderId);
    //! 链融: the parts the order's partner bureaus owe it, in the product's partner order.
    Result<QList<market::OrderPartInfo>> orderParts(quint64 orderId);
    //! Disputes assigned to mediator (empty: every dispute), newest first.
    Result<QList<DisputeInfo>> disputes(const QByteArray &mediator);
    //! The orders a transaction changed (one for every market call; none for others).
    Result<QList<quint64>> ordersOfTransaction(const QByteArray &txHash);

private:
    Database &m_db;
};

} // namespace credit::store
