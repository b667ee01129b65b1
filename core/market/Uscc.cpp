// SPDX-License-Identifier: Apache-2.0
#include "market/Uscc.h"

#include <QCoreApplication>

#include <array>

namespace credit::uscc {

namespace {

// The 31 symbols in value order: I, O, S, V and Z are left out.
constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kModulus = 31;
constexpr QStringView kAuthorities = u"123456789ANY";
constexpr int kOrgCodeStart = 8; // 0-based index of character 9
constexpr std::array<int, 8> kOrgCodeWeights { 3, 7, 9, 10, 5, 8, 4, 2 };

int valueOf(QChar c)
{
    return static_cast<int>(kAlphabet.indexOf(c));
}

// GB 11714 reads letters as A=10 ... Z=35, not by their place in kAlphabet.
int orgCodeValue(QChar c)
{
    const char16_t u = c.unicode();
    return u <= u'9' ? u - u'0' : u - u'A' + 10;
}

Verdict problem(Problem kind, int position, QChar found, QChar expected, QString message)
{
    return Verdict { kind, position, expected, found, std::move(message) };
}

} // namespace

std::optional<QChar> checkDigit(QStringView first17)
{
    if (first17.size() != kLength - 1)
        return std::nullopt;
    int sum = 0;
    int weight = 1; // 3^(i-1) mod 31 for position i
    for (const QChar c : first17) {
        const int value = valueOf(c);
        if (value < 0)
            return std::nullopt;
        sum += value * weight;
        weight = weight * 3 % kModulus;
    }
    return kAlphabet[(kModulus - sum % kModulus) % kModulus];
}

std::optional<QChar> orgCodeCheckDigit(QStringView body8)
{
    if (body8.size() != static_cast<qsizetype>(kOrgCodeWeights.size()))
        return std::nullopt;
    int sum = 0;
    for (std::size_t i = 0; i < kOrgCodeWeights.size(); ++i) {
        const QChar c = body8[static_cast<qsizetype>(i)];
        if (valueOf(c) < 0)
            return std::nullopt;
        sum += orgCodeValue(c) * kOrgCodeWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return QChar(u'X');
    return QChar(static_cast<char16_t>(u'0' + check % 11));
}

Verdict check(QStringView code)
{
    if (code.size() != kLength) {
        return problem(Problem::Length, 0, {}, {},
            QCoreApplication::translate("Uscc", "A unified social credit code has 18 characters; this one has %1.")
                .arg(code.size()));
    }
    for (int i = 0; i < kLength; ++i) {
        if (valueOf(code[i]) >= 0)
            continue;
        return problem(Problem::InvalidCharacter, i + 1, code[i], {},
            QCoreApplication::translate("Uscc",
                "Character %1 ('%2') is not allowed: a unified social credit code uses only "
                "the digits 0-9 and the capital letters A-H, J-N, P-R, T, U, W, X and Y.")
                .arg(i + 1)
                .arg(code[i]));
    }
    if (!kAuthorities.contains(code[0])) {
        return problem(Problem::RegistrationAuthority, 1, code[0], {},
            QCoreApplication::translate("Uscc",
                "The first character, '%1', is not a registration authority code "
                "(1-9, A, N or Y).")
                .arg(code[0]));
    }
    const QChar found = code[kLength - 1];
    const QChar expected = *checkDigit(code.first(kLength - 1));
    if (found != expected) {
        return problem(Problem::CheckDigit, kLength, found, expected,
            QCoreApplication::translate("Uscc",
                "The check character (character 18) should be '%1' but is '%2': "
                "the code is mistyped.")
                .arg(expected)
                .arg(found));
    }
    const QChar orgFound = code[kOrgCodeStart + 8];
    const QChar orgExpected = *orgCodeCheckDigit(code.sliced(kOrgCodeStart, 8));
    if (orgFound != orgExpected) {
        return problem(Problem::OrgCodeCheckDigit, kOrgCodeStart + 9, orgFound, orgExpected,
            QCoreApplication::translate("Uscc",
                "The organisation code in characters 9 to 17 is inconsistent: "
                "character 17 should be '%1' but is '%2'.")
                .arg(orgExpected)
                .arg(orgFound));
    }
    return Verdict {};
}

Result<void> validate(QStringView code)
{
    Verdict verdict = check(code);
    if (verdict.ok())
        return {};
    return makeError(ErrorKind::InvalidInput, std::move(verdict.message));
}

} // namespace credit::uscc
