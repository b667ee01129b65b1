// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/OrderRequest.h"
#include "store/MarketQueries.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace credit::ui {

class ReportViewer;
class TerminalContext;
class TransactionTracker;

//! Fulfils an Accepted order: attach the report PDF from the bureau's own
//! systems or generate one from the built-in template (off the GUI thread),
//! preview it, then deliver — sealed for the bank, the bureau and every
//! regulator, stored, and anchored on chain by the page's tracker.
class FulfilDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FulfilDialog)
public:
    //! context and tracker must outlive the dialog; request is the order's decrypted request.
    FulfilDialog(TerminalContext &context, TransactionTracker &tracker, store::OrderSummary order,
                 market::OrderRequest request, QWidget *parent = nullptr);

    //! Loads and checks a PDF from disk (off the GUI thread), then previews it.
    void attachFile(const QString &path);
    //! Generates the template report for the request's enterprise, then previews it.
    void generate();
    //! Seals, stores and anchors the previewed report.
    void deliver();
    //! The PDF ready to deliver (empty until attached or generated).
    const QByteArray &pdf() const { return m_pdf; }

Q_SIGNALS:
    //! The delivery transaction is in a block (the tracker confirms it later).
    void delivered(quint64 orderId);

private:
    void buildLayout();
    void chooseFile();
    void takePdf(const QByteArray &pdf, const QString &source);
    void setBusy(const QString &text);
    void setIdle(const QString &text, bool error = false);
    QString bureauName() const;
    Result<QList<QByteArray>> readers() const;

    TerminalContext &m_context;
    TransactionTracker &m_tracker;
    store::OrderSummary m_order;
    market::OrderRequest m_request;
    QByteArray m_pdf;
    bool m_busy = false;
    QPushButton *m_attach = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_deliver = nullptr;
    QPushButton *m_close = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    ReportViewer *m_preview = nullptr;
};

} // namespace credit::ui
