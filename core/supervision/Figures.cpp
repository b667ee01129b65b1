// SPDX-License-Identifier: Apache-2.0
#include "supervision/Figures.h"

#include "market/RegionNames.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace credit::supervision {

using market::GroupCount;
using market::LetterStatus;

namespace {

constexpr int kStates = 9;

QList<GroupCount> sortedGroups(QList<GroupCount> groups)
{
    std::sort(groups.begin(), groups.end(), [](const GroupCount &a, const GroupCount &b) {
        return a.orders != b.orders ? a.orders > b.orders : a.key < b.key;
    });
    return groups;
}

//! Counts per dictionary index, turned into groups with non-zero counts.
template<typename Label> QList<GroupCount> groupsOf(const std::vector<qint64> &counts, const Label &label)
{
    QList<GroupCount> out;
    for (size_t i = 0; i < counts.size(); ++i)
        if (counts[i] > 0) {
            auto [key, text] = label(i);
            out << GroupCount { key, text, counts[i] };
        }
    return sortedGroups(out);
}

//! The recorded authorisations the filter keeps: recorded and revoked within
//! the period, valid and expired at the head block's time (not revoked).
void countAuthorisations(
    const FactQuery &query, market::SupervisionFigures &out, std::vector<market::BankAuthorisationCount> &perBank)
{
    const qint64 nowS = query.table().headTimeS();
    const auto &all = query.table().authorisations();
    for (qsizetype i = 1; i < all.size(); ++i) { // [0]: "none"
        const AuthorisationEntry &a = all.at(i);
        if (!query.keepsAuthorisation(a))
            continue;
        market::BankAuthorisationCount &b = perBank[a.bank];
        const bool recorded = query.inPeriod(a.recordedS), revoked = a.revokedS && query.inPeriod(a.revokedS);
        const bool valid = !a.revokedS && a.validFromS <= nowS && nowS < a.validUntilS;
        const bool expired = !a.revokedS && a.validUntilS <= nowS;
        out.authorisationsRecorded += recorded;
        out.authorisationsRevoked += revoked;
        out.authorisationsValid += valid;
        out.authorisationsExpired += expired;
        b.authorisationsRecorded += recorded;
        b.authorisationsRevoked += revoked;
        b.authorisationsValid += valid;
        b.authorisationsExpired += expired;
    }
}

} // namespace

market::DurationFigure durationFigure(std::vector<quint32> &seconds)
{
    market::DurationFigure d;
    d.count = qint64(seconds.size());
    if (seconds.empty())
        return d;
    auto rank = [&](double p) {
        // Nearest rank: the smallest value with at least p of the values at or below it.
        const size_t k = size_t(std::max(1.0, std::ceil(p * double(seconds.size())))) - 1;
        std::nth_element(seconds.begin(), seconds.begin() + qsizetype(k), seconds.end());
        return qint64(seconds[k]) * 1000;
    };
    d.medianMs = rank(0.5);
    d.p90Ms = rank(0.9);
    return d;
}

market::SupervisionFigures computeFigures(FactQuery &query)
{
    const FactTable &table = query.table();
    const std::vector<OrderFact> &facts = table.facts();
    market::SupervisionFigures out;
    out.provenance = table.provenance();
    out.orders = qint64(query.matching().size());

    std::map<quint32, std::array<qint64, kStates>> months;
    std::vector<qint64> perBank(size_t(table.institutions().size())), perBureau(perBank.size());
    std::vector<qint64> perProductSeries(4), perResolution(size_t(table.resolutions().size()));
    std::array<qint64, 100> perProvince {}; // province code / 10000
    std::array<qint64, kStates> *month = nullptr;
    quint32 monthKey = 0;
    std::vector<market::BankAuthorisationCount> bankLetters(perBank.size());
    std::vector<quint32> toAccept, toDeliver, toResolve;

    for (quint32 i : query.matching()) {
        const OrderFact &f = facts[i];
        if (!month || monthKey != f.month) { // orders come in time order: the month rarely changes
            monthKey = f.month;
            month = &months[f.month];
        }
        ++(*month)[std::min<size_t>(size_t(f.state), kStates - 1)];
        ++perBank[f.bank];
        ++perBureau[f.bureau];
        if (const ProductEntry *p = query.product(f))
            ++perProductSeries[size_t(p->series) % 4];
        if (f.enterprise)
            ++perProvince[table.enterprises().at(f.enterprise).province / 10000 % 100];
        if (f.acceptedS) {
            ++out.accepted;
            toAccept.push_back(f.acceptedS - f.placedS);
            if (f.deliveredS)
                toDeliver.push_back(f.deliveredS - f.acceptedS);
        }
        if (f.rejectedS)
            ++out.rejected;
        if (query.slaBreach(f))
            ++out.slaBreaches;
        if (f.disputeRaisedS)
            ++out.disputesRaised;
        if (f.disputeResolvedS) {
            ++out.disputesResolved;
            ++perResolution[f.resolution];
            toResolve.push_back(f.disputeResolvedS - f.disputeRaisedS);
        }
        switch (query.region(f)) {
        case RegionRelation::Local:
            ++out.localOrders;
            break;
        case RegionRelation::CrossRegion:
            ++out.crossRegionOrders;
            break;
        case RegionRelation::Unknown:
            break;
        }
        const LetterStatus letter = query.letter(f);
        out.letterMissing += letter == LetterStatus::Missing;
        out.letterExpired += letter == LetterStatus::Expired;
        out.letterNotYetValid += letter == LetterStatus::NotYetValid;
        market::BankAuthorisationCount &b = bankLetters[f.bank];
        ++b.queries;
        if (letter != LetterStatus::NotNeeded) {
            ++b.needingLetter;
            b.withValidLetter += letter == LetterStatus::Valid;
            b.withoutValidLetter += isWithoutValidLetter(letter);
        }
        out.outsideHoursOrders += query.outsideHours(f);
        if (const AuthorisationEntry *a = query.authorisation(f)) {
            ++out.authorisedOrders;
            ++b.authorisedOrders;
            out.ordersWithRevokedAuthorisation += a->revokedS != 0;
        }
    }
    countAuthorisations(query, out, bankLetters);
    out.repeatedQueryOrders = qint64(query.repeated().size());
    const qint64 decided = out.accepted + out.rejected;
    out.acceptanceRate = decided ? double(out.accepted) / double(decided) : 0.0;
    out.authorisedShare = out.orders ? double(out.authorisedOrders) / double(out.orders) : 0.0;
    out.timeToAccept = durationFigure(toAccept);
    out.timeToDeliver = durationFigure(toDeliver);
    out.timeToResolve = durationFigure(toResolve);

    for (const auto &[key, byState] : months)
        out.perMonth << market::MonthCounts { monthText(key), QList<qint64>(byState.begin(), byState.end()) };
    const auto &inst = table.institutions();
    auto institutionLabel = [&](size_t i) { return std::pair { accountKey(inst.at(i).account), inst.at(i).name }; };
    out.perBank = groupsOf(perBank, institutionLabel);
    out.perBureau = groupsOf(perBureau, institutionLabel);
    out.perSeries = groupsOf(perProductSeries, [](size_t s) {
        return std::pair { QString::number(s), market::seriesName(market::Series(s)) };
    });
    out.disputeOutcomes = groupsOf(perResolution, [&](size_t r) {
        return std::pair { table.resolutions().at(r), table.resolutions().at(r) };
    });
    for (size_t p = 0; p < perProvince.size(); ++p)
        if (p > 0 && perProvince[p] > 0) // 0: the code has no region digits
            out.perRegion << GroupCount { QString::number(p * 10000), market::regionLabel(quint32(p * 10000)),
                perProvince[p] };
    out.perRegion = sortedGroups(out.perRegion);
    for (size_t i = 0; i < bankLetters.size(); ++i)
        if (bankLetters[i].queries > 0 || bankLetters[i].authorisationsRecorded > 0
            || bankLetters[i].authorisationsValid > 0 || bankLetters[i].authorisationsExpired > 0
            || bankLetters[i].authorisationsRevoked > 0) {
            bankLetters[i].bank = inst.at(i).account;
            bankLetters[i].bankName = inst.at(i).name;
            out.perBankAuthorisation << bankLetters[i];
        }
    return out;
}

} // namespace credit::supervision
