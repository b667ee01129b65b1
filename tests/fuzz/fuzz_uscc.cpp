// SPDX-License-Identifier: Apache-2.0
// Input: UTF-8 text typed or pasted as a unified social credit code. The
// checker's verdict must be consistent with its parts: a valid code ends in
// checkDigit() of its first 17 characters and carries a valid organisation
// code; an invalid one names its problem and position and has a message;
// validate() agrees with check().
#include "FuzzCheck.h"
#include "market/Uscc.h"

using namespace credit;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QString code = QString::fromUtf8(fuzz::bytesOf(data, size));
    const uscc::Verdict verdict = uscc::check(code);
    FUZZ_CHECK(uscc::validate(code).ok() == verdict.ok());
    if (verdict.ok()) {
        FUZZ_CHECK(code.size() == uscc::kLength);
        FUZZ_CHECK(verdict.message.isEmpty());
        FUZZ_CHECK(uscc::checkDigit(QStringView(code).first(17)) == code[17]);
        FUZZ_CHECK(uscc::orgCodeCheckDigit(QStringView(code).sliced(8, 8)) == code[16]);
        return 0;
    }
    FUZZ_CHECK(!verdict.message.isEmpty());
    if (verdict.problem == uscc::Problem::Length) {
        FUZZ_CHECK(code.size() != uscc::kLength);
        return 0;
    }
    FUZZ_CHECK(code.size() == uscc::kLength);
    FUZZ_CHECK(verdict.position >= 1 && verdict.position <= uscc::kLength);
    FUZZ_CHECK(verdict.found == code[verdict.position - 1]);
    if (verdict.problem == uscc::Problem::CheckDigit) {
        FUZZ_CHECK(verdict.position == 18);
        FUZZ_CHECK(uscc::checkDigit(QStringView(code).first(17)) == verdict.expected);
        FUZZ_CHECK(verdict.expected != verdict.found);
    }
    if (verdict.problem == uscc::Problem::OrgCodeCheckDigit) {
        FUZZ_CHECK(verdict.position == 17);
        FUZZ_CHECK(uscc::orgCodeCheckDigit(QStringView(code).sliced(8, 8)) == verdict.expected);
    }
    return 0;
}
