// SPDX-License-Identifier: Apache-2.0
// Input: an evidence bundle file from a stranger (docs/EVIDENCE_BUNDLE.md).
// The reader refuses it with a message, or yields a bundle that the writer
// saves to a file the reader gives back equal; the verifier then either proves
// it or names a failing check — never both, never neither — and a failure at a
// step names a step the bundle has.
#include "FuzzCheck.h"
#include "evidence/BundleJson.h"
#include "evidence/EvidenceVerifier.h"

using namespace credit;
using namespace credit::evidence;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);
    auto bundle = readBundle(input);
    if (!bundle) {
        FUZZ_CHECK(!bundle.error().message.isEmpty());
        const VerificationReport report = verifyBundleFile(input);
        FUZZ_CHECK(!report.ok && report.failure && report.failure->check == Check::Bundle);
        return 0;
    }
    const QByteArray saved = writeBundle(*bundle);
    auto again = readBundle(saved);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again == *bundle);
    const VerificationReport report = verifyBundle(*bundle);
    FUZZ_CHECK(report.ok != report.failure.has_value());
    if (report.failure) {
        FUZZ_CHECK(report.failure->check != Check::Bundle);
        FUZZ_CHECK(!report.failure->message.isEmpty());
        FUZZ_CHECK(report.failure->step < static_cast<int>(bundle->steps.size()));
    }
    FUZZ_CHECK(report.steps.size() <= bundle->steps.size());
    return 0;
}
