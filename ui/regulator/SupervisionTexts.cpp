// SPDX-License-Identifier: Apache-2.0
#include "regulator/SupervisionTexts.h"

namespace credit::ui {

QString SupervisionTexts::letter(market::LetterStatus status)
{
    switch (status) {
    case market::LetterStatus::Unknown:
        return tr("Not decrypted");
    case market::LetterStatus::NotNeeded:
        return tr("Not needed");
    case market::LetterStatus::Valid:
        return tr("Valid");
    case market::LetterStatus::Missing:
        return tr("Missing");
    case market::LetterStatus::Expired:
        return tr("Expired");
    case market::LetterStatus::NotYetValid:
        return tr("Not yet valid");
    }
    return {};
}

} // namespace credit::ui
