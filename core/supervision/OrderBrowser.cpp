// SPDX-License-Identifier: Apache-2.0
#include "supervision/OrderBrowser.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace credit::supervision {

using market::BrowserColumn;

namespace {

//! The rows the browser shows, in chain order: the filter's, narrowed to
//! the figure's orders and the listed ids, then to the search.
std::vector<quint32> searched(FactQuery &query, const market::BrowserQuery &browser)
{
    const FactTable &table = query.table();
    const auto &facts = table.facts();
    std::vector<quint32> narrowed;
    const std::vector<quint32> *rows = &query.matching();
    if (browser.figure || !browser.orderIds.isEmpty()) {
        const QSet<quint64> ids(browser.orderIds.cbegin(), browser.orderIds.cend());
        const std::optional<FactQuery::Figure> figure
            = browser.figure ? std::optional(query.resolve(*browser.figure)) : std::nullopt;
        for (quint32 i : query.matching())
            if ((ids.isEmpty() || ids.contains(facts[i].orderId)) && (!figure || query.isBehind(*figure, i)))
                narrowed.push_back(i);
        rows = &narrowed;
    }
    const QString needle = browser.search.trimmed();
    if (needle.isEmpty())
        return *rows;
    bool isNumber = false;
    const quint64 id = needle.toULongLong(&isNumber);
    // Each enterprise is tested once, not once per order.
    std::vector<char> enterpriseHit(size_t(table.enterprises().size()), 0);
    for (qsizetype e = 1; e < table.enterprises().size(); ++e) {
        const EnterpriseEntry &entry = table.enterprises().at(e);
        enterpriseHit[size_t(e)]
            = entry.name.contains(needle, Qt::CaseInsensitive) || entry.code.contains(needle, Qt::CaseInsensitive);
    }
    std::vector<quint32> out;
    for (quint32 i : *rows) {
        const OrderFact &f = facts[i];
        if (enterpriseHit[f.enterprise] || (isNumber && f.orderId == id))
            out.push_back(i);
    }
    return out;
}

//! Strict weak order of two facts by a column (ties by order id, so pages are stable).
std::function<bool(quint32, quint32)> lessBy(const FactQuery &query, BrowserColumn column, bool ascending)
{
    const FactTable &table = query.table();
    const auto &facts = table.facts();
    auto byId = [&facts](quint32 a, quint32 b) { return facts[a].orderId < facts[b].orderId; };
    std::function<int(quint32, quint32)> compare;
    auto text = [](const QString &a, const QString &b) { return QString::compare(a, b); };
    switch (column) {
    case BrowserColumn::OrderId:
        compare = [](quint32, quint32) { return 0; };
        break;
    case BrowserColumn::PlacedAt:
        compare = [&facts](quint32 a, quint32 b) {
            return int(facts[a].placedS > facts[b].placedS) - int(facts[a].placedS < facts[b].placedS);
        };
        break;
    case BrowserColumn::State:
        compare = [&facts](quint32 a, quint32 b) { return int(facts[a].state) - int(facts[b].state); };
        break;
    case BrowserColumn::Bank:
        compare = [&](quint32 a, quint32 b) {
            return text(table.institutions().at(facts[a].bank).name, table.institutions().at(facts[b].bank).name);
        };
        break;
    case BrowserColumn::Bureau:
        compare = [&](quint32 a, quint32 b) {
            return text(table.institutions().at(facts[a].bureau).name, table.institutions().at(facts[b].bureau).name);
        };
        break;
    case BrowserColumn::Product:
        compare = [&](quint32 a, quint32 b) {
            const ProductEntry *pa = query.product(facts[a]), *pb = query.product(facts[b]);
            return text(pa ? pa->name : QString(), pb ? pb->name : QString());
        };
        break;
    case BrowserColumn::Enterprise:
        compare = [&](quint32 a, quint32 b) {
            return text(
                table.enterprises().at(facts[a].enterprise).name, table.enterprises().at(facts[b].enterprise).name);
        };
        break;
    case BrowserColumn::EnterpriseCode:
        compare = [&](quint32 a, quint32 b) {
            return text(
                table.enterprises().at(facts[a].enterprise).code, table.enterprises().at(facts[b].enterprise).code);
        };
        break;
    case BrowserColumn::Region:
        compare = [&](quint32 a, quint32 b) {
            const quint32 ra = table.enterprises().at(facts[a].enterprise).province;
            const quint32 rb = table.enterprises().at(facts[b].enterprise).province;
            return int(ra > rb) - int(ra < rb);
        };
        break;
    }
    return [compare, byId, ascending](quint32 a, quint32 b) {
        const int c = compare(a, b);
        if (c != 0)
            return ascending ? c < 0 : c > 0;
        return ascending ? byId(a, b) : byId(b, a);
    };
}

} // namespace

market::BrowserRow browserRow(const FactQuery &query, quint32 index)
{
    const FactTable &table = query.table();
    const OrderFact &f = table.facts()[index];
    market::BrowserRow row;
    row.orderId = f.orderId;
    row.placedAtMs = qint64(f.placedS) * 1000;
    row.state = f.state;
    row.bank = table.institutions().at(f.bank).account;
    row.bankName = table.institutions().at(f.bank).name;
    row.bankRegion = table.institutions().at(f.bank).province;
    row.bureau = table.institutions().at(f.bureau).account;
    row.bureauName = table.institutions().at(f.bureau).name;
    if (const ProductEntry *p = query.product(f)) {
        row.productId = p->productId;
        row.productName = p->name;
        row.series = p->series;
    }
    const EnterpriseEntry &e = table.enterprises().at(f.enterprise);
    row.enterpriseName = e.name;
    row.enterpriseCode = e.code;
    row.enterpriseRegion = e.province;
    row.letter = query.letter(f);
    return row;
}

market::BrowserPage browse(FactQuery &query, const market::BrowserQuery &browser)
{
    market::BrowserPage page;
    page.provenance = query.table().provenance();
    std::vector<quint32> rows = searched(query, browser);
    page.total = qint64(rows.size());
    const qint64 offset = std::clamp<qint64>(browser.offset, 0, page.total);
    const qint64 end = std::min<qint64>(page.total, offset + std::max(0, browser.limit));
    const auto less = lessBy(query, browser.sortBy, browser.ascending);
    std::partial_sort(rows.begin(), rows.begin() + end, rows.end(), less);
    for (qint64 i = offset; i < end; ++i)
        page.rows << browserRow(query, rows[size_t(i)]);
    return page;
}

void forEachBrowserRow(
    FactQuery &query, const market::BrowserQuery &browser, const std::function<bool(const market::BrowserRow &)> &row)
{
    std::vector<quint32> rows = searched(query, browser);
    std::stable_sort(rows.begin(), rows.end(), lessBy(query, browser.sortBy, browser.ascending));
    for (quint32 i : rows)
        if (!row(browserRow(query, i)))
            return;
}

market::OrderIdPage drillDown(FactQuery &query, const market::FigureRef &figure, qint64 offset, int limit)
{
    market::OrderIdPage page;
    page.provenance = query.table().provenance();
    const FactQuery::Figure resolved = query.resolve(figure);
    const auto &facts = query.table().facts();
    for (quint32 i : query.matching()) {
        if (!query.isBehind(resolved, i))
            continue;
        if (page.total >= offset && page.orderIds.size() < limit)
            page.orderIds << facts[i].orderId;
        ++page.total;
    }
    return page;
}

} // namespace credit::supervision
