// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/NetworkProfile.h"
#include "common/Clock.h"
#include "common/DialogStatus.h"
#include "market/MarketRecords.h"
#include "market/OrderRequest.h"
#include "reportdata/ReportDataJson.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace credit::desk {
class BureauDesk;
} // namespace credit::desk

namespace credit::ui {

class ReportDataErrorList;
class ReportDataForm;
class ReportDataSourceButtons;

//! 链融, for a partner bureau: delivers this bureau's part of a joint order
//! (由多个征信机构共同提供信用信息). The part is report data (REPORT_DATA.md):
//! imported from the bureau's systems (every problem listed by field) or
//! typed into the form — on the demo network also the invented sample, which
//! keeps its mark — checked against the order's enterprise off the GUI
//! thread, summarised section by section, then sealed for the lead bureau,
//! this bureau and every regulator, stored and anchored (deliverPart). The
//! lead bureau fuses it into the report the bank receives.
class DeliverPartDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliverPartDialog)
public:
    //! desk must outlive the dialog; request is the order's decrypted request;
    //! bureauName is this bureau's, written into the part.
    DeliverPartDialog(desk::BureauDesk &desk, const chain::NetworkProfile &network, market::OrderSummary order,
        market::OrderRequest request, QString bureauName, QWidget *parent = nullptr,
        const Clock &clock = systemClock());

    //! Reads and checks the bureau's report data file (off the GUI thread).
    void importBureauData(const QString &path);
    //! Opens the form for the clerk to type the part in.
    void openDataForm();
    //! Demo network only: the invented sample as the part.
    void fillDemoSample();
    //! Seals, stores and anchors the part.
    void deliver();
    //! The part ready to deliver (report data JSON; empty until one is taken).
    const QByteArray &part() const { return m_part; }
    bool offersDemoSample() const;

Q_SIGNALS:
    //! The deliverPart transaction is in a block (the tracker confirms it later).
    void delivered(quint64 orderId);

private:
    struct Taken {
        QList<report::FieldError> fieldErrors;
        QByteArray json;
        report::EnterpriseReportData data;
    };
    void buildLayout();
    void run(const QString &busyText, std::function<Result<Taken>()> job, const QString &source);
    void take(const Taken &taken, const QString &source);
    void setBusy(const QString &text);
    void setIdle(const QString &text, bool error = false);
    void deliveredIn(quint64 block);

    desk::BureauDesk &m_desk;
    chain::NetworkProfile m_network;
    const Clock &m_clock;
    market::OrderSummary m_order;
    market::OrderRequest m_request;
    QString m_bureauName;
    QByteArray m_part;
    ReportDataSourceButtons *m_sources = nullptr; //!< import, form, demo sample (demo network only)
    QPushButton *m_deliver = nullptr;
    QPushButton *m_close = nullptr;
    ReportDataForm *m_form = nullptr;
    QLabel *m_summary = nullptr;
    ReportDataErrorList *m_fieldErrors = nullptr;
    DialogStatus m_status; //!< what the dialog is doing, with a busy bar
};

} // namespace credit::ui
