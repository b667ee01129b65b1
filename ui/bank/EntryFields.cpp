// SPDX-License-Identifier: Apache-2.0
#include "bank/EntryFields.h"

#include "common/CreditCodeValidator.h"
#include "common/FormLabels.h"
#include "market/Uscc.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace credit::ui {

EnterpriseFields EnterpriseFields::create(QWidget *parent)
{
    EnterpriseFields f;
    f.name = new QLineEdit(parent);
    f.name->setObjectName(QStringLiteral("enterpriseName"));
    f.name->setPlaceholderText(
        QCoreApplication::translate("credit::ui::PlaceOrderDialog", "Full registered name of the enterprise"));
    f.code = new QLineEdit(parent);
    f.code->setObjectName(QStringLiteral("creditCode"));
    f.code->setMaxLength(uscc::kLength);
    f.code->setValidator(new CreditCodeValidator(f.code));
    f.code->setPlaceholderText(
        QCoreApplication::translate("credit::ui::PlaceOrderDialog", "18-character unified social credit code"));
    f.codeHint = hintLabel(QStringLiteral("creditCodeHint"), parent);
    f.purpose = new QLineEdit(parent);
    f.purpose->setObjectName(QStringLiteral("purpose"));
    f.purpose->setPlaceholderText(
        QCoreApplication::translate("credit::ui::PlaceOrderDialog", "e.g. Credit line review"));
    return f;
}

ValidityFields ValidityFields::create(QDate today, QWidget *parent)
{
    ValidityFields f;
    f.from = new QDateEdit(today, parent);
    f.from->setObjectName(QStringLiteral("validFrom"));
    f.until = new QDateEdit(today.addDays(180), parent);
    f.until->setObjectName(QStringLiteral("validUntil"));
    for (QDateEdit *d : { f.from, f.until }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    f.row = new QHBoxLayout;
    f.row->addWidget(f.from);
    f.row->addWidget(new QLabel(QCoreApplication::translate("credit::ui::PlaceOrderDialog", "until"), parent));
    f.row->addWidget(f.until);
    f.row->addStretch();
    return f;
}

} // namespace credit::ui
