// SPDX-License-Identifier: Apache-2.0
// The demo history as a list of dated actions: products first, then a year of
// orders whose end states follow fixed shares, so every state of the order
// machine is on the chain whatever the seed.
#include "devnet/DemoPlan.h"

#include "devnet/DemoDice.h"
#include "devnet/DemoDocuments.h"
#include "devnet/DemoTimeline.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace credit::devnet {

namespace {

using market::Role;
using market::Series;

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kChinaOffset = 8 * kHour; // Asia/Shanghai has no daylight saving
constexpr int kUpdatedProducts = 3;

// The day number in China time (day 0 = 1970-01-01) and the time it starts (UTC ms).
qint64 chinaDay(qint64 t)
{
    return (t + kChinaOffset) / kDay;
}
qint64 chinaDayStart(qint64 day)
{
    return day * kDay - kChinaOffset;
}

// A time on the same day between 09:00 and 18:00 China time; most weekend
// work moves to the Friday before, as it would at a bank. Kept inside [lo, hi].
qint64 officeHours(qint64 t, qint64 lo, qint64 hi, DemoDice &dice)
{
    qint64 day = chinaDay(t);
    const qint64 weekday = (day + 3) % 7; // 1970-01-01 was a Thursday; Monday = 0
    if (weekday >= 5 && dice.chance(0.85))
        day -= weekday - 4;
    const qint64 at = chinaDayStart(day) + 9 * kHour + static_cast<qint64>(dice.between(0, 9 * kHour));
    return std::clamp(at, lo, hi);
}

struct Cast {
    QList<QByteArray> banks;
    QList<quint32> bankRegions;
    QList<QByteArray> mediators;
    QHash<QByteArray, quint32> bureauRegions;
    QHash<QByteArray, QList<int>> users; //!< institution → indexes into DemoSpec::users
};

Result<Cast> castOf(const QList<GenesisInstitution> &institutions, const QList<DemoUser> &users)
{
    Cast c;
    for (qsizetype u = 0; u < users.size(); ++u) {
        const bool known = std::any_of(institutions.cbegin(), institutions.cend(),
            [&](const GenesisInstitution &i) { return i.account == users[u].institution; });
        if (!known)
            return makeError(ErrorKind::InvalidInput,
                QStringLiteral("genesis demoHistory: user %1 belongs to an account that is not a genesis institution")
                    .arg(users[u].name));
        c.users[users[u].institution] << static_cast<int>(u);
    }
    for (const auto &i : institutions) {
        if (i.role == static_cast<int>(Role::Bank)) {
            c.banks << i.account;
            c.bankRegions << i.region;
        } else if (i.role == static_cast<int>(Role::Mediator)) {
            c.mediators << i.account;
        } else if (i.role == static_cast<int>(Role::Bureau)) {
            c.bureauRegions.insert(i.account, i.region);
        }
    }
    if (c.banks.isEmpty() || c.mediators.isEmpty() || c.bureauRegions.isEmpty())
        return makeError(ErrorKind::InvalidInput,
            QStringLiteral("genesis demoHistory: the genesis institutions need at least one bank, "
                           "one bureau and one mediator"));
    return c;
}

// An order before its id is known: what happens to it and when it is placed.
struct Draft {
    DemoFate fate = DemoFate::Completed;
    qint64 placedAt = 0;
    int bank = 0;
    int product = 0;
    int enterprise = 0;
    QByteArray mediator;
    DemoTimeline timeline;
};

class Planner {
public:
    Planner(const DemoSpec &spec, Cast cast, qint64 start, qint64 end)
        : m_spec(spec), m_cast(std::move(cast)), m_start(start), m_end(end), m_dice(spec.seed)
    {
    }

    QList<DemoAction> run()
    {
        planProducts();
        QList<Draft> drafts;
        for (const DemoFate fate : demoFates(m_spec.orders, m_dice))
            drafts << draft(fate);
        keepInboxesBusy(drafts);
        keepEveryFateJoint(drafts);
        std::stable_sort(
            drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) { return a.placedAt < b.placedAt; });
        qint64 day = -1;
        int ofDay = 0;
        for (const Draft &d : drafts) {
            const qint64 placedDay = chinaDay(d.placedAt);
            ofDay = placedDay == day ? ofDay + 1 : 1;
            day = placedDay;
            emitOrder(d, orderId(placedDay, ofDay));
        }
        std::stable_sort(m_actions.begin(), m_actions.end(),
            [](const DemoAction &a, const DemoAction &b) { return a.timeMs < b.timeMs; });
        signByUsers();
        recordAuthorisations();
        return m_actions;
    }

private:
    // Readable ids that sort by time: yyyymmdd (China time), then the order's
    // number that day in five digits (more than kMaxOrders: ids never collide).
    static quint64 orderId(qint64 day, int ofDay)
    {
        static_assert(DemoSpec::kMaxOrders < 100000);
        const QDate date = QDate(1970, 1, 1).addDays(day);
        return static_cast<quint64>(date.year() * 10000 + date.month() * 100 + date.day()) * 100000
            + static_cast<quint64>(ofDay);
    }

    void planProducts()
    {
        const qsizetype n = m_spec.products.size();
        // Listing takes the first days; orders start the day after.
        const qint64 gap = std::min<qint64>(5 * kHour, 5 * kDay / n);
        for (qsizetype i = 0; i < n; ++i) {
            const DemoProduct &p = m_spec.products[i];
            DemoAction a;
            a.timeMs = m_start + (i + 1) * gap;
            a.step = DemoStep::ListProduct;
            a.actor = p.bureau;
            a.productId = p.listing.productId;
            m_actions << a;
        }
        m_ordersFrom = m_start + (n + 1) * gap + kDay;

        // One 链服 product (or the last one) is withdrawn a month before the end.
        if (n >= 2 && m_end - 30 * kDay > m_ordersFrom + 30 * kDay) {
            m_delisted = static_cast<int>(n - 1);
            for (qsizetype i = 0; i < n; ++i)
                if (m_spec.products[i].listing.series == Series::Lianfu)
                    m_delisted = static_cast<int>(i);
            m_delistAt = m_end - 30 * kDay;
            DemoAction a;
            a.timeMs = m_delistAt;
            a.step = DemoStep::DelistProduct;
            a.actor = m_spec.products[m_delisted].bureau;
            a.productId = m_spec.products[m_delisted].listing.productId;
            m_actions << a;
        }
        // A few price rises in the middle of the year.
        for (int k = 0; k < kUpdatedProducts && n > 1; ++k) {
            const auto i = static_cast<int>(m_dice.below(static_cast<quint64>(n)));
            if (i == m_delisted)
                continue;
            const DemoProduct &p = m_spec.products[i];
            DemoAction a;
            a.timeMs = officeHours(
                m_start + static_cast<qint64>(static_cast<double>(m_end - m_start) * m_dice.between(0.4, 0.6)),
                m_ordersFrom, m_end, m_dice);
            a.step = DemoStep::UpdateProduct;
            a.actor = p.bureau;
            a.productId = p.listing.productId;
            a.priceFen
                = (static_cast<quint64>(static_cast<double>(p.listing.priceFen) * m_dice.between(1.05, 1.15)) + 50)
                / 100 * 100;
            a.slaHours = p.listing.slaHours;
            a.text = p.listing.description;
            m_actions << a;
        }
    }

    int pickBank()
    {
        // Bigger banks first in the genesis file order: weights 5, 4, 3, … (at least 1).
        QList<double> w;
        for (qsizetype i = 0; i < m_cast.banks.size(); ++i)
            w << std::max<double>(1.0, 5.0 - static_cast<double>(i) * 0.8);
        return m_dice.weighted(w);
    }

    // Reports are bought more than services; local bureaus are preferred.
    int pickProduct(int bank, bool open)
    {
        QList<double> w;
        for (qsizetype i = 0; i < m_spec.products.size(); ++i) {
            const DemoProduct &p = m_spec.products[i];
            const double series = p.listing.series == Series::Liantong ? 3.0
                : p.listing.series == Series::Lianrong                 ? 1.5
                                                                       : 1.0;
            const bool local = m_cast.bureauRegions.value(p.bureau) == m_cast.bankRegions[bank];
            w << (open && i == m_delisted ? 0.0 : series * (local ? 2.5 : 1.0));
        }
        return m_dice.weighted(w);
    }

    int pickEnterprise(int bank)
    {
        QList<int> local;
        for (qsizetype i = 0; i < m_spec.enterprises.size(); ++i)
            if (m_spec.enterprises[i].region == m_cast.bankRegions[bank])
                local << static_cast<int>(i);
        if (!local.isEmpty() && m_dice.chance(0.7))
            return m_dice.pick(local);
        return static_cast<int>(m_dice.below(static_cast<quint64>(m_spec.enterprises.size())));
    }

    Draft draft(DemoFate fate)
    {
        Draft d;
        d.bank = pickBank();
        d.product = pickProduct(d.bank, isOpenFate(fate));
        d.enterprise = pickEnterprise(d.bank);
        d.mediator = m_dice.pick(m_cast.mediators);
        schedule(d, fate);
        return d;
    }

    // Every bureau finds new orders in its inbox, whatever the seed and the day
    // the history ends on (the shares alone leave a small bureau none on some
    // days): a bureau with fewer than kPlacedPerBureau orders still waiting
    // gets some of its completed ones placed recently instead. They count
    // and come from its single-bureau products: a bureau can take such an
    // order from acceptance to delivery alone (a 链融 one waits on partners),
    // which is what a first look at the desk, the tour and the tests do.
    void keepInboxesBusy(QList<Draft> &drafts)
    {
        constexpr int kPlacedPerBureau = 3;
        QList<QByteArray> bureaus; // in the spec's order: the plan stays a pure function of it
        for (const DemoProduct &p : m_spec.products)
            if (!bureaus.contains(p.bureau))
                bureaus << p.bureau;
        // Most orders stay completed (a small demo keeps one of each fate).
        auto completed = std::count_if(
            drafts.cbegin(), drafts.cend(), [](const Draft &d) { return d.fate == DemoFate::Completed; });
        for (const QByteArray &bureau : std::as_const(bureaus)) {
            const auto alone = [&](const Draft &d) {
                const DemoProduct &p = m_spec.products[d.product];
                return p.bureau == bureau && p.listing.partnerBureaus.isEmpty();
            };
            auto waiting = std::count_if(
                drafts.cbegin(), drafts.cend(), [&](const Draft &d) { return d.fate == DemoFate::Placed && alone(d); });
            for (Draft &d : drafts) {
                if (waiting >= kPlacedPerBureau || completed <= drafts.size() / 2)
                    break;
                if (d.fate == DemoFate::Completed && alone(d) && d.product != m_delisted) {
                    schedule(d, DemoFate::Placed);
                    ++waiting;
                    --completed;
                }
            }
        }
    }

    // 链融 orders in every state, whatever the seed and the day the history
    // ends on: the dice (weekend office hours move with the date) can leave a
    // rare fate without a joint order, and the bureau inbox, the parts panel
    // and the regulator then have nothing to show for it. A missing fate takes
    // a completed joint order, as keepInboxesBusy does. An accepted one needs
    // two partners or more and an hour left after its acceptance (an order
    // accepted as the history ends has no part in yet), so one partner's part
    // is in and the last one's awaited.
    void keepEveryFateJoint(QList<Draft> &drafts)
    {
        const auto partners = [&](const Draft &d) { return m_spec.products[d.product].listing.partnerBureaus.size(); };
        const auto shows = [&](const Draft &d, DemoFate fate) {
            if (d.fate != fate || partners(d) < (fate == DemoFate::Accepted ? 2 : 1))
                return false;
            if (fate != DemoFate::Accepted)
                return true;
            const auto accept = std::find_if(d.timeline.steps.cbegin(), d.timeline.steps.cend(),
                [](const DemoTimeline::Step &s) { return s.step == DemoStep::AcceptOrder; });
            return accept != d.timeline.steps.cend() && d.placedAt + accept->offsetMs < m_end - kHour;
        };
        for (const DemoFate fate : { DemoFate::Resolved, DemoFate::Rejected, DemoFate::Cancelled, DemoFate::Disputed,
                 DemoFate::Delivered, DemoFate::Accepted, DemoFate::Placed }) {
            if (std::any_of(drafts.cbegin(), drafts.cend(), [&](const Draft &d) { return shows(d, fate); }))
                continue;
            auto jointCompleted = std::count_if(drafts.cbegin(), drafts.cend(),
                [&](const Draft &d) { return d.fate == DemoFate::Completed && partners(d) > 0; });
            for (Draft &d : drafts) {
                if (jointCompleted < 2)
                    break; // a completed joint order stays
                if (d.fate != DemoFate::Completed || partners(d) == 0 || d.product == m_delisted)
                    continue;
                const Draft before = d;
                schedule(d, fate);
                if (shows(d, fate))
                    break;
                d = before; // placed too late to show it: the next one
                --jointCompleted;
            }
        }
    }

    void schedule(Draft &d, DemoFate fate)
    {
        const bool open = isOpenFate(fate);
        d.fate = fate;
        d.timeline = demoTimeline(fate, m_spec.products[d.product].listing.slaHours, m_dice);
        const qint64 room = m_end - m_ordersFrom;
        if (d.timeline.span() > room * 9 / 10) // a short demo window: squeeze the order's life into it
            d.timeline.scale(static_cast<double>(room) * 0.9 / static_cast<double>(d.timeline.span()));
        qint64 latest = m_end - d.timeline.span();
        if (d.product == m_delisted)
            latest = std::min(latest, m_delistAt - kHour);
        if (open) {
            // Still running: placed shortly before the end of the history.
            const qint64 window = openWindow(fate, m_spec.products[d.product].listing.slaHours);
            const qint64 at = latest - static_cast<qint64>(m_dice.unit() * static_cast<double>(window));
            d.placedAt = officeHours(at, m_ordersFrom, latest, m_dice);
        } else {
            // Busier towards the present: half uniform, half with a rising density.
            const double u = m_dice.chance(0.5) ? m_dice.unit() : std::sqrt(m_dice.unit());
            const qint64 at = m_ordersFrom + static_cast<qint64>(u * static_cast<double>(latest - m_ordersFrom));
            d.placedAt = officeHours(at, m_ordersFrom, latest, m_dice);
        }
    }

    // How long before the end an order still running was placed. An order
    // waiting for the bureau (to accept, or to deliver once accepted) owes the
    // report within the product's SLA: placed within 1.25 SLAs, about one in
    // five is overdue when the history ends and the rest are still in time,
    // as at a bureau that mostly keeps its promises (weekend orders, moved to
    // the Friday before, are the likelier to be late).
    static qint64 openWindow(DemoFate fate, quint32 slaHours)
    {
        const qint64 sla = static_cast<qint64>(slaHours) * kHour * 5 / 4;
        switch (fate) {
        case DemoFate::Placed:
            return std::min(4 * kDay, sla);
        case DemoFate::Accepted:
            return std::min(8 * kDay, sla);
        case DemoFate::Delivered:
            return 12 * kDay;
        default:
            return 40 * kDay;
        }
    }

    void emitOrder(const Draft &d, quint64 id)
    {
        const DemoProduct &p = m_spec.products[d.product];
        const QByteArray bank = m_cast.banks[d.bank];
        for (const DemoTimeline::Step &s : d.timeline.steps) {
            DemoAction a;
            a.timeMs = d.placedAt + s.offsetMs;
            a.step = s.step;
            a.actor = s.actor == DemoTimeline::Actor::Bank ? bank
                : s.actor == DemoTimeline::Actor::Bureau   ? p.bureau
                                                           : d.mediator;
            a.orderId = id;
            a.productId = p.listing.productId;
            a.text = s.text;
            if (s.step == DemoStep::PlaceOrder)
                a.enterprise = d.enterprise;
            if (s.step == DemoStep::RaiseDispute)
                a.mediator = d.mediator;
            m_actions << a;
        }
        emitParts(d, id);
    }

    // 链融: each partner delivers its part after the lead bureau accepts and
    // before the fused report. When no report follows (the order is still
    // Accepted, or disputed over it), the last partner's part is still awaited,
    // so the demo shows orders with every part in, some in, and none (one
    // partner). Evenly spaced in the window: the dice (and so the rest of the
    // demo) are those of a market without parts.
    void emitParts(const Draft &d, quint64 id)
    {
        const DemoProduct &p = m_spec.products[d.product];
        const QList<QByteArray> &partners = p.listing.partnerBureaus;
        const auto accept = std::find_if(d.timeline.steps.cbegin(), d.timeline.steps.cend(),
            [](const DemoTimeline::Step &s) { return s.step == DemoStep::AcceptOrder; });
        if (partners.isEmpty() || accept == d.timeline.steps.cend())
            return;
        const auto next = accept + 1;
        const bool reportFollows = next != d.timeline.steps.cend() && next->step == DemoStep::DeliverReport;
        const qint64 from = d.placedAt + accept->offsetMs;
        const qint64 until = next != d.timeline.steps.cend() ? d.placedAt + next->offsetMs : m_end;
        const qsizetype delivering = reportFollows ? partners.size() : partners.size() - 1;
        for (qsizetype i = 0; i < delivering; ++i) {
            DemoAction a;
            a.timeMs = from + (until - from) * (i + 1) / (partners.size() + 1);
            if (a.timeMs <= from || a.timeMs >= until)
                continue; // a squeezed timeline leaves no room: the part stays awaited
            a.step = DemoStep::DeliverPart;
            a.actor = partners[i];
            a.orderId = id;
            a.productId = p.listing.productId;
            m_actions << a;
        }
    }

    // Who signs: about half of the order and dispute steps go to one of the
    // acting institution's users, and one bank user is frozen by its bank
    // later in the year (so the operator's Users page has one to show). Dice
    // of their own: the orders stay what the seed made them without users.
    void signByUsers()
    {
        if (m_cast.users.isEmpty())
            return;
        DemoDice dice(m_spec.seed ^ 0x7573657273ULL); // "users"
        int frozen = -1;
        qint64 frozenAt = m_end + 1;
        for (const QByteArray &bank : std::as_const(m_cast.banks)) {
            const QList<int> users = m_cast.users.value(bank);
            if (users.size() < 2)
                continue; // the bank keeps an active user
            frozen = users.last();
            frozenAt = officeHours(
                m_start + static_cast<qint64>(static_cast<double>(m_end - m_start) * dice.between(0.65, 0.75)),
                m_ordersFrom, m_end, dice);
            DemoAction a;
            a.timeMs = frozenAt;
            a.step = DemoStep::FreezeUser;
            a.actor = bank;
            a.user = frozen;
            const auto at = std::upper_bound(m_actions.begin(), m_actions.end(), frozenAt,
                [](qint64 t, const DemoAction &b) { return t < b.timeMs; });
            m_actions.insert(at, a);
            break;
        }
        for (DemoAction &a : m_actions) {
            if (!signableByUser(a.step) || !dice.chance(0.5))
                continue;
            QList<int> active = m_cast.users.value(a.actor);
            if (a.timeMs >= frozenAt)
                active.removeAll(frozen);
            if (!active.isEmpty())
                a.signedBy = m_spec.users[dice.pick(active)].account;
        }
    }

    // Every order of a product that needs an authorisation names one: the
    // bank's letter from that enterprise for that product, recorded just
    // before the first order that needs it and used until it expires
    // (demo letters are valid kDemoLetterValidityDays from their first day).
    // About a quarter are revoked by the bank some days after their last use.
    void recordAuthorisations()
    {
        QHash<quint64, bool> needsOne;
        for (const DemoProduct &p : m_spec.products)
            needsOne.insert(p.listing.productId, p.listing.authorisationRequired);
        struct Held {
            quint64 id = 0;
            qint64 endsAt = 0;
            qsizetype lastUse = -1;
            QByteArray bank;
        };
        QHash<QString, Held> current; // bank|enterprise|product
        QList<Held> all;
        QList<DemoAction> out;
        quint64 next = 0;
        for (DemoAction a : std::as_const(m_actions)) {
            if (a.step == DemoStep::PlaceOrder && needsOne.value(a.productId)) {
                const QString key = QStringLiteral("%1|%2|%3")
                                        .arg(QString::fromLatin1(a.actor.toHex()))
                                        .arg(a.enterprise)
                                        .arg(a.productId);
                Held &held = current[key];
                if (held.id == 0 || a.timeMs >= held.endsAt) {
                    if (held.id != 0)
                        all << held;
                    held = Held { orderIdBase(a.timeMs) + ++next,
                        chinaDayStart(chinaDay(a.timeMs) + kDemoLetterValidityDays + 1), -1, a.actor };
                    DemoAction record = a;
                    record.step = DemoStep::RecordAuthorisation;
                    record.authorisationId = held.id;
                    out << record;
                }
                a.authorisationId = held.id;
                held.lastUse = out.size();
            }
            out << a;
        }
        for (const Held &held : std::as_const(current))
            all << held;
        std::sort(all.begin(), all.end(), [](const Held &x, const Held &y) { return x.id < y.id; });
        DemoDice dice(m_spec.seed ^ 0x617574686f72ULL); // "author"
        QList<DemoAction> revocations;
        const auto revoke = [&](const Held &held) {
            // Some days after its last use, while it would still be valid and the history lasts.
            const qint64 at = out[held.lastUse].timeMs + static_cast<qint64>(dice.between(1 * kDay, 10 * kDay));
            const qint64 until = std::min(held.endsAt, m_end);
            if (at >= until)
                return;
            DemoAction a;
            a.timeMs = officeHours(at, at, until - 1, dice);
            a.step = DemoStep::RevokeAuthorisation;
            a.actor = held.bank;
            a.authorisationId = held.id;
            a.text = dice.chance(0.5) ? QStringLiteral("企业申请撤回授权") : QStringLiteral("授信业务终止，收回授权");
            revocations << a;
        };
        for (const Held &held : std::as_const(all))
            if (held.lastUse >= 0 && dice.chance(0.25))
                revoke(held);
        // At least one whatever the dice, so every demo shows a revoked authorisation.
        for (qsizetype h = 0; revocations.isEmpty() && h < all.size(); ++h)
            if (all[h].lastUse >= 0)
                revoke(all[h]);
        for (const DemoAction &revocation : std::as_const(revocations)) {
            const auto at = std::upper_bound(
                out.begin(), out.end(), revocation.timeMs, [](qint64 t, const DemoAction &b) { return t < b.timeMs; });
            out.insert(at, revocation);
        }
        m_actions = out;
    }

    // Authorisation ids read like order ids: yyyymmdd (China time) of the
    // first use, then a running number, in a range of their own (9xxxxx).
    static quint64 orderIdBase(qint64 t)
    {
        const QDate day = QDate(1970, 1, 1).addDays(chinaDay(t));
        return (static_cast<quint64>(day.year()) * 10000 + static_cast<quint64>(day.month()) * 100
                   + static_cast<quint64>(day.day()))
            * 1000000ULL
            + 900000;
    }

    static bool signableByUser(DemoStep step)
    {
        switch (step) {
        case DemoStep::PlaceOrder:
        case DemoStep::AcceptOrder:
        case DemoStep::RejectOrder:
        case DemoStep::CancelOrder:
        case DemoStep::DeliverReport:
        case DemoStep::DeliverPart:
        case DemoStep::ConfirmReceipt:
        case DemoStep::RaiseDispute:
        case DemoStep::ResolveDispute:
            return true;
        default:
            return false; // products are listed by the bureaus' admins
        }
    }

    const DemoSpec &m_spec;
    Cast m_cast;
    qint64 m_start;
    qint64 m_end;
    DemoDice m_dice;
    qint64 m_ordersFrom = 0;
    int m_delisted = -1;
    qint64 m_delistAt = 0;
    QList<DemoAction> m_actions;
};

} // namespace

Result<QList<DemoAction>> planDemoHistory(
    const DemoSpec &spec, const QList<GenesisInstitution> &institutions, qint64 startMs, qint64 endMs)
{
    auto cast = castOf(institutions, spec.users);
    if (!cast)
        return cast.error();
    for (const DemoProduct &p : spec.products)
        if (!cast->bureauRegions.contains(p.bureau))
            return makeError(ErrorKind::InvalidInput,
                QStringLiteral("genesis demoHistory: product %1 belongs to an account that is not a "
                               "genesis bureau")
                    .arg(p.listing.productId));
    if (spec.products.isEmpty() || spec.enterprises.isEmpty() || spec.orders < DemoSpec::kMinOrders)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("genesis demoHistory: nothing to plan"));
    if (endMs - startMs < 14 * kDay)
        return makeError(ErrorKind::InvalidInput,
            QStringLiteral("genesis demoHistory: the history window is shorter than two weeks"));
    return Planner(spec, std::move(*cast), startMs, endMs).run();
}

} // namespace credit::devnet
