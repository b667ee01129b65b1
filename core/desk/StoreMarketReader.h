// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/MarketReader.h"

#include <QString>

#include <memory>

namespace credit::store {
class Database;
class LightStore;
} // namespace credit::store

namespace credit::desk {

//! MarketReader over a read-only connection to the light store at `path`,
//! opened on first use (the node creates the file on its first sync) and kept
//! on the thread that created this object: SQLite connections stay on their thread.
class StoreMarketReader final : public MarketReader {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreMarketReader)
public:
    StoreMarketReader(QString path, QByteArray self, QObject *parent = nullptr);
    ~StoreMarketReader() override;

    QByteArray self() const override { return m_self; }
    //! The session acts for this institution (its key is a user's).
    void setSelf(const QByteArray &institution) { m_self = institution; }
    bool isReady() override;
    Result<quint64> height() override;
    Result<QList<market::InstitutionInfo>> institutions() override;
    Result<std::optional<market::InstitutionInfo>> institution(const QByteArray &account) override;
    Result<QList<market::UserInfo>> users(const QByteArray &institution) override;
    Result<std::optional<market::User>> user(const QByteArray &account) override;
    Result<QList<market::ProductInfo>> products(bool includeDelisted = false) override;
    Result<QList<market::OrderSummary>> orders(const market::OrderFilter &filter) override;
    Result<QList<market::OrderEventInfo>> timeline(quint64 orderId) override;
    Result<QList<market::OrderPartInfo>> orderParts(quint64 orderId) override;
    Result<std::optional<market::AuthorisationInfo>> authorisationOfOrder(quint64 orderId) override;
    Result<QList<market::DisputeInfo>> disputes(const QByteArray &mediator) override;
    Result<QList<quint64>> ordersOfTransaction(const QByteArray &txHash) override;
    Result<QHash<quint64, market::BlockSeal>> seals(const QList<quint64> &blocks) override;

    //! For the desks in core (recipient keys, document names): the open
    //! connection, or the "wait for the first sync" error.
    Result<store::Database *> database();

private:
    QString m_path;
    QByteArray m_self;
    std::unique_ptr<store::LightStore> m_store;
};

} // namespace credit::desk
