// SPDX-License-Identifier: Apache-2.0
// The regulator's questions and answers as plain values (issue 14): the
// filters, the dashboard's figures, the anomaly rules and their hits, the
// order browser's rows. The supervision engine (core/supervision) fills them,
// the regulator's desk hands them to the screens; neither side needs the
// other's headers. Every answer carries the block range and head hash it was
// computed at, so any figure can be reproduced.
#pragma once

#include "market/MarketEnums.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace credit::market {

//! Which orders a figure counts. Empty lists mean "any"; the fields combine
//! (AND), the values of one field are alternatives (OR).
struct SupervisionFilter {
    qint64 fromMs = 0; //!< placed at or after (epoch ms); 0: from the first order
    qint64 toMs = 0; //!< placed before (epoch ms); 0: up to the head
    QList<QByteArray> banks; //!< 20-byte accounts
    QList<QByteArray> bureaus;
    QList<Series> series;
    //! Province-level codes of the enterprise's region (e.g. 310000), from the
    //! administrative-division digits of its credit code; needs the decrypted requests.
    QList<quint32> regions;
};

//! The anomaly rules' settings (a plain struct the settings page edits).
struct AnomalySettings {
    bool authorisationRule = true; //!< order of a product needing a letter without a valid one
    bool repeatedQueryRule = true;
    int repeatWindowDays = 30; //!< one bank querying one enterprise …
    int repeatMinOrders = 3; //!< … this many times within the window is a hit
    bool slaRule = true;
    bool disputeRule = true;
    //! Working hours in China time (minutes after midnight); weekends are outside.
    int workdayStartMinute = 9 * 60;
    int workdayEndMinute = 18 * 60;
    //! One recorded authorisation used by more than reuseMaxOrders orders
    //! within reuseWindowDays (授权重复使用). An authorisation is given for
    //! one purpose (a loan application, a post-loan review); a bank that
    //! keeps querying under it is likely querying beyond what the enterprise
    //! agreed to, which is what 穿透式监管 of authorisations is for.
    bool authorisationReuseRule = true;
    int reuseWindowDays = 30;
    int reuseMaxOrders = 5;
    //! An order whose recorded authorisation was revoked within
    //! revokedWithinDays after the order was placed. Revocation soon after a
    //! query is how an enterprise withdraws consent it disputes (or a bank
    //! tidies up a letter it should not have used): the query itself then
    //! deserves a look, though the contract accepted it at the time.
    bool revokedAfterUseRule = true;
    int revokedWithinDays = 7;
};

//! Where the figures come from: the verified blocks they were computed at.
struct Provenance {
    quint64 firstBlock = 0; //!< the first block read (1: the whole history)
    quint64 headBlock = 0; //!< the last block included
    QByteArray headHash; //!< its hash (32 bytes)
    qint64 orders = 0; //!< orders on the chain at headBlock
    qint64 decryptedOrders = 0; //!< of them, with the request decrypted (private figures count only these)
};

//! One bar or slice: a bank, bureau, series, region or outcome.
struct GroupCount {
    QString key; //!< the account in 0x hex, the series or region number, or the text itself
    QString label; //!< what the screen shows (institution name, series name, …)
    qint64 orders = 0;
};

struct MonthCounts {
    QString month; //!< "yyyy-MM", China time of placement
    QList<qint64> byState; //!< index: OrderState number (0..8), the state each order is in now
};

//! Median and 90th percentile of a duration, over `count` orders.
struct DurationFigure {
    qint64 count = 0;
    qint64 medianMs = 0;
    qint64 p90Ms = 0;
};

struct BankAuthorisationCount {
    QByteArray bank;
    QString bankName;
    qint64 queries = 0; //!< orders of the bank
    qint64 needingLetter = 0; //!< of products that need an authorisation letter
    qint64 withValidLetter = 0; //!< of those, with a letter valid when placed (decrypted only)
    qint64 withoutValidLetter = 0; //!< missing, expired or not yet valid
    //! The bank's recorded authorisations (public records, no decryption):
    qint64 authorisationsRecorded = 0; //!< recorded within the period
    qint64 authorisationsRevoked = 0; //!< revoked within the period
    qint64 authorisationsValid = 0; //!< not revoked and valid at the head block's time
    qint64 authorisationsExpired = 0; //!< not revoked, validity ended before the head block's time
    qint64 authorisedOrders = 0; //!< of `queries`, placed with a recorded authorisation (its uses)
};

struct SupervisionFigures {
    Provenance provenance;
    qint64 orders = 0; //!< orders matching the filter
    QList<MonthCounts> perMonth;
    QList<GroupCount> perBureau, perSeries, perBank, perRegion;
    qint64 accepted = 0; //!< accepted at some time
    qint64 rejected = 0;
    double acceptanceRate = 0; //!< accepted / (accepted + rejected); 0 without decisions
    DurationFigure timeToAccept; //!< placed → accepted
    DurationFigure timeToDeliver; //!< accepted → delivered
    qint64 slaBreaches = 0; //!< delivered late, or still owed past the deadline at the head block's time
    qint64 disputesRaised = 0, disputesResolved = 0;
    QList<GroupCount> disputeOutcomes; //!< by the mediator's resolution text
    DurationFigure timeToResolve;
    qint64 localOrders = 0, crossRegionOrders = 0; //!< 本地 / 异地 (decrypted orders only)
    qint64 letterMissing = 0; //!< product needs a letter, the order carries none (from the chain)
    qint64 letterExpired = 0, letterNotYetValid = 0; //!< when placed (decrypted orders only)
    qint64 repeatedQueryOrders = 0; //!< orders in a repeated-query run (AnomalySettings)
    qint64 outsideHoursOrders = 0;
    QList<BankAuthorisationCount> perBankAuthorisation;
    //! Recorded authorisations (授权), from the chain's public records: the
    //! period and the bank and series filters narrow them, the bureau and
    //! region filters do not (an authorisation names neither).
    qint64 authorisationsRecorded = 0, authorisationsRevoked = 0; //!< within the period
    qint64 authorisationsValid = 0, authorisationsExpired = 0; //!< at the head block's time, not revoked
    qint64 authorisedOrders = 0; //!< orders placed with a recorded authorisation (its uses)
    double authorisedShare = 0; //!< authorisedOrders / orders; 0 without orders
    qint64 ordersWithRevokedAuthorisation = 0; //!< placed with an authorisation revoked since
};

//! A figure (bar, slice, number) whose orders the drill-down lists.
enum class FigureKind : quint8 {
    Orders, //!< every order matching the filter
    Month, //!< key "yyyy-MM"; state ≥ 0 narrows to orders now in that state
    Bureau, //!< key: account hex
    Series, //!< key: series number
    Bank, //!< key: account hex
    Region, //!< key: province code
    Accepted,
    Rejected,
    SlaBreach,
    DisputeRaised,
    DisputeResolved,
    DisputeOutcome, //!< key: resolution text
    Local,
    CrossRegion,
    LetterMissing,
    LetterExpired,
    LetterNotYetValid,
    RepeatedQuery,
    OutsideHours,
    BankWithoutValidLetter, //!< key: account hex
    Authorised, //!< placed with a recorded authorisation
    AuthorisationRevokedSince, //!< placed with a recorded authorisation revoked since
    BankAuthorised, //!< key: account hex; the bank's orders placed with a recorded authorisation
};

struct FigureRef {
    FigureKind kind = FigureKind::Orders;
    QString key;
    int state = -1;
};

//! The ids of the orders behind a figure, oldest first, one page of them.
struct OrderIdPage {
    Provenance provenance;
    qint64 total = 0;
    QList<quint64> orderIds;
};

enum class AnomalyRule : quint8 {
    WithoutValidLetter,
    RepeatedQueries,
    SlaBreach,
    Dispute,
    AuthorisationReused, //!< 授权重复使用
    RevokedAfterUse, //!< authorisation revoked soon after the order
};
inline constexpr int kAnomalyRuleCount = 6;

struct AnomalyHit {
    AnomalyRule rule = AnomalyRule::WithoutValidLetter;
    QString subject; //!< who: the bank (and enterprise for repeated queries)
    QString detail; //!< why, in words
    qint64 atMs = 0; //!< the latest order's placement
    QList<quint64> orderIds;
};

struct AnomalyList {
    Provenance provenance;
    QList<qint64> totalByRule; //!< index: AnomalyRule
    QList<AnomalyHit> hits; //!< newest first, at most the limit asked for per rule
};

//! Whether the order's authorisation letter was valid when it was placed.
enum class LetterStatus : quint8 { Unknown, NotNeeded, Valid, Missing, Expired, NotYetValid };

struct BrowserRow {
    quint64 orderId = 0;
    qint64 placedAtMs = 0;
    OrderState state = OrderState::None;
    QByteArray bank, bureau;
    QString bankName, bureauName, productName;
    quint64 productId = 0;
    Series series = Series::Liantong;
    QString enterpriseName, enterpriseCode; //!< empty until the request is decrypted
    quint32 enterpriseRegion = 0; //!< province code; 0: unknown
    quint32 bankRegion = 0;
    LetterStatus letter = LetterStatus::Unknown;
};

enum class BrowserColumn : quint8 {
    OrderId,
    PlacedAt,
    State,
    Bank,
    Bureau,
    Product,
    Enterprise,
    EnterpriseCode,
    Region
};

struct BrowserQuery {
    SupervisionFilter filter;
    //! Narrows to the orders behind this figure (a dashboard's bar or number), as drillDown lists them.
    std::optional<FigureRef> figure;
    //! The rules' settings the figure is computed with (repeated queries, working hours).
    AnomalySettings settings;
    //! Narrows to these orders (an anomaly's); empty: no narrowing by id.
    QList<quint64> orderIds;
    QString search; //!< part of the enterprise's name or code, or an order id; empty: all
    BrowserColumn sortBy = BrowserColumn::OrderId;
    bool ascending = true;
    qint64 offset = 0;
    int limit = 100;
};

struct BrowserPage {
    Provenance provenance;
    qint64 total = 0; //!< rows matching, over all pages
    QList<BrowserRow> rows;
};

//! Decrypting the request envelopes into the local copy.
struct DecryptionSummary {
    qint64 decrypted = 0; //!< newly decrypted now
    qint64 alreadyKept = 0;
    qint64 failed = 0; //!< envelopes that could not be fetched or opened (tried again next time)
    QString firstFailure; //!< the first failure's message
};

} // namespace credit::market
