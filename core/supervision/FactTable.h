// SPDX-License-Identifier: Apache-2.0
// Every order of the verified store as an OrderFact, kept in memory and
// brought up to date from the store's order events: the first catchUp()
// reads them all, each later one only the events after the last it read
// (order_events' rowid grows with every committed event), so a new block
// costs its own events, not a recount. Not thread-safe: one thread owns the
// table and its read-only store connection.
#pragma once

#include "common/Result.h"
#include "market/SupervisionRecords.h"
#include "supervision/OrderFact.h"
#include "supervision/RequestFacts.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace credit::store {
class Database;
}

namespace credit::supervision {

struct InstitutionEntry {
    QByteArray account;
    QString name;
    quint32 province = 0; //!< the institution's registered region at province level
};

struct ProductEntry {
    quint64 productId = 0;
    QString name;
    market::Series series = market::Series::Liantong;
    quint32 slaHours = 0;
    bool letterRequired = false;
};

//! A recorded authorisation (授权) as the chain states it: public, no decryption.
struct AuthorisationEntry {
    quint64 authorisationId = 0;
    quint16 bank = 0; //!< index into FactTable::institutions()
    quint8 seriesMask = 0; //!< bit s: covers (products of) series s — the whole series or named products
    quint32 recordedS = 0, revokedS = 0; //!< revokedS 0: not revoked
    qint64 validFromS = 0, validUntilS = 0; //!< validity [from, until)
};

struct EnterpriseEntry {
    QString code, name;
    quint32 province = 0;
};

class FactTable final {
public:
    //! db: a read-only connection to the light store, owned by the calling thread; must outlive the table.
    explicit FactTable(store::Database &db);

    //! Reads what the store committed since the last call (everything on the
    //! first): new orders, their state changes, institutions and products.
    //! Returns the number of order events read.
    Result<qint64> catchUp();

    //! Adds (or replaces) an order's decrypted request facts. Facts of an
    //! order not in the table yet wait until it is.
    void attachPrivate(const RequestFacts &facts);
    //! Order ids whose request is not decrypted yet, in chain order.
    QList<quint64> ordersWithoutPrivateFacts() const;

    const std::vector<OrderFact> &facts() const { return m_facts; }
    const QList<InstitutionEntry> &institutions() const { return m_institutions; }
    const QList<ProductEntry> &products() const { return m_products; }
    const QList<EnterpriseEntry> &enterprises() const { return m_enterprises; }
    const QStringList &resolutions() const { return m_resolutions; }
    //! Recorded authorisations in the order first read; [0] is a placeholder ("none").
    const QList<AuthorisationEntry> &authorisations() const { return m_authorisations; }
    //! The blocks the table reflects (firstBlock 1 once anything is read), its head's hash, the counts.
    market::Provenance provenance() const;
    //! The head block's timestamp (seconds): "now" for deadlines, so figures are reproducible.
    quint32 headTimeS() const { return m_headTimeS; }
    //! Index of institution `account`, or -1.
    int institutionIndex(const QByteArray &account) const { return m_institutionIndex.value(account, -1); }
    //! (bank << 32 | enterprise, fact index) of every decrypted order, sorted:
    //! each bank–enterprise pair's orders together, in chain order. Kept until
    //! the table changes, so a filter change does not sort a million pairs again.
    const std::vector<std::pair<quint64, quint32>> &pairOrder() const;
    //! Index of a fact by order id, or -1.
    qsizetype factIndex(quint64 orderId) const { return m_factIndex.value(orderId, -1); }

private:
    Result<void> readHead();
    Result<void> readInstitutions();
    Result<void> readProducts();
    Result<void> readAuthorisations(quint64 sinceBlock);
    Result<qint64> readEvents();
    quint16 institution(const QByteArray &account);
    void apply(OrderFact &fact, const RequestFacts &facts);

    store::Database &m_db;
    std::vector<OrderFact> m_facts;
    QHash<quint64, qsizetype> m_factIndex;
    QList<InstitutionEntry> m_institutions;
    QHash<QByteArray, int> m_institutionIndex;
    QList<ProductEntry> m_products;
    QHash<quint64, quint32> m_productIndex;
    QList<EnterpriseEntry> m_enterprises { EnterpriseEntry {} }; // 0: unknown
    QHash<QString, quint32> m_enterpriseIndex;
    QStringList m_resolutions { QString() }; // 0: none
    QList<AuthorisationEntry> m_authorisations { AuthorisationEntry {} }; // 0: none
    QHash<quint64, quint32> m_authorisationIndex;
    QHash<quint64, RequestFacts> m_waiting; // decrypted before the order was read
    mutable std::vector<std::pair<quint64, quint32>> m_pairOrder;
    mutable bool m_pairOrderValid = false; //!< false: rebuild (a decrypted order changed its pair)
    mutable size_t m_pairOrderFacts = 0; //!< facts [0, this) are in m_pairOrder; later ones are merged in
    qint64 m_eventWatermark = 0;
    qint64 m_decrypted = 0;
    quint64 m_headBlock = 0;
    QByteArray m_headHash;
    quint32 m_headTimeS = 0;
};

} // namespace credit::supervision
