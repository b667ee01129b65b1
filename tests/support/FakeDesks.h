// SPDX-License-Identifier: Apache-2.0
// Fake desks for page tests: the pages' whole view of the chain, in memory,
// with every call recorded. Fast (no devnet, no store); the end-to-end tests
// on the demo chain (test_ui_bank_desk, test_ui_bureau_workflow, the role
// journey) cover the real desks behind the same interfaces.
#pragma once

#include "desk/BankDesk.h"
#include "desk/BureauDesk.h"
#include "desk/MarketReader.h"
#include "desk/MediatorDesk.h"

#include <algorithm>
#include <QFuture>
#include <QPromise>

namespace credit::test {

//! An order as the store would give it: a credit report of a Shanghai bureau, placed a while ago, 24 h SLA.
inline market::OrderSummary sampleOrder(
    quint64 id, const QByteArray &bank, const QByteArray &bureau, market::OrderState state, quint64 block)
{
    market::OrderSummary o;
    o.orderId = id;
    o.bank = bank;
    o.bureau = bureau;
    o.state = state;
    o.productName = QStringLiteral("企业信用报告");
    o.bureauName = QStringLiteral("上海浦江资信评估有限公司");
    o.placedAtMs = o.updatedAtMs = 1'750'000'000'000;
    o.slaHours = 24;
    o.block = block;
    return o;
}

//! Answers from lists the test fills; filters like the store does.
class FakeMarketReader final : public desk::MarketReader {
public:
    QByteArray account;
    bool ready = true;
    QList<market::InstitutionInfo> institutionList;
    QList<market::ProductInfo> productList;
    QList<market::OrderSummary> orderList;
    QHash<quint64, QList<market::OrderEventInfo>> events;
    QList<market::DisputeInfo> disputeList;
    QList<market::UserInfo> userList;
    int orderQueries = 0; //!< how often a page asked for orders

    QByteArray self() const override { return account; }
    bool isReady() override { return ready; }
    Result<quint64> height() override { return quint64(orderList.size()); }
    Result<QList<market::InstitutionInfo>> institutions() override { return institutionList; }
    Result<std::optional<market::InstitutionInfo>> institution(const QByteArray &a) override
    {
        for (const market::InstitutionInfo &i : std::as_const(institutionList))
            if (i.account == a)
                return std::optional<market::InstitutionInfo>(i);
        return std::optional<market::InstitutionInfo>();
    }
    Result<QList<market::UserInfo>> users(const QByteArray &institution) override
    {
        QList<market::UserInfo> out;
        for (const market::UserInfo &u : std::as_const(userList))
            if (u.institution == institution)
                out << u;
        return out;
    }
    Result<std::optional<market::User>> user(const QByteArray &a) override
    {
        for (const market::UserInfo &u : std::as_const(userList))
            if (u.account == a)
                return std::optional<market::User>(
                    market::User { u.account, u.institution, u.active, u.name, u.publicKey });
        return std::optional<market::User>();
    }
    Result<QList<market::ProductInfo>> products(bool includeDelisted) override
    {
        QList<market::ProductInfo> out;
        for (const market::ProductInfo &p : std::as_const(productList))
            if (p.listed || includeDelisted)
                out << p;
        return out;
    }
    Result<QList<market::OrderSummary>> orders(const market::OrderFilter &f) override
    {
        ++orderQueries;
        QList<market::OrderSummary> out;
        for (const market::OrderSummary &o : std::as_const(orderList)) {
            const auto owesPart = [&](const QByteArray &bureau) {
                const QList<market::OrderPartInfo> of = parts.value(o.orderId);
                return std::any_of(
                    of.cbegin(), of.cend(), [&](const market::OrderPartInfo &p) { return p.bureau == bureau; });
            };
            // As the store: a bureau named as both lead and partner sees either.
            const bool bureauMatches
                = f.bureau.isEmpty() || o.bureau == f.bureau || (f.partner == f.bureau && owesPart(f.partner));
            const bool partnerMatches = f.partner.isEmpty() || f.partner == f.bureau || owesPart(f.partner);
            if ((f.bank.isEmpty() || o.bank == f.bank) && bureauMatches && partnerMatches
                && (f.states.isEmpty() || f.states.contains(o.state)) && (!f.orderId || o.orderId == f.orderId)
                && o.block >= f.changedSinceBlock) {
                market::OrderSummary row = o;
                const QList<market::OrderPartInfo> of = parts.value(o.orderId);
                row.partnerPartDelivered = !f.partner.isEmpty()
                    && std::any_of(of.cbegin(), of.cend(),
                        [&](const market::OrderPartInfo &p) { return p.bureau == f.partner && p.delivered(); });
                out << row;
            }
        }
        return out;
    }
    Result<QList<market::OrderEventInfo>> timeline(quint64 orderId) override { return events.value(orderId); }
    QHash<quint64, QList<market::OrderPartInfo>> parts; //!< 链融 parts by order id
    Result<QList<market::OrderPartInfo>> orderParts(quint64 orderId) override { return parts.value(orderId); }
    QHash<quint64, market::AuthorisationInfo> authorisationsByOrder;
    Result<std::optional<market::AuthorisationInfo>> authorisationOfOrder(quint64 orderId) override
    {
        if (!authorisationsByOrder.contains(orderId))
            return std::optional<market::AuthorisationInfo>();
        return std::optional<market::AuthorisationInfo>(authorisationsByOrder.value(orderId));
    }
    Result<QList<market::DisputeInfo>> disputes(const QByteArray &mediator) override
    {
        QList<market::DisputeInfo> out;
        for (const market::DisputeInfo &d : std::as_const(disputeList))
            if (mediator.isEmpty() || d.mediator == mediator)
                out << d;
        return out;
    }
    Result<QList<quint64>> ordersOfTransaction(const QByteArray &txHash) override
    {
        QList<quint64> out;
        for (auto it = events.cbegin(); it != events.cend(); ++it)
            for (const market::OrderEventInfo &e : it.value())
                if (e.tx == txHash && !out.contains(it.key()))
                    out << it.key();
        return out;
    }
    Result<QHash<quint64, market::BlockSeal>> seals(const QList<quint64> &) override
    {
        return QHash<quint64, market::BlockSeal> {};
    }
};

//! Records what the bank page asks; the test emits the outcomes.
class FakeBankDesk final : public desk::BankDesk {
public:
    QList<desk::OrderDraft> placed;
    QList<quint64> confirmed, opened, cancelled;
    QList<std::pair<quint64, QByteArray>> disputes;
    QList<desk::PendingOrder> pending;
    QList<quint64> enterpriseAsks; //!< every order id openEnterprises was asked for, in order
    quint64 nextId = 9001;

    Result<quint64> placeOrder(const desk::OrderDraft &draft) override
    {
        placed << draft;
        desk::PendingOrder p;
        p.summary.orderId = nextId;
        p.summary.productName = draft.product.name;
        p.summary.state = market::OrderState::Placed;
        pending.prepend(p);
        Q_EMIT pendingChanged();
        return nextId++;
    }
    QList<desk::PendingOrder> pendingOrders() const override { return pending; }
    void forgetStored(const QSet<quint64> &stored) override
    {
        pending.removeIf([&stored](const desk::PendingOrder &p) { return stored.contains(p.summary.orderId); });
    }
    void openReport(quint64 orderId) override { opened << orderId; }
    void confirmReceipt(quint64 orderId) override { confirmed << orderId; }
    void cancelOrder(quint64 orderId) override { cancelled << orderId; }
    void raiseDispute(quint64 orderId, const QByteArray &mediator, const QString &) override
    {
        disputes << std::pair { orderId, mediator };
    }
    bool isBusy(quint64) const override { return false; }
    //! Records the ask; the test answers with enterpriseOpened / enterpriseFailed, as a worker would, later.
    void openEnterprises(const QList<quint64> &orderIds) override { enterpriseAsks << orderIds; }
};

//! A transaction's outcome, as the chain worker would hand it back.
inline QFuture<Result<market::Outcome>> finishedSend(Result<market::Outcome> outcome)
{
    QPromise<Result<market::Outcome>> promise;
    promise.start();
    promise.addResult(std::move(outcome));
    promise.finish();
    return promise.future();
}

//! Records what the bureau pages ask; sends finish at once with `nextOutcome`
//! through real TransactionTrackers (their confirmations are up to the test).
class FakeBureauDesk final : public desk::BureauDesk {
public:
    FakeBureauDesk() : m_orders([](const QByteArray &) {}), m_products([](const QByteArray &) {}) { }

    Result<market::Outcome> nextOutcome = market::Outcome {};
    QList<quint64> accepted, requested;
    QList<std::pair<quint64, QString>> rejected;

    desk::TransactionTracker &orderTransactions() override { return m_orders; }
    desk::TransactionTracker &productTransactions() override { return m_products; }
    void openRequest(quint64 orderId) override { requested << orderId; }
    bool acceptOrder(quint64 orderId) override
    {
        accepted << orderId;
        return m_orders.track(orderId, [this] { return finishedSend(nextOutcome); });
    }
    bool rejectOrder(quint64 orderId, const QString &reason) override
    {
        rejected << std::pair { orderId, reason };
        return m_orders.track(orderId, [this] { return finishedSend(nextOutcome); });
    }
    Result<int> deliverReport(const market::OrderSummary &order, const QByteArray &) override
    {
        m_orders.track(order.orderId, [this] { return finishedSend(nextOutcome); });
        return 3;
    }
    QList<std::pair<quint64, QByteArray>> deliveredParts; //!< 链融 parts sent, by order id
    Result<int> deliverPart(const market::OrderSummary &order, const QByteArray &part) override
    {
        deliveredParts << std::pair { order.orderId, part };
        m_orders.track(order.orderId, [this] { return finishedSend(nextOutcome); });
        return 3;
    }
    QList<quint64> partsRequested;
    void openParts(quint64 orderId) override { partsRequested << orderId; }
    bool listProduct(const market::calls::ProductListing &l) override
    {
        return m_products.track(l.productId, [this] { return finishedSend(nextOutcome); });
    }
    bool updateProduct(const market::calls::ProductListing &l) override
    {
        return m_products.track(l.productId, [this] { return finishedSend(nextOutcome); });
    }
    bool delistProduct(quint64 productId) override
    {
        return m_products.track(productId, [this] { return finishedSend(nextOutcome); });
    }

private:
    desk::TransactionTracker m_orders, m_products;
};

//! Records what the mediator pages ask; cases and searches answer from what
//! the test put in `cases` (a missing case fails as "not shared").
class FakeMediatorDesk final : public desk::MediatorDesk {
public:
    FakeMediatorDesk() : m_tracker([](const QByteArray &) {}) { }

    Result<market::Outcome> nextOutcome = market::Outcome {};
    QHash<quint64, desk::DisputeCaseFiles> cases;
    QList<quint64> opened;
    QList<std::pair<quint64, market::DisputeResolution>> resolved;
    QStringList searches;

    desk::TransactionTracker &transactions() override { return m_tracker; }
    void openCase(quint64 orderId) override
    {
        opened << orderId;
        if (cases.contains(orderId))
            Q_EMIT caseOpened(cases.value(orderId));
        else
            Q_EMIT caseFailed(orderId, QStringLiteral("not shared"));
    }
    bool resolveDispute(quint64 orderId, const market::DisputeResolution &r) override
    {
        if (r.note.trimmed().isEmpty())
            return false;
        resolved << std::pair { orderId, r };
        return m_tracker.track(orderId, [this] { return finishedSend(nextOutcome); });
    }
    void findByEnterprise(const QString &text) override
    {
        searches << text;
        QList<quint64> found;
        for (auto it = cases.cbegin(); it != cases.cend(); ++it)
            if (it->request && (it->request->enterpriseCode == text || it->request->enterpriseName.contains(text)))
                found << it.key();
        Q_EMIT enterpriseSearched(text, found, {});
    }

private:
    desk::TransactionTracker m_tracker;
};

} // namespace credit::test
