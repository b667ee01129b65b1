// SPDX-License-Identifier: Apache-2.0
// Read-only questions the screens ask of the light store's projection tables
// (products, institutions, orders, order events). Every row carries the block
// and transaction it was last changed in, for the verification badge.
#pragma once

#include "common/Result.h"
#include "market/MarketEnums.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace credit::store {

class Database;

struct InstitutionInfo {
    QByteArray account;       //!< 20 bytes
    QString code, name;
    market::Role role = market::Role::Bank;
    quint32 region = 0;
    bool active = false;
    QByteArray publicKey;     //!< 64 bytes; its SM3 address is `account` (checked by the contract)
    quint64 block = 0;
    QByteArray tx;
};

struct ProductInfo {
    quint64 productId = 0;
    QByteArray bureau;        //!< 20 bytes
    QString bureauName;       //!< empty when the bureau is not (yet) a known institution
    market::Series series = market::Series::Liantong;
    QString name, description, deliveryFormat;
    quint64 priceFen = 0;
    quint32 slaHours = 0;
    bool authorisationRequired = false;
    bool listed = false;
    quint64 block = 0;
    QByteArray tx;
    int signers = 0, sealers = 0;  //!< how the block was sealed: "sealed by signers of sealers"
};

struct OrderSummary {
    quint64 orderId = 0;
    QByteArray bank, bureau;
    QString bankName, bureauName, productName;
    quint64 productId = 0, priceFen = 0;
    market::OrderState state = market::OrderState::None;
    quint64 placedAtMs = 0, updatedAtMs = 0;
    quint32 slaHours = 0;
    QByteArray authorisationHash;  //!< SM3 of the authorisation letter (zeros: none)
    QByteArray requestDocument;    //!< SM3 name of the request envelope in the document store
    QByteArray reportHash;         //!< SM3 of the report PDF; empty until delivered
    QByteArray reportDocument;     //!< SM3 name of the report envelope; empty until delivered
    quint64 block = 0;
    QByteArray tx;
};

struct OrderEventInfo {
    QString event;            //!< the contract event's name, e.g. "OrderAccepted"
    market::OrderState state = market::OrderState::None;
    QByteArray actor;
    QString actorName;
    QString detail;
    quint64 timeMs = 0;
    quint64 block = 0;
    QByteArray tx;
    quint32 logIndex = 0;
};

//! Which orders: of one bank or bureau (or all), optionally in some states.
struct OrderFilter {
    QByteArray bank;          //!< empty: any bank
    QByteArray bureau;        //!< empty: any bureau
    QList<market::OrderState> states; //!< empty: any state
    quint64 orderId = 0;      //!< 0: any order
};

//! Queries over a (read-only) light store connection. Owned by one thread, like the connection.
class MarketQueries final {
public:
    //! db must outlive this object (LightStore::openReadOnly(...)->database()).
    explicit MarketQueries(Database &db) : m_db(db) {}

    //! Every institution, by name.
    Result<QList<InstitutionInfo>> institutions();
    //! Products with their bureau's name, by id; delisted ones only when asked.
    Result<QList<ProductInfo>> products(bool includeDelisted = false);
    //! Orders matching filter, newest first.
    Result<QList<OrderSummary>> orders(const OrderFilter &filter);
    //! Every event of one order, in chain order.
    Result<QList<OrderEventInfo>> timeline(quint64 orderId);

private:
    Database &m_db;
};

} // namespace credit::store
