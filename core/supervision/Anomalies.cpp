// SPDX-License-Identifier: Apache-2.0
#include "supervision/Anomalies.h"

#include <QCoreApplication>

#include <algorithm>

namespace credit::supervision {

using market::AnomalyHit;
using market::AnomalyRule;
using market::LetterStatus;

namespace {

QString letterWords(LetterStatus status)
{
    switch (status) {
    case LetterStatus::Missing:
        return QCoreApplication::translate("Anomalies", "no authorisation letter");
    case LetterStatus::Expired:
        return QCoreApplication::translate("Anomalies", "the authorisation letter had expired");
    case LetterStatus::NotYetValid:
        return QCoreApplication::translate("Anomalies", "the authorisation letter was not yet valid");
    default:
        return {};
    }
}

class Collector {
public:
    Collector(market::AnomalyList &list, int limit) : m_list(list), m_limit(limit) { m_list.totalByRule.fill(0, 4); }
    void add(AnomalyHit hit)
    {
        qint64 &total = m_list.totalByRule[int(hit.rule)];
        ++total;
        m_hits[int(hit.rule)] << std::move(hit);
    }
    void finish()
    {
        for (QList<AnomalyHit> &hits : m_hits) {
            std::stable_sort(
                hits.begin(), hits.end(), [](const AnomalyHit &a, const AnomalyHit &b) { return a.atMs > b.atMs; });
            m_list.hits << hits.mid(0, m_limit);
        }
        std::stable_sort(m_list.hits.begin(), m_list.hits.end(),
            [](const AnomalyHit &a, const AnomalyHit &b) { return a.atMs > b.atMs; });
    }

private:
    market::AnomalyList &m_list;
    int m_limit;
    QList<AnomalyHit> m_hits[4];
};

} // namespace

market::AnomalyList findAnomalies(FactQuery &query, const market::AnomalySettings &settings, int limitPerRule)
{
    const FactTable &table = query.table();
    const auto &facts = table.facts();
    const auto &inst = table.institutions();
    market::AnomalyList list;
    list.provenance = table.provenance();
    Collector hits(list, std::max(0, limitPerRule));
    for (quint32 i : query.matching()) {
        const OrderFact &f = facts[i];
        const QString bank = inst.at(f.bank).name;
        const qint64 at = qint64(f.placedS) * 1000;
        if (settings.authorisationRule) {
            const LetterStatus letter = query.letter(f);
            if (isWithoutValidLetter(letter))
                hits.add({ AnomalyRule::WithoutValidLetter, bank, letterWords(letter), at, { f.orderId } });
        }
        if (settings.slaRule && query.slaBreach(f))
            hits.add({ AnomalyRule::SlaBreach, inst.at(f.bureau).name,
                f.deliveredS ? QCoreApplication::translate("Anomalies", "report delivered after the SLA")
                             : QCoreApplication::translate("Anomalies", "report still owed past the SLA"),
                at, { f.orderId } });
        if (settings.disputeRule && f.disputeRaisedS)
            hits.add({ AnomalyRule::Dispute, bank,
                f.disputeResolvedS ? QCoreApplication::translate("Anomalies", "dispute resolved: %1")
                                         .arg(table.resolutions().at(f.resolution))
                                   : QCoreApplication::translate("Anomalies", "dispute open"),
                qint64(f.disputeRaisedS) * 1000, { f.orderId } });
    }
    if (settings.repeatedQueryRule) {
        for (const std::vector<quint32> &run : query.repeatedRuns()) {
            const OrderFact &last = facts[run.back()];
            AnomalyHit hit { AnomalyRule::RepeatedQueries,
                QStringLiteral("%1 → %2").arg(inst.at(last.bank).name, table.enterprises().at(last.enterprise).name),
                QCoreApplication::translate(
                    "Anomalies", "%n queries of one enterprise within %1 days", nullptr, int(run.size()))
                    .arg(settings.repeatWindowDays),
                qint64(last.placedS) * 1000, {} };
            for (quint32 i : run)
                hit.orderIds << facts[i].orderId;
            hits.add(std::move(hit));
        }
    }
    hits.finish();
    return list;
}

} // namespace credit::supervision
