// SPDX-License-Identifier: Apache-2.0
// Input: a document envelope (crypto/ENVELOPE.md) as it comes from the
// document store or a file. inspect() parses the header strictly; open()
// with a recipient's key must refuse anything altered (the MAC covers every
// byte) and never read past the buffer. The reader key is the GB/T 32918
// example key (tests/vectors/sm-crypto.json, sm2_sign.d); the seeds were
// sealed to it with `creditctl encrypt`, so mutations reach the MAC check.
#include "FuzzCheck.h"
#include "codec/Hex.h"
#include "crypto/Envelope.h"

using namespace credit;

namespace {

const crypto::Sm2PrivateKey &readerKey()
{
    static const crypto::Sm2PrivateKey key = crypto::Sm2PrivateKey::fromRaw(
        hex::decode(u"3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8").value())
                                                 .value();
    return key;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QByteArrayView envelope = fuzz::bytesOf(data, size);
    const auto info = crypto::envelope::inspect(envelope);
    if (info) {
        FUZZ_CHECK(!info->recipientAddresses.isEmpty());
        FUZZ_CHECK(info->recipientAddresses.size() <= crypto::envelope::kMaxRecipients);
        for (const QByteArray &address : info->recipientAddresses)
            FUZZ_CHECK(address.size() == 20);
        FUZZ_CHECK(info->ciphertextSize > 0 && info->ciphertextSize % 16 == 0);
        FUZZ_CHECK(info->ciphertextSize < static_cast<qint64>(size));
    } else {
        FUZZ_CHECK(!info.error().message.isEmpty());
    }

    const auto opened = crypto::envelope::open(envelope, readerKey());
    if (opened) {
        FUZZ_CHECK(info.ok()); // what opens has a well-formed header
        FUZZ_CHECK(info->recipientAddresses.contains(readerKey().publicKey().address()));
        FUZZ_CHECK(opened->size() < info->ciphertextSize); // PKCS#7 removes at least one byte
    } else {
        FUZZ_CHECK(!opened.error().message.isEmpty());
    }
    return 0;
}
