// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace credit::ui {

//! Asks why an order is rejected: the reason goes on chain and is required.
class RejectOrderDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectOrderDialog)
public:
    explicit RejectOrderDialog(quint64 orderId, QWidget *parent = nullptr);

    //! The reason as entered, trimmed.
    QString reason() const;
    //! Refuses to close while the reason is empty.
    void accept() override;

private:
    QPlainTextEdit *m_reason;
    QLabel *m_error;
};

} // namespace credit::ui
