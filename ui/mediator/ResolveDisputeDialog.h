// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/DisputeResolution.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;

namespace credit::ui {

//! Asks the mediator for a dispute's outcome and a note, both required,
//! before anything is sent: the record on chain cannot be changed.
class ResolveDisputeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveDisputeDialog)
public:
    ResolveDisputeDialog(quint64 orderId, QWidget *parent = nullptr);

    market::DisputeResolution resolution() const;

public Q_SLOTS:
    void accept() override;

private:
    QButtonGroup *m_outcome;
    QPlainTextEdit *m_note;
    QLabel *m_error;
};

} // namespace credit::ui
