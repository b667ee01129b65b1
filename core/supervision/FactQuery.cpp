// SPDX-License-Identifier: Apache-2.0
#include "supervision/FactQuery.h"

#include "market/OrderDeadline.h"

#include <algorithm>

namespace credit::supervision {

using market::FigureKind;
using market::LetterStatus;

QString monthText(quint32 month)
{
    return QStringLiteral("%1-%2").arg(month / 100, 4, 10, QLatin1Char('0')).arg(month % 100, 2, 10, QLatin1Char('0'));
}

QString accountKey(const QByteArray &account)
{
    return QStringLiteral("0x") + QString::fromLatin1(account.toHex());
}

FactQuery::FactQuery(
    const FactTable &table, const market::SupervisionFilter &filter, const market::AnomalySettings &settings)
    : m_table(table), m_settings(settings), m_fromS(filter.fromMs / 1000), m_toS(filter.toMs / 1000)
{
    for (const QByteArray &bank : filter.banks)
        if (const int i = table.institutionIndex(bank); i >= 0)
            m_banks.insert(i);
    for (const QByteArray &bureau : filter.bureaus)
        if (const int i = table.institutionIndex(bureau); i >= 0)
            m_bureaus.insert(i);
    m_impossible = (!filter.banks.isEmpty() && m_banks.isEmpty()) || (!filter.bureaus.isEmpty() && m_bureaus.isEmpty());
    for (market::Series s : filter.series)
        m_series.insert(int(s));
    for (quint32 r : filter.regions)
        m_regions.insert(provinceOf(r));
    if (m_impossible)
        return;
    const std::vector<OrderFact> &facts = table.facts();
    m_matching.reserve(facts.size());
    for (size_t i = 0; i < facts.size(); ++i)
        if (keeps(facts[i]))
            m_matching.push_back(quint32(i));
}

bool FactQuery::inPeriod(qint64 seconds) const
{
    return (!m_fromS || seconds >= m_fromS) && (!m_toS || seconds < m_toS);
}

bool FactQuery::keepsAuthorisation(const AuthorisationEntry &a) const
{
    if (m_impossible || (!m_banks.isEmpty() && !m_banks.contains(a.bank)))
        return false;
    if (m_series.isEmpty())
        return true;
    for (int series : m_series)
        if (a.seriesMask & (1u << (series & 7)))
            return true;
    return false;
}

bool FactQuery::keeps(const OrderFact &f) const
{
    if (!inPeriod(f.placedS))
        return false;
    if (!m_banks.isEmpty() && !m_banks.contains(f.bank))
        return false;
    if (!m_bureaus.isEmpty() && !m_bureaus.contains(f.bureau))
        return false;
    if (!m_series.isEmpty()) {
        const ProductEntry *p = product(f);
        if (!p || !m_series.contains(int(p->series)))
            return false;
    }
    if (!m_regions.isEmpty() && !m_regions.contains(m_table.enterprises().at(f.enterprise).province))
        return false;
    return true;
}

const ProductEntry *FactQuery::product(const OrderFact &f) const
{
    return f.product < quint32(m_table.products().size()) ? &m_table.products().at(f.product) : nullptr;
}

LetterStatus FactQuery::letter(const OrderFact &f) const
{
    const ProductEntry *p = product(f);
    if (!p || !p->letterRequired)
        return LetterStatus::NotNeeded;
    if (!f.hasLetter)
        return LetterStatus::Missing; // known from the chain: the authorisation hash is zero
    if (const AuthorisationEntry *a = authorisation(f)) { // the recorded validity: public, no decryption needed
        if (qint64(f.placedS) < a->validFromS)
            return LetterStatus::NotYetValid;
        return qint64(f.placedS) < a->validUntilS ? LetterStatus::Valid : LetterStatus::Expired;
    }
    return f.privateLetter;
}

const AuthorisationEntry *FactQuery::authorisation(const OrderFact &f) const
{
    return f.authorisation ? &m_table.authorisations().at(f.authorisation) : nullptr;
}

bool FactQuery::slaBreach(const OrderFact &f) const
{
    const ProductEntry *p = product(f);
    if (!p || p->slaHours == 0)
        return false;
    const quint64 slaS = quint64(p->slaHours) * 3600;
    if (f.deliveredS)
        return f.deliveredS > (f.acceptedS ? f.acceptedS : f.placedS) + slaS;
    const auto deadline
        = market::OrderDeadline::of(f.state, quint64(f.placedS) * 1000, quint64(f.acceptedS) * 1000, p->slaHours);
    return deadline && deadline->overdue(quint64(m_table.headTimeS()) * 1000);
}

bool FactQuery::outsideHours(const OrderFact &f) const
{
    const int weekday = f.minuteOfWeek / 1440, minute = f.minuteOfWeek % 1440;
    return weekday >= 5 || minute < m_settings.workdayStartMinute || minute >= m_settings.workdayEndMinute;
}

RegionRelation FactQuery::region(const OrderFact &f) const
{
    const quint32 enterprise = m_table.enterprises().at(f.enterprise).province;
    const quint32 bank = m_table.institutions().at(f.bank).province;
    if (enterprise == 0 || bank == 0)
        return RegionRelation::Unknown;
    return enterprise == bank ? RegionRelation::Local : RegionRelation::CrossRegion;
}

QList<std::vector<quint32>> runsWithin(const std::vector<std::pair<quint64, quint32>> &keyed,
    const std::vector<OrderFact> &facts, quint64 windowS, size_t minOrders)
{
    QList<std::vector<quint32>> runs;
    size_t groupStart = 0;
    while (groupStart < keyed.size()) {
        size_t groupEnd = groupStart;
        while (groupEnd < keyed.size() && keyed[groupEnd].first == keyed[groupStart].first)
            ++groupEnd;
        // A run: a maximal stretch of the key's orders in which every order
        // has minOrders − 1 others within the window ending at it or after it.
        std::vector<quint32> run;
        size_t left = groupStart, marked = groupStart;
        for (size_t right = groupStart; right < groupEnd; ++right) {
            while (facts[keyed[right].second].placedS - facts[keyed[left].second].placedS > windowS)
                ++left;
            if (right - left + 1 < minOrders)
                continue;
            if (!run.empty() && left > marked) {
                runs << run;
                run.clear();
            }
            for (size_t k = std::max(left, marked); k <= right; ++k)
                run.push_back(keyed[k].second);
            marked = right + 1;
        }
        if (!run.empty())
            runs << run;
        groupStart = groupEnd;
    }
    return runs;
}

QList<std::vector<quint32>> FactQuery::reusedAuthorisationRuns() const
{
    std::vector<std::pair<quint64, quint32>> keyed;
    for (quint32 i : m_matching)
        if (const quint32 a = m_table.facts()[i].authorisation)
            keyed.emplace_back(a, i);
    std::sort(keyed.begin(), keyed.end()); // each authorisation's uses together, in chain order
    // "More than reuseMaxOrders" uses: a run needs reuseMaxOrders + 1 of them.
    return runsWithin(keyed, m_table.facts(), quint64(std::max(0, m_settings.reuseWindowDays)) * 86400,
        size_t(std::max(1, m_settings.reuseMaxOrders)) + 1);
}

const std::vector<quint32> &FactQuery::repeated()
{
    findRepeated();
    return m_repeated;
}

const QList<std::vector<quint32>> &FactQuery::repeatedRuns()
{
    findRepeated();
    return m_runs;
}

void FactQuery::findRepeated()
{
    if (m_repeatedDone)
        return;
    m_repeatedDone = true;
    const std::vector<OrderFact> &facts = m_table.facts();
    // (bank, enterprise, chain position): each pair's orders together, in
    // time order — the table's kept order, narrowed to the matching orders.
    const auto &all = m_table.pairOrder();
    std::vector<std::pair<quint64, quint32>> narrowed;
    if (m_matching.size() != facts.size()) {
        std::vector<char> kept(facts.size(), 0);
        for (quint32 i : m_matching)
            kept[i] = 1;
        narrowed.reserve(m_matching.size());
        for (const auto &pair : all)
            if (kept[pair.second])
                narrowed.push_back(pair);
    }
    const auto &keyed = m_matching.size() == facts.size() ? all : narrowed;
    m_runs = runsWithin(keyed, facts, quint64(std::max(0, m_settings.repeatWindowDays)) * 86400,
        size_t(std::max(2, m_settings.repeatMinOrders)));
    for (const std::vector<quint32> &run : std::as_const(m_runs))
        m_repeated.insert(m_repeated.end(), run.begin(), run.end());
    std::sort(m_repeated.begin(), m_repeated.end());
}

FactQuery::Figure FactQuery::resolve(const market::FigureRef &figure) const
{
    Figure out { figure.kind, -1, figure.state };
    bool ok = false;
    switch (figure.kind) {
    case FigureKind::Bureau:
    case FigureKind::Bank:
    case FigureKind::BankWithoutValidLetter:
    case FigureKind::BankAuthorised:
        out.key = m_table.institutionIndex(QByteArray::fromHex(figure.key.mid(2).toLatin1()));
        break;
    case FigureKind::Month: {
        const QStringList parts = figure.key.split(QLatin1Char('-'));
        if (parts.size() == 2)
            out.key = parts[0].toInt() * 100 + parts[1].toInt();
        break;
    }
    case FigureKind::Series:
    case FigureKind::Region:
        out.key = figure.key.toLongLong(&ok);
        if (!ok)
            out.key = -1;
        break;
    case FigureKind::DisputeOutcome:
        out.key = m_table.resolutions().indexOf(figure.key);
        if (out.key == 0)
            out.key = -1;
        break;
    default:
        out.key = 0;
    }
    return out;
}

bool FactQuery::isBehind(const Figure &figure, quint32 index)
{
    const OrderFact &f = m_table.facts()[index];
    if (figure.key < 0)
        return false;
    switch (figure.kind) {
    case FigureKind::Orders:
        return true;
    case FigureKind::Month:
        return qint64(f.month) == figure.key && (figure.state < 0 || int(f.state) == figure.state);
    case FigureKind::Bureau:
        return f.bureau == figure.key;
    case FigureKind::Bank:
        return f.bank == figure.key;
    case FigureKind::Series: {
        const ProductEntry *p = product(f);
        return p && qint64(p->series) == figure.key;
    }
    case FigureKind::Region:
        return qint64(m_table.enterprises().at(f.enterprise).province) == figure.key;
    case FigureKind::Accepted:
        return f.acceptedS != 0;
    case FigureKind::Rejected:
        return f.rejectedS != 0;
    case FigureKind::SlaBreach:
        return slaBreach(f);
    case FigureKind::DisputeRaised:
        return f.disputeRaisedS != 0;
    case FigureKind::DisputeResolved:
        return f.disputeResolvedS != 0;
    case FigureKind::DisputeOutcome:
        return f.resolution == figure.key;
    case FigureKind::Local:
        return region(f) == RegionRelation::Local;
    case FigureKind::CrossRegion:
        return region(f) == RegionRelation::CrossRegion;
    case FigureKind::LetterMissing:
        return letter(f) == LetterStatus::Missing;
    case FigureKind::LetterExpired:
        return letter(f) == LetterStatus::Expired;
    case FigureKind::LetterNotYetValid:
        return letter(f) == LetterStatus::NotYetValid;
    case FigureKind::RepeatedQuery:
        return std::binary_search(repeated().begin(), repeated().end(), index);
    case FigureKind::OutsideHours:
        return outsideHours(f);
    case FigureKind::BankWithoutValidLetter:
        return f.bank == figure.key && isWithoutValidLetter(letter(f));
    case FigureKind::Authorised:
        return f.authorisation != 0;
    case FigureKind::AuthorisationRevokedSince:
        return f.authorisation != 0 && authorisation(f)->revokedS != 0;
    case FigureKind::BankAuthorised:
        return f.bank == figure.key && f.authorisation != 0;
    }
    return false;
}

bool isWithoutValidLetter(market::LetterStatus status)
{
    return status == LetterStatus::Missing || status == LetterStatus::Expired || status == LetterStatus::NotYetValid;
}

} // namespace credit::supervision
