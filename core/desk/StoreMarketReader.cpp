// SPDX-License-Identifier: Apache-2.0
#include "desk/StoreMarketReader.h"

#include "store/LightStore.h"
#include "store/MarketQueries.h"
#include "store/StoreLookups.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace credit::desk {

StoreMarketReader::StoreMarketReader(QString path, QByteArray self, QObject *parent)
    : MarketReader(parent), m_path(std::move(path)), m_self(std::move(self))
{
}

StoreMarketReader::~StoreMarketReader() = default;

bool StoreMarketReader::isReady()
{
    return database().ok();
}

Result<store::Database *> StoreMarketReader::database()
{
    if (!m_store) {
        if (!QFileInfo::exists(m_path))
            return makeError(ErrorKind::NotFound,
                QCoreApplication::translate("MarketReader",
                    "The chain is still being read for the first "
                    "time. Wait a moment and try again."));
        auto opened = store::LightStore::openReadOnly(m_path);
        if (!opened)
            return opened.error();
        m_store = std::move(*opened);
    }
    return &m_store->database();
}

Result<quint64> StoreMarketReader::height()
{
    if (auto db = database(); !db)
        return db.error();
    auto height = m_store->height();
    if (!height)
        return height.error();
    return height->value_or(0);
}

Result<QList<market::InstitutionInfo>> StoreMarketReader::institutions()
{
    auto db = database();
    if (!db)
        return db.error();
    return store::MarketQueries(**db).institutions();
}

Result<std::optional<market::InstitutionInfo>> StoreMarketReader::institution(const QByteArray &account)
{
    auto all = institutions();
    if (!all)
        return all.error();
    const auto it = std::find_if(
        all->cbegin(), all->cend(), [&account](const market::InstitutionInfo &i) { return i.account == account; });
    if (it == all->cend())
        return std::optional<market::InstitutionInfo>();
    return std::optional<market::InstitutionInfo>(*it);
}

Result<QList<market::UserInfo>> StoreMarketReader::users(const QByteArray &institution)
{
    auto db = database();
    if (!db)
        return db.error();
    return store::MarketQueries(**db).users(institution);
}

Result<std::optional<market::User>> StoreMarketReader::user(const QByteArray &account)
{
    auto db = database();
    if (!db)
        return db.error();
    return store::StoreLookups(**db).user(account);
}

Result<QList<market::ProductInfo>> StoreMarketReader::products(bool includeDelisted)
{
    auto db = database();
    if (!db)
        return db.error();
    return store::MarketQueries(**db).products(includeDelisted);
}

Result<QList<market::OrderSummary>> StoreMarketReader::orders(const market::OrderFilter &filter)
{
    auto db = database();
    if (!db)
        return db.error();
    return store::MarketQueries(**db).orders(filter);
}

Result<QList<market::OrderEventInfo>> StoreMarketReader::timeline(quint64 orderId)
{
    auto db = database();
    if (!db)
        return db.error();
    return store::MarketQueries(**db).timeline(orderId);
}

Result<QList<market::OrderPartInfo>> StoreMarketReader::orderParts(quint64 orderId)
{
    auto db = database();
    if (!db)
        return db.error();
    return store::MarketQueries(**db).orderParts(orderId);
}

Result<QList<market::DisputeInfo>> StoreMarketReader::disputes(const QByteArray &mediator)
{
    auto db = database();
    if (!db)
        return db.error();
    return store::MarketQueries(**db).disputes(mediator);
}

Result<std::optional<market::AuthorisationInfo>> StoreMarketReader::authorisationOfOrder(quint64 orderId)
{
    auto db = database();
    if (!db)
        return db.error();
    return store::MarketQueries(**db).authorisationOfOrder(orderId);
}

Result<QList<quint64>> StoreMarketReader::ordersOfTransaction(const QByteArray &txHash)
{
    auto db = database();
    if (!db)
        return db.error();
    return store::MarketQueries(**db).ordersOfTransaction(txHash);
}

Result<QHash<quint64, market::BlockSeal>> StoreMarketReader::seals(const QList<quint64> &blocks)
{
    auto db = database();
    if (!db)
        return db.error();
    store::StoreLookups lookups(**db);
    QHash<quint64, market::BlockSeal> result;
    for (const quint64 block : blocks) {
        if (result.contains(block))
            continue;
        auto seal = lookups.blockSeal(block);
        if (!seal)
            return seal.error();
        if (seal->has_value())
            result.insert(block, **seal);
    }
    return result;
}

} // namespace credit::desk
