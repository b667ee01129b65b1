// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/OrderRequest.h"
#include "reportdata/ReportDataJson.h"
#include "reportdata/ReportFusion.h"
#include "chain/NetworkProfile.h"
#include "common/Clock.h"
#include "common/DialogStatus.h"
#include "market/MarketRecords.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace credit::desk {
class BureauDesk;
class MarketReader;
struct OpenedPart;
} // namespace credit::desk

namespace credit::ui {

class ReportDataErrorList;
class ReportDataForm;
class ReportDataSourceButtons;
class ReportViewer;

//! Fulfils an Accepted order: attach the report PDF from the bureau's own
//! systems, or import the bureau's structured data (JSON, REPORT_DATA.md) and
//! set it in the built-in template — every problem of the file listed by field
//! — (off the GUI thread), preview it, then deliver — sealed for the bank, the
//! bureau and every regulator, stored, and anchored on chain by the page's
//! tracker. Only on the demo network is there a demo sample to fill the
//! template with, and each page it produces is marked 演示数据 / DEMO DATA.
class FulfilDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FulfilDialog)
public:
    //! reader and desk must outlive the dialog; request is the order's decrypted request;
    //! network decides whether the demo sample is offered.
    FulfilDialog(desk::MarketReader &reader, desk::BureauDesk &desk, const chain::NetworkProfile &network,
        market::OrderSummary order, market::OrderRequest request, QWidget *parent = nullptr,
        const Clock &clock = systemClock());

    //! Loads and checks a PDF from disk (off the GUI thread), then previews it.
    void attachFile(const QString &path);
    //! Reads, validates and renders the bureau's report data file, then previews
    //! the report; a file with problems lists them all and leaves nothing to deliver.
    void importBureauData(const QString &path);
    //! Opens the form for the clerk to type the report data in (kept between openings).
    void openDataForm();
    //! Whether this session offers the demo sample (only on the demo network).
    bool offersDemoSample() const { return m_demoNetwork; }
    //! Whether the product's delivery format includes structured data: the
    //! template's reports then carry their data (JSON) inside the PDF.
    bool deliversStructuredData() const { return m_structured; }
    //! Fills the template with the invented demo sample, marked on every page,
    //! then previews it. Refused, with nothing produced, off the demo network.
    void fillDemoSample();
    //! Seals, stores and anchors the previewed report.
    void deliver();
    //! 链融: whether the partner bureaus' parts are opened and checked (the
    //! template fuses them in); always true for any other order.
    bool partsReady() const { return !m_order.isJoint() || m_partsOpened; }
    //! 链融: the opened parts the template fuses in.
    const QList<report::ReportPart> &parts() const { return m_parts; }
    //! The PDF ready to deliver (empty until attached or generated).
    const QByteArray &pdf() const { return m_pdf; }

Q_SIGNALS:
    //! The delivery transaction is in a block (the tracker confirms it later).
    void delivered(quint64 orderId);

private:
    void buildLayout();
    void chooseFile();
    void showFieldErrors(const QList<report::FieldError> &errors);
    void clearReport();
    void renderFormData();
    void takePdf(const QByteArray &pdf, const QString &source);
    void setBusy(const QString &text);
    void setIdle(const QString &text, bool error = false);
    //! The status as it stands, with the buttons enabled again (a 链融 part came in or failed).
    void refreshIdle();
    void deliveredIn(quint64 block);
    QString bureauName() const;
    void takeParts(const QList<desk::OpenedPart> &opened);

    desk::MarketReader &m_reader;
    desk::BureauDesk &m_desk;
    chain::NetworkProfile m_network;
    const Clock &m_clock;
    market::OrderSummary m_order;
    market::OrderRequest m_request;
    QByteArray m_pdf;
    bool m_demoNetwork = false;
    bool m_structured = false;
    bool m_partsOpened = false;
    QList<report::ReportPart> m_parts; //!< 链融: the partners' parts, opened and checked
    QLabel *m_partsLine = nullptr; //!< 链融: which parts the template fuses in
    QPushButton *m_attach = nullptr;
    ReportDataSourceButtons *m_sources = nullptr; //!< import, form, demo sample (demo network only)
    ReportDataForm *m_form = nullptr;
    ReportDataErrorList *m_fieldErrors = nullptr;
    QPushButton *m_deliver = nullptr;
    QPushButton *m_close = nullptr;
    DialogStatus m_status; //!< what the dialog is doing, with a busy bar
    ReportViewer *m_preview = nullptr;
};

} // namespace credit::ui
