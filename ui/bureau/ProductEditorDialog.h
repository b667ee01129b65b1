// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketCalls.h"
#include "market/MarketRecords.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace credit::ui {

//! Create a product (every field), or edit one (price, SLA and description:
//! what updateProduct can change). Price is entered in yuan and sent in fen.
class ProductEditorDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductEditorDialog)
public:
    //! A new product; takenIds are refused, suggestedId is prefilled.
    ProductEditorDialog(QSet<quint64> takenIds, quint64 suggestedId, QWidget *parent = nullptr);
    //! Editing an existing product.
    explicit ProductEditorDialog(const market::ProductInfo &product, QWidget *parent = nullptr);

    bool isEditing() const { return m_editing; }
    //! The product as entered (valid once the dialog was accepted).
    market::calls::ProductListing listing() const;

    void accept() override;

private:
    void build();
    QString validationError() const;

    bool m_editing = false;
    QSet<quint64> m_taken;
    QLineEdit *m_id = nullptr;
    QComboBox *m_series = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QDoubleSpinBox *m_price = nullptr;
    QSpinBox *m_sla = nullptr;
    QComboBox *m_delivery = nullptr;
    QCheckBox *m_authorisation = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace credit::ui
