// SPDX-License-Identifier: Apache-2.0
// What the screens may ask of the verified chain, and nothing else: read-only
// questions answered from the light node's store, on the thread that owns
// the reader (the GUI thread in the app). Pages take a MarketReader& through
// their constructor; tests give them a fake.
#pragma once

#include "common/Result.h"
#include "market/Institution.h"
#include "market/MarketRecords.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace credit::desk {

class MarketReader : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketReader)
public:
    using QObject::QObject;
    ~MarketReader() override = default;

    //! The signed-in institution's account (20 bytes): "my" orders and products.
    virtual QByteArray self() const = 0;
    //! False until the light node has created its store (the first sync);
    //! every question then fails with ErrorKind::NotFound and words to wait.
    virtual bool isReady() = 0;

    //! The highest verified block in the store (0: none yet).
    virtual Result<quint64> height() = 0;
    //! Every institution, by name.
    virtual Result<QList<market::InstitutionInfo>> institutions() = 0;
    //! One institution as the verified blocks left it; nullopt when none registered it.
    virtual Result<std::optional<market::InstitutionInfo>> institution(const QByteArray &account) = 0;
    //! The user accounts of one institution, in the order they were opened.
    virtual Result<QList<market::UserInfo>> users(const QByteArray &institution) = 0;
    //! One user account as the verified blocks left it (active or frozen); nullopt when none opened it.
    virtual Result<std::optional<market::User>> user(const QByteArray &account) = 0;
    //! Products with their bureau's name, by id; delisted ones only when asked.
    virtual Result<QList<market::ProductInfo>> products(bool includeDelisted = false) = 0;
    //! Orders matching filter, newest first.
    virtual Result<QList<market::OrderSummary>> orders(const market::OrderFilter &filter) = 0;
    //! Every event of one order, in chain order.
    virtual Result<QList<market::OrderEventInfo>> timeline(quint64 orderId) = 0;
    //! 链融: the parts the order's partner bureaus owe it, in the product's
    //! partner order (empty for any other order).
    virtual Result<QList<market::OrderPartInfo>> orderParts(quint64 orderId) = 0;
    //! The recorded authorisation the order was placed with; nullopt when it named none.
    virtual Result<std::optional<market::AuthorisationInfo>> authorisationOfOrder(quint64 orderId) = 0;
    //! Disputes assigned to mediator (empty: every dispute), newest first.
    virtual Result<QList<market::DisputeInfo>> disputes(const QByteArray &mediator) = 0;
    //! The orders a verified transaction changed (none for an unknown hash).
    virtual Result<QList<quint64>> ordersOfTransaction(const QByteArray &txHash) = 0;
    //! How each of `blocks` was sealed (blocks not stored are left out).
    virtual Result<QHash<quint64, market::BlockSeal>> seals(const QList<quint64> &blocks) = 0;

Q_SIGNALS:
    //! Verified blocks from..to were committed: what the screens show may have changed.
    void blocksCommitted(quint64 from, quint64 to);
};

} // namespace credit::desk
