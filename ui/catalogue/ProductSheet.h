// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"

#include <QFrame>

class QFormLayout;
class QLabel;

namespace credit::ui {

//! The chosen product as a sheet the officer reads before ordering: its
//! name, then series, bureau, price, delivery time and format, whether the
//! enterprise's authorisation letter is needed, the partner bureaus of a 链融
//! product and the description; under it, where the chain recorded it.
class ProductSheet final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductSheet)
public:
    explicit ProductSheet(QWidget *parent = nullptr);

    //! Shows product; bureauName is how the catalogue names its bureau.
    void setProduct(const market::ProductInfo &product, const QString &bureauName);
    //! Shows "choose a product" instead of a sheet.
    void clear();

    //! What a row shows, by its field ("price", "letter", …; for tests and the screenshot tour).
    QString field(const QString &name) const;

private:
    QLabel *addRow(const QString &name, const QString &label);

    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_description;
    QLabel *m_proof;
    QLabel *m_empty;
    QLabel *m_partners = nullptr;
};

} // namespace credit::ui
