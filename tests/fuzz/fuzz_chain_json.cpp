// SPDX-License-Identifier: Apache-2.0
// Input: a JSON document, as the fields of a block, transaction or receipt
// arrive from a node. Every value in it (members of an object, elements of an
// array) goes through the hex and quantity readers of chain/FiscoJson and
// codec/ChainJson; whatever they accept has the promised size and writes back
// to a form they read to the same value. An object is also read as a receipt
// and an array as a Merkle proof; what is accepted must round-trip through the
// writer the devnet uses.
#include "FuzzCheck.h"
#include "chain/FiscoJson.h"
#include "codec/ChainJson.h"
#include "codec/MerkleJson.h"
#include "codec/Receipt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace credit;
using namespace credit::chain;

namespace {

template<typename T> bool checkRead(const Result<T> &read)
{
    FUZZ_CHECK(read.ok() || !read.error().message.isEmpty());
    return read.ok();
}

void readFisco(const QJsonValue &value)
{
    if (const auto q = fisco::parseQuantity(value, u"q"); checkRead(q)) {
        const auto again = fisco::parseQuantity(QJsonValue(fisco::quantity(*q)), u"q");
        FUZZ_CHECK(again.ok() && *again == *q);
    }
    if (const auto hash = fisco::parseHash(value, u"hash"); checkRead(hash))
        FUZZ_CHECK(hash->size() == 32);
    if (const auto address = fisco::parseAddress(value, u"address"); checkRead(address))
        FUZZ_CHECK(address->size() == 20);
    if (const auto bytes = fisco::parseBytes(value, u"bytes"); checkRead(bytes)) {
        const auto again = fisco::parseBytes(QJsonValue(json::bytes(*bytes)), u"bytes");
        FUZZ_CHECK(again.ok() && *again == *bytes);
    }
    if (const auto nodeId = fisco::parseNodeId(value, u"nodeId"); checkRead(nodeId))
        FUZZ_CHECK(nodeId->size() == 64);
}

void readChainJson(const QJsonValue &value)
{
    const QString field = QStringLiteral("field");
    for (const bool allowDecimal : { false, true }) {
        if (const auto q = json::toQuantity(value, field, allowDecimal); checkRead(q)) {
            const auto again = json::toQuantity(QJsonValue(json::quantity(*q)), field, false);
            FUZZ_CHECK(again.ok() && *again == *q);
        }
    }
    if (const auto bytes = json::toBytes(value, field); checkRead(bytes)) {
        const auto again = json::toBytes(QJsonValue(json::bytes(*bytes)), field);
        FUZZ_CHECK(again.ok() && *again == *bytes);
        const auto big = json::toQuantity(QJsonValue(json::quantity(QByteArrayView(*bytes))), field, false);
        FUZZ_CHECK(big.ok() || bytes->size() > 8);
    }
    for (const int size : { 20, 32, 64 }) {
        if (const auto bytes = json::toBytes(value, field, size); checkRead(bytes))
            FUZZ_CHECK(bytes->size() == size);
        if (const auto bytes = json::toBytesLenient(value, field, size); checkRead(bytes))
            FUZZ_CHECK(bytes->size() == size);
    }
}

void readReceipt(const QJsonObject &object)
{
    const auto receipt = receiptFromJson(object);
    if (!checkRead(receipt))
        return;
    FUZZ_CHECK(receipt->hash().size() == 32);
    const auto again = receiptFromJson(receiptToJson(*receipt, ReceiptContext {}));
    FUZZ_CHECK(again.ok() && *again == *receipt);
}

void readProof(const QJsonArray &array)
{
    const auto proof = merkle::proofFromJson(array);
    if (!checkRead(proof))
        return;
    FUZZ_CHECK(proof->size() <= merkle::kMaxProofLevels);
    const auto again = merkle::proofFromJson(merkle::proofToJson(*proof));
    FUZZ_CHECK(again.ok() && *again == *proof);
}

void readValue(const QJsonValue &value, int depth)
{
    readFisco(value);
    readChainJson(value);
    if (depth > 2)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        readReceipt(object);
        for (auto it = object.begin(); it != object.end(); ++it)
            readValue(it.value(), depth + 1);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        readProof(array);
        for (const QJsonValue &element : array)
            readValue(element, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytesOf(data, size).toByteArray());
    if (document.isObject())
        readValue(document.object(), 0);
    else if (document.isArray())
        readValue(document.array(), 0);
    return 0;
}
