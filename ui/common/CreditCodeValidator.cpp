// SPDX-License-Identifier: Apache-2.0
#include "common/CreditCodeValidator.h"

namespace credit::ui {

QValidator::State CreditCodeValidator::validate(QString &input, int &position) const
{
    QString cleaned;
    cleaned.reserve(input.size());
    int cursor = position;
    for (int i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c.isSpace()) {
            if (i < position)
                --cursor; // the cursor stays after what was typed
            continue;
        }
        cleaned.append(c.toUpper());
    }
    input = cleaned;
    position = cursor;
    return Acceptable;
}

} // namespace credit::ui
