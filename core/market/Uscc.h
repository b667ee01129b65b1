// SPDX-License-Identifier: Apache-2.0
// Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters
// whose last one checks the first 17, and whose characters 9..17 are an
// organisation code (GB 11714) with a check character of its own. The
// messages are shown to users as they type a code, so they are translated.
#pragma once

#include "common/Result.h"

#include <QChar>
#include <QString>
#include <QStringView>

#include <optional>

namespace credit::uscc {

inline constexpr int kLength = 18;

//! What is wrong with a code, in the order the checks run.
enum class Problem {
    None,
    Length, //!< not 18 characters
    InvalidCharacter, //!< outside 0-9 A-H J-N P-R T U W X Y (lower case included)
    RegistrationAuthority, //!< the first character is not 1-9, A, N or Y
    CheckDigit, //!< the 18th character does not match the first 17
    OrgCodeCheckDigit, //!< the 17th character does not match characters 9..16
};

struct Verdict {
    Problem problem = Problem::None;
    int position = 0; //!< 1-based position of the offending character; 0 for Length
    QChar expected; //!< for the check-digit problems: what the character should be
    QChar found; //!< the offending character, if any
    QString message; //!< translated explanation; empty when the code is valid

    bool ok() const { return problem == Problem::None; }
};

//! Checks a code exactly as typed (no trimming, no case folding).
Verdict check(QStringView code);
//! check() as a Result: ErrorKind::InvalidInput with the verdict's message.
Result<void> validate(QStringView code);

//! The 18th character for 17 valid leading characters; nullopt if they are not.
std::optional<QChar> checkDigit(QStringView first17);
//! The GB 11714 check character (0-9 or X) for the 8 characters before it; nullopt if
//! they are not 8 characters of the code's alphabet.
std::optional<QChar> orgCodeCheckDigit(QStringView body8);

} // namespace credit::uscc
