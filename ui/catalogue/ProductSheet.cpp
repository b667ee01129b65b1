// SPDX-License-Identifier: Apache-2.0
#include "catalogue/ProductSheet.h"

#include "common/PriceText.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace credit::ui {

namespace {
QString address(const QByteArray &account)
{
    return QStringLiteral("0x") + QString::fromLatin1(account.toHex());
}
} // namespace

ProductSheet::ProductSheet(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_form(new QFormLayout), m_description(new QLabel(this)),
      m_proof(new QLabel(this)), m_empty(new QLabel(tr("Choose a product to read its sheet."), this))
{
    setObjectName(QStringLiteral("productDetails"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_title->setObjectName(QStringLiteral("productSheetTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->setObjectName(QStringLiteral("productSheetForm"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(QStringLiteral("series"), tr("Series"));
    addRow(QStringLiteral("bureau"), tr("Credit bureau"));
    addRow(QStringLiteral("price"), tr("Price"));
    addRow(QStringLiteral("sla"), tr("Delivery time"));
    addRow(QStringLiteral("format"), tr("Delivery format"));
    addRow(QStringLiteral("letter"), tr("Authorisation letter"));
    m_partners = addRow(QStringLiteral("partners"), tr("Partner bureaus"));
    m_description->setObjectName(QStringLiteral("productSheetDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proof->setObjectName(QStringLiteral("productSheetProof"));
    m_proof->setWordWrap(true);
    m_proof->setForegroundRole(QPalette::PlaceholderText);
    m_proof->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setObjectName(QStringLiteral("productSheetEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_description);
    layout->addWidget(m_proof);
    clear();
}

QLabel *ProductSheet::addRow(const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(QStringLiteral("productSheet_") + name);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

QString ProductSheet::field(const QString &name) const
{
    const auto *value = findChild<QLabel *>(QStringLiteral("productSheet_") + name);
    return value ? value->text() : QString();
}

void ProductSheet::clear()
{
    m_empty->show();
    m_title->hide();
    m_description->hide();
    m_proof->hide();
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, false);
}

void ProductSheet::setProduct(const market::ProductInfo &p, const QString &bureauName)
{
    const auto set = [this](const char *name, const QString &text) {
        findChild<QLabel *>(QStringLiteral("productSheet_") + QLatin1String(name))->setText(text);
    };
    m_title->setText(p.name);
    set("series", market::seriesName(p.series));
    set("bureau", bureauName);
    set("price", priceText(p.priceFen));
    set("sla", tr("within %n h of acceptance", nullptr, static_cast<int>(p.slaHours)));
    set("format", p.deliveryFormat);
    set("letter",
        p.authorisationRequired ? tr("Required: attach the enterprise's signed authorisation letter to the order")
                                : tr("Not needed"));
    QStringList partners;
    for (qsizetype i = 0; i < p.partnerBureaus.size(); ++i) {
        const QString name = p.partnerBureauNames.value(i);
        partners << (name.isEmpty() ? address(p.partnerBureaus.at(i)) : name);
    }
    set("partners", partners.join(u'\n'));
    m_description->setText(p.description);
    m_proof->setText(tr("On chain: last changed in block %1, transaction %2, sealed by %3 of %4 sealers.")
                         .arg(p.block)
                         .arg(address(p.tx))
                         .arg(p.signers)
                         .arg(p.sealers));

    m_empty->hide();
    m_title->show();
    m_description->setVisible(!p.description.isEmpty());
    m_proof->show();
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, true);
    // Partner bureaus belong to 链融; other series have none to show.
    m_form->setRowVisible(m_partners, p.series == market::Series::Lianrong && !partners.isEmpty());
}

} // namespace credit::ui
