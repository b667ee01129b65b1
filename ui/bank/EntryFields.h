// SPDX-License-Identifier: Apache-2.0
// Fields the bank's entry dialogs (place an order, record an authorisation)
// ask alike: who the enterprise is and the letter's validity.
#pragma once

#include <QDate>

class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace credit::ui {

//! The enterprise's name, its unified social credit code (put right as typed,
//! what is wrong with it in the hint below) and the purpose.
struct EnterpriseFields {
    QLineEdit *name = nullptr;
    QLineEdit *code = nullptr;
    QLabel *codeHint = nullptr;
    QLineEdit *purpose = nullptr;

    static EnterpriseFields create(QWidget *parent);
};

//! The letter's validity: from today until 180 days on, in a row "… until …".
struct ValidityFields {
    QDateEdit *from = nullptr;
    QDateEdit *until = nullptr;
    QHBoxLayout *row = nullptr; //!< not yet in a layout

    static ValidityFields create(QDate today, QWidget *parent);
};

} // namespace credit::ui
