// SPDX-License-Identifier: Apache-2.0
#include "supervision/Anomalies.h"

#include <QCoreApplication>
#include <QHash>

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
    Collector(market::AnomalyList &list, int limit) : m_list(list), m_limit(limit)
    {
        m_list.totalByRule.fill(0, market::kAnomalyRuleCount);
    }
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
    QList<AnomalyHit> m_hits[market::kAnomalyRuleCount];
};

//! A hit naming a run of orders (their latest's placement is its time).
AnomalyHit runHit(AnomalyRule rule, const QString &subject, const QString &detail, const std::vector<OrderFact> &facts,
    const std::vector<quint32> &run)
{
    AnomalyHit hit { rule, subject, detail, qint64(facts[run.back()].placedS) * 1000, {} };
    for (quint32 i : run)
        hit.orderIds << facts[i].orderId;
    return hit;
}

//! Orders placed with an authorisation revoked at most `days` after them, per authorisation.
void findRevokedAfterUse(FactQuery &query, int days, Collector &hits)
{
    const FactTable &table = query.table();
    const qint64 withinS = qint64(std::max(0, days)) * 86400;
    QHash<quint32, QList<quint64>> byAuthorisation;
    QList<quint32> order; // authorisations in the order of their first such use
    for (quint32 i : query.matching()) {
        const OrderFact &f = table.facts()[i];
        const AuthorisationEntry *a = query.authorisation(f);
        if (!a || !a->revokedS || a->revokedS < f.placedS || qint64(a->revokedS) - qint64(f.placedS) > withinS)
            continue;
        auto &ids = byAuthorisation[f.authorisation];
        if (ids.isEmpty())
            order << f.authorisation;
        ids << f.orderId;
    }
    for (quint32 index : std::as_const(order)) {
        const AuthorisationEntry &a = table.authorisations().at(index);
        hits.add({ AnomalyRule::RevokedAfterUse, table.institutions().at(a.bank).name,
            QCoreApplication::translate("Anomalies", "authorisation %1 revoked ≤ %2 days after %n use(s)", nullptr,
                int(byAuthorisation.value(index).size()))
                .arg(a.authorisationId)
                .arg(days),
            qint64(a.revokedS) * 1000, byAuthorisation.value(index) });
    }
}

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
            hits.add(runHit(AnomalyRule::RepeatedQueries,
                QStringLiteral("%1 → %2").arg(inst.at(last.bank).name, table.enterprises().at(last.enterprise).name),
                QCoreApplication::translate(
                    "Anomalies", "%n queries of one enterprise within %1 days", nullptr, int(run.size()))
                    .arg(settings.repeatWindowDays),
                facts, run));
        }
    }
    if (settings.authorisationReuseRule) {
        for (const std::vector<quint32> &run : query.reusedAuthorisationRuns()) {
            const OrderFact &last = facts[run.back()];
            hits.add(runHit(AnomalyRule::AuthorisationReused, inst.at(last.bank).name,
                QCoreApplication::translate(
                    "Anomalies", "authorisation %1 used by %n orders within %2 days", nullptr, int(run.size()))
                    .arg(table.authorisations().at(last.authorisation).authorisationId)
                    .arg(settings.reuseWindowDays),
                facts, run));
        }
    }
    if (settings.revokedAfterUseRule)
        findRevokedAfterUse(query, settings.revokedWithinDays, hits);
    hits.finish();
    return list;
}

} // namespace credit::supervision
