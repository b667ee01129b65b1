// SPDX-License-Identifier: Apache-2.0
// "Rules and thresholds…": which anomaly rules run, the repeated-query window
// and count, the working hours (China time) outside which an order is noted.
#pragma once

#include "market/SupervisionRecords.h"

#include <QDialog>

class QCheckBox;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace credit::ui {

class AnomalySettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnomalySettingsDialog)
public:
    explicit AnomalySettingsDialog(const market::AnomalySettings &settings, QWidget *parent = nullptr);

    market::AnomalySettings settings() const;

private:
    void check();

    QCheckBox *m_authorisation, *m_repeated, *m_sla, *m_dispute, *m_reuse, *m_revoked;
    QSpinBox *m_windowDays, *m_minOrders, *m_reuseWindowDays, *m_reuseMaxOrders, *m_revokedWithinDays;
    QTimeEdit *m_workStart, *m_workEnd;
    QPushButton *m_ok = nullptr;
};

} // namespace credit::ui
