// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "evidence/VerificationReport.h"

#include <QDialog>

class QLabel;

namespace credit::ui {

class EvidenceStepsModel;

//! The outcome of checking an evidence pack: verified (and what that covers)
//! or the first check that failed, with every step proved before it.
class EvidenceReportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceReportDialog)
public:
    EvidenceReportDialog(const QString &title, const QString &bundlePath, const evidence::VerificationReport &report,
        QWidget *parent = nullptr);

    //! The one-paragraph verdict shown at the top.
    static QString verdict(const evidence::VerificationReport &report);

private:
    EvidenceStepsModel *m_steps;
};

} // namespace credit::ui
