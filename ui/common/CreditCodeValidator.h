// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QValidator>

namespace credit::ui {

//! For fields that take a unified social credit code: letters become upper case and
//! spaces go as they are typed or pasted (codes are often copied from a licence with
//! spaces or in lower case). Whether the code is valid is the field's hint's job
//! (market/Uscc), so every text is accepted here.
class CreditCodeValidator final : public QValidator {
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString &input, int &position) const override;
};

} // namespace credit::ui
