// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QHBoxLayout;
class QPushButton;
class QWidget;

namespace credit::ui {

//! Where a bureau's report data comes from, as buttons: Import bureau data
//! (JSON)… (with its file dialog), Fill in report data…, and — on the demo
//! network only — Fill with demo sample. The Fulfil dialog (the report) and
//! the Deliver part dialog (a 链融 part) offer the same three.
class ReportDataSourceButtons final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDataSourceButtons)
public:
    //! The buttons are children of parent; demoNetwork decides whether the sample is offered.
    ReportDataSourceButtons(QWidget *parent, bool demoNetwork);

    void addTo(QHBoxLayout &bar) const;
    void setEnabled(bool enabled);
    bool offersDemoSample() const { return m_demoSample != nullptr; }

Q_SIGNALS:
    //! A data file was chosen in the import dialog.
    void dataFileChosen(const QString &path);
    void formRequested();
    void demoSampleRequested();

private:
    QWidget *m_parent;
    QPushButton *m_import;
    QPushButton *m_fillForm;
    QPushButton *m_demoSample = nullptr; //!< only on the demo network
};

} // namespace credit::ui
