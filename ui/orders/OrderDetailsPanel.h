// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "market/MarketRecords.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace credit::desk {
class MarketReader;
}

namespace credit::ui {

class OrderTimelineModel;

//! One order: a header, the timeline of its events with a copyable proof
//! per event, and the actions its state allows for the bank (view the
//! report, confirm receipt, raise a dispute). The panel asks; the page acts.
class OrderDetailsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailsPanel)
public:
    explicit OrderDetailsPanel(QWidget *parent = nullptr);

    //! Shows an order and its timeline (seals: per block, for the proof badges).
    void showOrder(const market::OrderSummary &order, QList<market::OrderEventInfo> events,
        QHash<quint64, market::BlockSeal> seals);
    //! Reads the order's timeline and its blocks' seals from reader and shows them; the read error, if any.
    Result<void> showOrderFrom(desk::MarketReader &reader, const market::OrderSummary &order);
    //! A submitted order no verified block shows yet: header only, no actions.
    void showPending(const market::OrderSummary &order);
    //! 链融: the lead bureau and each partner's part (delivered in which block, or awaited);
    //! hidden for an order of any other product.
    void showParts(const market::OrderSummary &order, const QList<market::OrderPartInfo> &parts);
    //! The recorded authorisation the shown order was placed with (nullopt: none, the line is hidden).
    void showAuthorisation(const std::optional<market::AuthorisationInfo> &authorisation, quint64 nowMs);
    void clear();
    //! Offers the bank's actions (off by default: other roles reuse the panel).
    void setBankActionsEnabled(bool enabled);
    //! Offers "Export evidence pack…" for the shown order (every role that can export one).
    void setEvidenceEnabled(bool enabled);
    //! While an action runs: its buttons are disabled and `message` is shown.
    void setBusy(bool busy, const QString &message = {});
    quint64 orderId() const { return m_orderId; }
    OrderTimelineModel &timeline() { return *m_timeline; }
    //! The proof text of a timeline row (what the copy actions put on the clipboard).
    QString proofOf(int row) const;

Q_SIGNALS:
    void viewReportRequested(quint64 orderId);
    void confirmReceiptRequested(quint64 orderId);
    void cancelRequested(quint64 orderId);
    void disputeRequested(quint64 orderId);
    void evidenceRequested(quint64 orderId);

private:
    void updateActions();
    void copySelectedProof();

    quint64 m_orderId = 0;
    market::OrderState m_state = market::OrderState::None;
    bool m_hasReport = false;
    bool m_bankActions = false;
    bool m_evidence = false;
    bool m_busy = false;
    QLabel *m_header;
    QLabel *m_status;
    QLabel *m_authorisation; //!< the recorded authorisation the order named, hidden when none
    QLabel *m_parts; //!< 链融: per-bureau progress, hidden for other orders
    OrderTimelineModel *m_timeline;
    QTableView *m_table;
    QPushButton *m_copyProof;
    QPushButton *m_exportEvidence;
    QPushButton *m_viewReport;
    QPushButton *m_confirmReceipt;
    QPushButton *m_cancelOrder;
    QPushButton *m_raiseDispute;
};

} // namespace credit::ui
