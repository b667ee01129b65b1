// SPDX-License-Identifier: Apache-2.0
// The transaction decoder takes raw bytes from the network (sendRawTransaction
// on the devnet, getBlockByNumber bodies on the light node). Whatever it
// accepts must re-encode to the same bytes (but for a short public key, which
// it pads as a FISCO node does), hash consistently, and survive
// signature checking without crashing; whatever it refuses gets a message.
#include "FuzzCheck.h"
#include "codec/Rlp.h"
#include "codec/Transaction.h"
#include "crypto/Sm3.h"

using namespace credit;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);
    const auto t = tx::Transaction::decode(input);
    if (!t) {
        FUZZ_CHECK(!t.error().message.isEmpty());
        return 0;
    }
    // The re-encoding equals the input except for a short public key, which
    // (as on a FISCO node) is left-padded to 64 bytes and hashed that way.
    const QByteArray wireKey = rlp::decode(rlp::splitList(input).value()[10]).value().bytes;
    FUZZ_CHECK(wireKey.size() <= 64);
    FUZZ_CHECK(t->publicKey.endsWith(wireKey));
    FUZZ_CHECK((t->encode() == input) == (wireKey.size() == 64));
    FUZZ_CHECK(t->hash() == crypto::sm3(t->encode()));
    FUZZ_CHECK(t->publicKey.size() == 64);
    FUZZ_CHECK(t->to.isEmpty() || t->to.size() == 20);
    FUZZ_CHECK(t->signatureRs().size() == 64);
    FUZZ_CHECK(t->sender().size() == 20);
    (void)t->verifySignature(); // random keys are mostly off the curve: must fail cleanly
    const auto again = tx::Transaction::decode(t->encode());
    FUZZ_CHECK(again.ok() && *again == *t);
    return 0;
}
