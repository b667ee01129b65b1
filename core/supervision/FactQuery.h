// SPDX-License-Identifier: Apache-2.0
// One question over the FactTable: which orders a filter keeps, and what each
// figure says of an order (late? local? letter valid?). The figures, the
// drill-down, the anomalies and the browser all ask through here, so the
// orders behind a number are exactly the ones it counted.
#pragma once

#include "market/SupervisionRecords.h"
#include "supervision/FactTable.h"

#include <QSet>

#include <vector>

namespace credit::supervision {

enum class RegionRelation : quint8 { Unknown, Local, CrossRegion };

class FactQuery final {
public:
    FactQuery(const FactTable &table, const market::SupervisionFilter &filter, const market::AnomalySettings &settings);

    //! Indexes (into table.facts()) of the orders the filter keeps, in chain order.
    const std::vector<quint32> &matching() const { return m_matching; }
    //! Of matching(), the orders in a run of repeated queries (sorted indexes).
    const std::vector<quint32> &repeated();
    //! The runs themselves: each the indexes of one bank's orders for one enterprise within the window.
    const QList<std::vector<quint32>> &repeatedRuns();
    //! Of matching(), runs of orders placed with one recorded authorisation: more than
    //! settings.reuseMaxOrders of them within settings.reuseWindowDays (授权重复使用).
    QList<std::vector<quint32>> reusedAuthorisationRuns() const;

    const FactTable &table() const { return m_table; }
    const ProductEntry *product(const OrderFact &f) const;
    //! The letter's validity when placed: the recorded authorisation's (public) for an order
    //! placed with one, else the decrypted request's.
    market::LetterStatus letter(const OrderFact &f) const;
    //! The recorded authorisation the order was placed with, or nullptr.
    const AuthorisationEntry *authorisation(const OrderFact &f) const;
    //! Whether the filter's period, banks and series keep a recorded authorisation.
    bool keepsAuthorisation(const AuthorisationEntry &a) const;
    //! Whether the filter's period contains `seconds` (a record's recording or revocation).
    bool inPeriod(qint64 seconds) const;
    bool slaBreach(const OrderFact &f) const;
    bool outsideHours(const OrderFact &f) const;
    RegionRelation region(const OrderFact &f) const;
    //! A figure with its key looked up once (an institution's, month's … index; -1: matches nothing).
    struct Figure {
        market::FigureKind kind = market::FigureKind::Orders;
        qint64 key = -1;
        int state = -1;
    };
    Figure resolve(const market::FigureRef &figure) const;
    //! Whether fact `index` is one of the orders behind `figure` (repeated() is computed when needed).
    bool isBehind(const Figure &figure, quint32 index);

private:
    bool keeps(const OrderFact &f) const;
    void findRepeated();

    const FactTable &m_table;
    market::AnomalySettings m_settings;
    qint64 m_fromS = 0, m_toS = 0;
    QSet<int> m_banks, m_bureaus;
    QSet<int> m_series;
    QSet<quint32> m_regions;
    bool m_impossible = false; //!< a filter names only institutions the store does not know
    std::vector<quint32> m_matching;
    bool m_repeatedDone = false;
    std::vector<quint32> m_repeated;
    QList<std::vector<quint32>> m_runs;
};

//! keyed: (key, fact index) sorted, each key's orders in time order. The maximal stretches of
//! one key's orders in which each order has minOrders − 1 others within windowS seconds.
QList<std::vector<quint32>> runsWithin(const std::vector<std::pair<quint64, quint32>> &keyed,
    const std::vector<OrderFact> &facts, quint64 windowS, size_t minOrders);
//! Missing, expired or not yet valid when placed.
bool isWithoutValidLetter(market::LetterStatus status);
//! "yyyy-MM" of a FactTable month (yyyy * 100 + MM).
QString monthText(quint32 month);
//! An account as the figures' keys spell it: 0x + 40 hex digits.
QString accountKey(const QByteArray &account);

} // namespace credit::supervision
