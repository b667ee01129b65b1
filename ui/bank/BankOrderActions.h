// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "bank/DisputeFiling.h"
#include "common/Result.h"
#include "orders/ReportExport.h"

#include <QFuture>
#include <QObject>

namespace credit::ui {

class TerminalContext;

//! What a bank does to a delivered order, each off the GUI thread: open the
//! report (fetched, checked against its on-chain hash, decrypted), confirm
//! receipt, raise a dispute. Results come back as signals.
class BankOrderActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankOrderActions)
public:
    explicit BankOrderActions(TerminalContext &context, QObject *parent = nullptr);

    void openReport(quint64 orderId);
    void confirmReceipt(quint64 orderId);
    void raiseDispute(quint64 orderId, const QByteArray &mediator, const QString &reason);

Q_SIGNALS:
    //! The decrypted report, its SM3 checked against the chain.
    void reportOpened(quint64 orderId, const QByteArray &pdf, const credit::ui::ReportReference &reference);
    //! A transaction was executed (it shows in the timeline once its block is verified).
    void actionSent(quint64 orderId, const QByteArray &txHash);
    //! An action failed; message says what happened and what to do.
    void actionFailed(quint64 orderId, const QString &message);

private:
    Result<ReportReference> reportReference(quint64 orderId, QByteArray *reportDocument);
    Result<DisputeFiling> disputeFiling(quint64 orderId, const QByteArray &mediator, const QString &reason);
    void watchSend(quint64 orderId, QFuture<Result<QByteArray>> future);

    TerminalContext &m_context;
};

} // namespace credit::ui
