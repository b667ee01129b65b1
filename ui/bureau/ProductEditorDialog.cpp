// SPDX-License-Identifier: Apache-2.0
#include "bureau/ProductEditorDialog.h"

#include "reportdata/DeliveryFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace credit::ui {

ProductEditorDialog::ProductEditorDialog(QSet<quint64> takenIds, quint64 suggestedId, QWidget *parent)
    : QDialog(parent), m_taken(std::move(takenIds))
{
    build();
    setWindowTitle(tr("New product"));
    m_id->setText(QString::number(suggestedId));
}

ProductEditorDialog::ProductEditorDialog(const market::ProductInfo &product, QWidget *parent)
    : QDialog(parent), m_editing(true)
{
    build();
    setWindowTitle(tr("Edit product %1").arg(product.productId));
    m_id->setText(QString::number(product.productId));
    m_series->setCurrentIndex(m_series->findData(static_cast<int>(product.series)));
    m_name->setText(product.name);
    m_description->setPlainText(product.description);
    m_price->setValue(double(product.priceFen) / 100.0);
    m_sla->setValue(static_cast<int>(product.slaHours));
    m_delivery->setCurrentText(product.deliveryFormat);
    m_authorisation->setChecked(product.authorisationRequired);
    // updateProduct changes price, SLA and description only.
    for (QWidget *fixed :
        { static_cast<QWidget *>(m_id), static_cast<QWidget *>(m_series), static_cast<QWidget *>(m_name),
            static_cast<QWidget *>(m_delivery), static_cast<QWidget *>(m_authorisation) })
        fixed->setEnabled(false);
}

void ProductEditorDialog::build()
{
    setObjectName(QStringLiteral("productEditorDialog"));
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("productIdEdit"));
    m_id->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_id));
    m_series = new QComboBox(this);
    m_series->setObjectName(QStringLiteral("productSeriesCombo"));
    for (const market::Series s : { market::Series::Liantong, market::Series::Lianrong, market::Series::Lianfu })
        m_series->addItem(market::seriesName(s), static_cast<int>(s));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("productNameEdit"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("productDescriptionEdit"));
    m_price = new QDoubleSpinBox(this);
    m_price->setObjectName(QStringLiteral("productPriceSpin"));
    m_price->setDecimals(2);
    m_price->setRange(0.0, 10'000'000.0);
    m_price->setPrefix(tr("¥"));
    m_sla = new QSpinBox(this);
    m_sla->setObjectName(QStringLiteral("productSlaSpin"));
    m_sla->setRange(1, 24 * 365);
    m_sla->setValue(24);
    m_sla->setSuffix(tr(" h"));
    m_delivery = new QComboBox(this);
    m_delivery->setObjectName(QStringLiteral("productDeliveryCombo"));
    m_delivery->setEditable(true);
    // Stored on chain as written; any format naming JSON or structured data delivers the report data inside the PDF.
    m_delivery->addItems(report::deliveryFormatChoices());
    m_delivery->setToolTip(tr("With structured data (JSON), banks also get the report's data as tables they can "
                              "export and compare; it travels inside the report PDF."));
    m_authorisation = new QCheckBox(tr("The enterprise's authorisation letter is required"), this);
    m_authorisation->setObjectName(QStringLiteral("productAuthorisationCheck"));
    m_authorisation->setChecked(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("productEditorError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("productEditorButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProductEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProductEditorDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Product id"), m_id);
    form->addRow(tr("Series"), m_series);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Price"), m_price);
    form->addRow(tr("SLA"), m_sla);
    form->addRow(tr("Delivery format"), m_delivery);
    form->addRow(QString(), m_authorisation);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

market::calls::ProductListing ProductEditorDialog::listing() const
{
    market::calls::ProductListing l;
    l.productId = m_id->text().toULongLong();
    l.series = static_cast<market::Series>(m_series->currentData().toInt());
    l.name = m_name->text().trimmed();
    l.description = m_description->toPlainText().trimmed();
    l.priceFen = static_cast<quint64>(qRound64(m_price->value() * 100.0));
    l.slaHours = static_cast<quint32>(m_sla->value());
    l.deliveryFormat = m_delivery->currentText().trimmed();
    l.authorisationRequired = m_authorisation->isChecked();
    return l;
}

QString ProductEditorDialog::validationError() const
{
    if (m_editing)
        return {};
    bool ok = false;
    const quint64 id = m_id->text().toULongLong(&ok);
    if (!ok || id == 0)
        return tr("Enter a product id (a whole number above zero).");
    if (m_taken.contains(id))
        return tr("Product id %1 is already used on the chain. Choose another id.").arg(id);
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the product's name.");
    if (m_delivery->currentText().trimmed().isEmpty())
        return tr("Enter the delivery format, for example PDF.");
    return {};
}

void ProductEditorDialog::accept()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace credit::ui
