// SPDX-License-Identifier: Apache-2.0
#include "Vectors.h"
#include "market/Uscc.h"

#include <QJsonArray>
#include <QTest>

using namespace credit;
using uscc::Problem;

namespace {

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// GB 32100-2015 table of weights for positions 1..17 (3^(i-1) mod 31), written out.
constexpr int kWeights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

QChar referenceCheck(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += static_cast<int>(kAlphabet.indexOf(first17[i])) * kWeights[i];
    const int c = 31 - sum % 31;
    return c == 31 ? QChar(u'0') : kAlphabet[c];
}

QChar referenceOrgCheck(QStringView body8)
{
    static const int weights[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar ch = body8[i];
        sum += (ch.isDigit() ? ch.digitValue() : ch.unicode() - 'A' + 10) * weights[i];
    }
    const int c = 11 - sum % 11;
    if (c == 10)
        return QChar(u'X');
    return c == 11 ? QChar(u'0') : QChar(static_cast<char16_t>(u'0' + c));
}

// A code with both check characters made right for the given first 16 characters.
QString completed(const QString &first16)
{
    const QString first17 = first16 + referenceOrgCheck(QStringView(first16).sliced(8, 8));
    return first17 + referenceCheck(first17);
}

QStringList validCodes()
{
    QStringList codes;
    for (const auto &v : test::loadVectors(QStringLiteral("uscc.json")).value(QStringLiteral("valid")).toArray())
        codes.append(v.toString());
    return codes;
}

} // namespace

class TestUscc final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validVectors();
    void invalidVectors();
    void referenceAgreesWithVectors();
    void everySingleSubstitutionIsRejected();
    void everyAdjacentTranspositionIsRejected();
    void excludedAndLowerCaseLetters();
    void registrationAuthority_data();
    void registrationAuthority();
    void organisationCodeCheck();
    void orgCheckCharacterZeroAndX();
    void helpersRejectBadInput();
    void validateCarriesTheMessage();
};

void TestUscc::validVectors()
{
    const QStringList codes = validCodes();
    QCOMPARE(codes.size(), 12);
    for (const QString &code : codes) {
        const uscc::Verdict verdict = uscc::check(code);
        QVERIFY2(verdict.ok(), qPrintable(code + QStringLiteral(": ") + verdict.message));
        QVERIFY(verdict.message.isEmpty());
        QVERIFY(uscc::validate(code).ok());
    }
}

void TestUscc::invalidVectors()
{
    struct Expected {
        Problem problem = Problem::None;
        int position = 0;
        QChar found;
        QChar expected;
    };
    // Keyed by code so that a vector added to uscc.json without a row here fails the test.
    const QHash<QString, Expected> table {
        { QStringLiteral("914403001922038217"), { Problem::CheckDigit, 18, u'7', u'6' } },
        { QStringLiteral("91440300192203821"), { Problem::Length, 0, {}, {} } },
        { QStringLiteral("9144030019220382161"), { Problem::Length, 0, {}, {} } },
        { QStringLiteral("91440300I92203821X"), { Problem::InvalidCharacter, 9, u'I', {} } },
        { QStringLiteral("914403001922o38216"), { Problem::InvalidCharacter, 13, u'o', {} } },
        { QStringLiteral("91440300 922038216"), { Problem::InvalidCharacter, 9, u' ', {} } },
        { QString(), { Problem::Length, 0, {}, {} } },
    };
    const QJsonArray invalid
        = test::loadVectors(QStringLiteral("uscc.json")).value(QStringLiteral("invalid")).toArray();
    QCOMPARE(invalid.size(), table.size());
    for (const auto &v : invalid) {
        const QString code = v.toObject().value(QStringLiteral("code")).toString();
        QVERIFY2(table.contains(code), qPrintable(QStringLiteral("no expectation for vector '%1'").arg(code)));
        const Expected e = table.value(code);
        const uscc::Verdict verdict = uscc::check(code);
        QVERIFY2(verdict.problem == e.problem, qPrintable(code + QStringLiteral(": ") + verdict.message));
        QCOMPARE(verdict.position, e.position);
        QCOMPARE(verdict.found, e.found);
        QCOMPARE(verdict.expected, e.expected);
        QVERIFY(!verdict.message.isEmpty());
        if (e.position > 0)
            QVERIFY2(verdict.message.contains(QString::number(e.position)), qPrintable(verdict.message));
    }
    QVERIFY(uscc::check(u"91440300192203821").message.contains(QStringLiteral("17")));
    const QString wrongCheck = uscc::check(u"914403001922038217").message;
    QVERIFY2(wrongCheck.contains(QStringLiteral("'6'")) && wrongCheck.contains(QStringLiteral("'7'")),
        qPrintable(wrongCheck));
}

void TestUscc::referenceAgreesWithVectors()
{
    for (const QString &code : validCodes()) {
        QCOMPARE(referenceCheck(QStringView(code).first(17)), code[17]);
        QCOMPARE(referenceOrgCheck(QStringView(code).sliced(8, 8)), code[16]);
        QCOMPARE(uscc::checkDigit(QStringView(code).first(17)), std::optional<QChar>(code[17]));
        QCOMPARE(uscc::orgCodeCheckDigit(QStringView(code).sliced(8, 8)), std::optional<QChar>(code[16]));
    }
}

void TestUscc::everySingleSubstitutionIsRejected()
{
    int tried = 0;
    for (const QString &code : validCodes()) {
        for (int i = 0; i < uscc::kLength; ++i) {
            for (const QChar replacement : kAlphabet) {
                if (replacement == code[i])
                    continue;
                QString mutated = code;
                mutated[i] = replacement;
                const uscc::Verdict verdict = uscc::check(mutated);
                const bool badAuthority = i == 0 && !QStringLiteral("123456789ANY").contains(replacement);
                const Problem expected = badAuthority ? Problem::RegistrationAuthority : Problem::CheckDigit;
                QVERIFY2(verdict.problem == expected, qPrintable(mutated + QStringLiteral(": ") + verdict.message));
                if (expected == Problem::CheckDigit) {
                    QCOMPARE(verdict.position, 18);
                    QCOMPARE(verdict.expected, referenceCheck(QStringView(mutated).first(17)));
                }
                ++tried;
            }
        }
    }
    QCOMPARE(tried, 12 * 18 * 30);
}

void TestUscc::everyAdjacentTranspositionIsRejected()
{
    for (const QString &code : validCodes()) {
        for (int i = 0; i + 1 < 17; ++i) {
            if (code[i] == code[i + 1])
                continue;
            QString swapped = code;
            std::swap(swapped[i], swapped[i + 1]);
            QVERIFY2(!uscc::check(swapped).ok(), qPrintable(swapped));
        }
    }
}

void TestUscc::excludedAndLowerCaseLetters()
{
    const QString code = validCodes().front();
    for (const QChar bad : QStringLiteral("IOSVZiosvzabx-. \t\u0661\uff11")) {
        for (int i = 0; i < uscc::kLength; ++i) {
            QString mutated = code;
            mutated[i] = bad;
            const uscc::Verdict verdict = uscc::check(mutated);
            QVERIFY(verdict.problem == Problem::InvalidCharacter);
            QCOMPARE(verdict.position, i + 1);
            QCOMPARE(verdict.found, bad);
        }
    }
    // Lower case is not folded: a code must be written as issued.
    QVERIFY(uscc::check(QStringLiteral("91440300708461136t")).problem == Problem::InvalidCharacter);
    QVERIFY(uscc::check(QStringLiteral(" 914403001922038216")).problem == Problem::Length);
}

void TestUscc::registrationAuthority_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    // Same body, first character varied, both check characters recomputed.
    for (const QChar first : kAlphabet) {
        const QString code = completed(QString(first) + QStringLiteral("144030019220382"));
        const bool valid = QStringLiteral("123456789ANY").contains(first);
        QTest::addRow("%s", qPrintable(code)) << code << valid;
    }
}

void TestUscc::registrationAuthority()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    const uscc::Verdict verdict = uscc::check(code);
    QCOMPARE(verdict.ok(), valid);
    if (!valid) {
        QVERIFY(verdict.problem == Problem::RegistrationAuthority);
        QCOMPARE(verdict.position, 1);
        QCOMPARE(verdict.found, code[0]);
    }
}

void TestUscc::organisationCodeCheck()
{
    int tried = 0;
    for (const QString &code : validCodes()) {
        for (const QChar wrong : kAlphabet) {
            if (wrong == code[16])
                continue;
            // Right overall check character, wrong organisation-code check character.
            QString mutated = code.first(16) + wrong;
            mutated += referenceCheck(mutated);
            const uscc::Verdict verdict = uscc::check(mutated);
            QVERIFY2(verdict.problem == Problem::OrgCodeCheckDigit,
                qPrintable(mutated + QStringLiteral(": ") + verdict.message));
            QCOMPARE(verdict.position, 17);
            QCOMPARE(verdict.found, wrong);
            QCOMPARE(verdict.expected, code[16]);
            QVERIFY(verdict.message.contains(QStringLiteral("organisation code")));
            ++tried;
        }
    }
    QCOMPARE(tried, 12 * 30);
}

void TestUscc::orgCheckCharacterZeroAndX()
{
    // Search bodies whose GB 11714 check is '0' (11 - 0) and 'X' (10) and check the
    // whole code round-trips through both checks.
    bool sawZero = false;
    bool sawX = false;
    for (int n = 0; n < 2000 && !(sawZero && sawX); ++n) {
        const QString body = QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0'));
        const QChar org = referenceOrgCheck(body);
        QCOMPARE(uscc::orgCodeCheckDigit(body), std::optional<QChar>(org));
        const QString code = completed(QStringLiteral("91440300") + body);
        QVERIFY2(uscc::check(code).ok(), qPrintable(code));
        sawZero = sawZero || org == u'0';
        sawX = sawX || org == u'X';
    }
    QVERIFY(sawZero && sawX);
    QCOMPARE(uscc::orgCodeCheckDigit(u"00000000"), std::optional<QChar>(u'0'));
}

void TestUscc::helpersRejectBadInput()
{
    QVERIFY(!uscc::checkDigit(u"9144030019220382").has_value());
    QVERIFY(!uscc::checkDigit(u"914403001922038216").has_value());
    QVERIFY(!uscc::checkDigit(u"9144030019220382I").has_value());
    QVERIFY(!uscc::orgCodeCheckDigit(u"1922038").has_value());
    QVERIFY(!uscc::orgCodeCheckDigit(u"1922o382").has_value());
}

void TestUscc::validateCarriesTheMessage()
{
    const auto result = uscc::validate(u"91440300I92203821X");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(result.error().message, uscc::check(u"91440300I92203821X").message);
    QVERIFY(result.error().message.contains(QStringLiteral("'I'")));
}

QTEST_GUILESS_MAIN(TestUscc)
#include "TestUscc.moc"
