// SPDX-License-Identifier: Apache-2.0
// The RLP decoder accepts only canonical encodings, so anything it accepts must
// re-encode to the very same bytes, and its views must agree with each other.
#include "FuzzCheck.h"
#include "codec/Rlp.h"

using namespace credit;

namespace {

void checkIntegers(const rlp::Item &item)
{
    if (item.isList) {
        for (const rlp::Item &child : item.items)
            checkIntegers(child);
        return;
    }
    if (const auto value = rlp::decodeUInt(item))
        FUZZ_CHECK(rlp::encodeUInt(*value) == rlp::encodeBytes(item.bytes));
    if (const auto big = rlp::decodeBigEndianUInt(item, 32))
        FUZZ_CHECK(rlp::encodeBigEndianUInt(*big) == rlp::encodeBytes(item.bytes));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);
    const auto item = rlp::decode(input);
    if (item) {
        FUZZ_CHECK(rlp::encode(*item) == input);
        checkIntegers(*item);
    } else {
        FUZZ_CHECK(!item.error().message.isEmpty());
    }

    const auto parts = rlp::splitList(input);
    FUZZ_CHECK(parts.ok() == (item.ok() && item->isList));
    if (parts) {
        FUZZ_CHECK(rlp::encodeList(*parts) == input);
        FUZZ_CHECK(parts->size() == item->items.size());
        for (qsizetype i = 0; i < parts->size(); ++i)
            FUZZ_CHECK(rlp::encode(item->items[i]) == parts->at(i));
    }
    return 0;
}
