// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace credit::ui {

//! Raise a dispute: which mediation organisation, and why (required).
class DisputeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisputeDialog)
public:
    //! mediators: active institutions with the mediator role.
    DisputeDialog(quint64 orderId, const QList<market::InstitutionInfo> &mediators, QWidget *parent = nullptr);

    QByteArray mediator() const;
    QString reason() const;

private:
    void update();

    QComboBox *m_mediator;
    QPlainTextEdit *m_reason;
    QPushButton *m_ok = nullptr;
};

} // namespace credit::ui
