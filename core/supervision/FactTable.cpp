// SPDX-License-Identifier: Apache-2.0
#include "supervision/FactTable.h"

#include "store/Sqlite.h"
#include "supervision/EachRow.h"

#include <QCoreApplication>

#include <algorithm>

namespace credit::supervision {

namespace {

quint32 seconds(qint64 ms)
{
    return quint32(ms / 1000);
}

//! A read transaction: head, institutions, products and events from one snapshot.
class ReadSnapshot {
public:
    explicit ReadSnapshot(store::Database &db) : m_db(db) { m_open = bool(m_db.exec(QStringLiteral("BEGIN"))); }
    ~ReadSnapshot()
    {
        if (m_open)
            (void)m_db.exec(QStringLiteral("COMMIT"));
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    store::Database &m_db;
    bool m_open = false;
};

//! Replaces the entry of `id` in list, or appends it and indexes it: records read again when they change.
template<typename Entry> void upsert(QList<Entry> &list, QHash<quint64, quint32> &index, quint64 id, const Entry &entry)
{
    const auto known = index.constFind(id);
    if (known != index.cend()) {
        list[*known] = entry;
    } else {
        index.insert(id, quint32(list.size()));
        list << entry;
    }
}

} // namespace

FactTable::FactTable(store::Database &db) : m_db(db) { }

Result<qint64> FactTable::catchUp()
{
    ReadSnapshot snapshot(m_db);
    const quint64 before = m_headBlock;
    if (auto r = readHead(); !r)
        return r.error();
    if (m_headBlock == before && m_eventWatermark > 0)
        return qint64(0);
    if (auto r = readInstitutions(); !r)
        return r.error();
    if (auto r = readProducts(); !r)
        return r.error();
    if (auto r = readAuthorisations(before); !r)
        return r.error();
    return readEvents();
}

Result<void> FactTable::readHead()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT number, hash, timestamp FROM blocks ORDER BY number DESC LIMIT 1"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (*row) {
        m_headBlock = quint64(stmt->int64(0));
        m_headHash = stmt->blob(1);
        m_headTimeS = seconds(stmt->int64(2));
    }
    return {};
}

quint16 FactTable::institution(const QByteArray &account)
{
    const int known = m_institutionIndex.value(account, -1);
    if (known >= 0)
        return quint16(known);
    m_institutions << InstitutionEntry { account, QString(), 0 };
    m_institutionIndex.insert(account, int(m_institutions.size() - 1));
    return quint16(m_institutions.size() - 1);
}

Result<void> FactTable::readInstitutions()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT account, name, region FROM institutions"));
    if (!stmt)
        return stmt.error();
    return eachRow(*stmt, [this](store::Statement &row) {
        InstitutionEntry &e = m_institutions[institution(row.blob(0))];
        e.name = row.text(1);
        e.province = provinceOf(quint32(row.int64(2)));
    });
}

Result<void> FactTable::readProducts()
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT product_id, name, series, sla_hours, authorisation_required FROM products"));
    if (!stmt)
        return stmt.error();
    return eachRow(*stmt, [this](store::Statement &row) {
        const quint64 id = quint64(row.int64(0));
        upsert(m_products, m_productIndex, id,
            ProductEntry { id, row.text(1),
                market::seriesFromNumber(quint64(row.int64(2))).value_or(market::Series::Liantong),
                quint32(row.int64(3)), row.int64(4) != 0 });
    });
}

Result<void> FactTable::readAuthorisations(quint64 sinceBlock)
{
    // A record's `block` moves with each change (recorded, revoked, used), so
    // a later catch-up reads only the records that changed since.
    auto stmt = m_db.prepare(QStringLiteral("SELECT authorisation_id, bank, series, product_ids, recorded_at, revoked, "
                                            "revoked_at, valid_from, valid_until FROM authorisations "
                                            "WHERE block > ? AND block <= ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, qint64(sinceBlock)).bind(2, qint64(m_headBlock));
    return eachRow(*stmt, [this](store::Statement &row) {
        const quint64 id = quint64(row.int64(0));
        quint8 seriesMask = row.int64(2) > 0 ? quint8(1u << (row.int64(2) & 7)) : 0;
        for (const QString &product : row.text(3).split(u',', Qt::SkipEmptyParts))
            if (const quint32 p = m_productIndex.value(product.toULongLong(), quint32(m_products.size()));
                p < quint32(m_products.size()))
                seriesMask |= quint8(1u << (int(m_products.at(p).series) & 7));
        upsert(m_authorisations, m_authorisationIndex, id,
            AuthorisationEntry { id, institution(row.blob(1)), seriesMask, seconds(row.int64(4)),
                row.int64(5) != 0 ? std::max<quint32>(1, seconds(row.int64(6))) : 0, row.int64(7) / 1000,
                row.int64(8) / 1000 });
    });
}

Result<qint64> FactTable::readEvents()
{
    // The order's own columns only for its OrderPlaced event (a primary-key lookup each).
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT e.id, e.order_id, e.event, e.state, e.detail, e.time, o.bank, o.bureau, o.product_id, "
                       "o.authorisation_hash, o.placed_block, u.authorisation_id FROM order_events e "
                       "LEFT JOIN orders o ON e.event = 'OrderPlaced' AND o.order_id = e.order_id "
                       "LEFT JOIN authorisation_uses u ON e.event = 'OrderPlaced' AND u.order_id = e.order_id "
                       "WHERE e.id > ? AND e.block <= ? ORDER BY e.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, m_eventWatermark).bind(2, qint64(m_headBlock));
    const QByteArray noLetter(32, '\0');
    qint64 read = 0;
    auto all = eachRow(*stmt, [&](store::Statement &row) -> Result<void> {
        ++read;
        m_eventWatermark = row.int64(0);
        const quint64 orderId = quint64(row.int64(1));
        const QString event = row.text(2);
        const quint32 at = seconds(row.int64(5));
        qsizetype index = m_factIndex.value(orderId, -1);
        if (event == QLatin1StringView("OrderPlaced") && index < 0) {
            OrderFact f;
            f.orderId = orderId;
            f.placedS = at;
            f.month = chinaMonth(at);
            f.minuteOfWeek = chinaMinuteOfWeek(at);
            f.bank = institution(row.blob(6));
            f.bureau = institution(row.blob(7));
            f.product = m_productIndex.value(quint64(row.int64(8)), 0);
            f.hasLetter = row.blob(9) != noLetter;
            f.placedBlock = quint32(row.int64(10));
            if (!row.isNull(11)) // AuthorisationUsed precedes OrderPlaced in the same receipt: its record is read
                f.authorisation = m_authorisationIndex.value(quint64(row.int64(11)), 0);
            m_facts.push_back(f);
            index = qsizetype(m_facts.size() - 1);
            m_factIndex.insert(orderId, index);
            if (const auto waiting = m_waiting.constFind(orderId); waiting != m_waiting.cend()) {
                apply(m_facts[size_t(index)], *waiting);
                m_waiting.erase(waiting);
            }
        }
        if (index < 0)
            return makeError(ErrorKind::Corrupt,
                QCoreApplication::translate("FactTable", "the store has an event of order %1 before its placing")
                    .arg(orderId));
        OrderFact &f = m_facts[size_t(index)];
        f.state = market::orderStateFromNumber(quint64(row.int64(3))).value_or(market::OrderState::None);
        if (event == QLatin1StringView("OrderAccepted"))
            f.acceptedS = at;
        else if (event == QLatin1StringView("OrderRejected"))
            f.rejectedS = at;
        else if (event == QLatin1StringView("ReportDelivered"))
            f.deliveredS = at;
        else if (event == QLatin1StringView("DisputeRaised"))
            f.disputeRaisedS = at;
        else if (event == QLatin1StringView("DisputeResolved")) {
            f.disputeResolvedS = at;
            const QString text = row.text(4);
            qsizetype r = m_resolutions.indexOf(text);
            if (r < 0) {
                m_resolutions << text;
                r = m_resolutions.size() - 1;
            }
            f.resolution = quint16(r);
        }
        return {};
    });
    if (!all)
        return all.error();
    return read;
}

void FactTable::attachPrivate(const RequestFacts &facts)
{
    const qsizetype index = m_factIndex.value(facts.orderId, -1);
    if (index < 0) {
        m_waiting.insert(facts.orderId, facts);
        return;
    }
    apply(m_facts[size_t(index)], facts);
}

void FactTable::apply(OrderFact &fact, const RequestFacts &facts)
{
    quint32 e = m_enterpriseIndex.value(facts.enterpriseCode, 0);
    if (e == 0) {
        m_enterprises << EnterpriseEntry { facts.enterpriseCode, facts.enterpriseName, facts.province() };
        e = quint32(m_enterprises.size() - 1);
        m_enterpriseIndex.insert(facts.enterpriseCode, e);
    }
    if (fact.enterprise == 0)
        ++m_decrypted;
    m_pairOrderValid = false;
    fact.enterprise = e;
    fact.privateLetter = facts.letterAt(qint64(fact.placedS) * 1000);
}

const std::vector<std::pair<quint64, quint32>> &FactTable::pairOrder() const
{
    if (!m_pairOrderValid) {
        m_pairOrder.clear();
        m_pairOrderFacts = 0;
    }
    if (m_pairOrderValid && m_pairOrderFacts == m_facts.size())
        return m_pairOrder;
    // New orders (a block's) are sorted alone and merged in: a new block costs its own orders.
    const auto merged = m_pairOrder.size();
    for (size_t i = m_pairOrderFacts; i < m_facts.size(); ++i)
        if (m_facts[i].enterprise != 0)
            m_pairOrder.emplace_back((quint64(m_facts[i].bank) << 32) | m_facts[i].enterprise, quint32(i));
    std::sort(m_pairOrder.begin() + qsizetype(merged), m_pairOrder.end());
    std::inplace_merge(m_pairOrder.begin(), m_pairOrder.begin() + qsizetype(merged), m_pairOrder.end());
    m_pairOrderFacts = m_facts.size();
    m_pairOrderValid = true;
    return m_pairOrder;
}

QList<quint64> FactTable::ordersWithoutPrivateFacts() const
{
    QList<quint64> out;
    for (const OrderFact &f : m_facts)
        if (f.enterprise == 0)
            out << f.orderId;
    return out;
}

market::Provenance FactTable::provenance() const
{
    return market::Provenance { m_headBlock > 0 ? 1u : 0u, m_headBlock, m_headHash, qint64(m_facts.size()),
        m_decrypted };
}

} // namespace credit::supervision
