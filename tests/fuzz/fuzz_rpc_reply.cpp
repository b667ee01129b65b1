// SPDX-License-Identifier: Apache-2.0
// Input: an HTTP body as a FISCO node (or anything posing as one) answers a
// JSON-RPC call or batch. The strict reader either yields the result of the
// call we sent (id 1) or says why not; a batch is matched to the three ids we
// sent, one entry each. The result is then read as each of the small answers
// (client version, call result, sync status, sealer and group lists): a value
// or a message, never a crash.
#include "FuzzCheck.h"
#include "chain/ChainTypes.h"
#include "chain/JsonRpc.h"

using namespace credit;
using namespace credit::chain;

namespace {

template<typename T> void checkRead(const Result<T> &read)
{
    FUZZ_CHECK(read.ok() || !read.error().message.isEmpty());
}

void readAnswers(const QJsonValue &result)
{
    checkRead(ClientVersion::fromJson(result));
    checkRead(CallResult::fromJson(result));
    const auto sync = SyncStatus::fromJson(result);
    checkRead(sync);
    if (sync) {
        FUZZ_CHECK(sync->genesisHash.isEmpty() || sync->genesisHash.size() == 32);
        FUZZ_CHECK(sync->latestHash.isEmpty() || sync->latestHash.size() == 32);
    }
    const auto sealers = sealerListFromJson(result);
    checkRead(sealers);
    if (sealers) {
        for (const QByteArray &nodeId : *sealers)
            FUZZ_CHECK(nodeId.size() == 64);
    }
    checkRead(groupListFromJson(result));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QByteArrayView body = fuzz::bytesOf(data, size);
    const auto document = jsonrpc::parseBody(body);
    FUZZ_CHECK(document.ok() || !document.error().message.isEmpty());

    const auto reply = jsonrpc::parseReply(body, 1);
    if (reply) {
        FUZZ_CHECK(document.ok() && document->isObject());
        readAnswers(*reply);
    } else {
        FUZZ_CHECK(!reply.error().message.isEmpty());
    }

    if (document && document->isArray()) {
        const QList<qint64> ids { 1, 2, 3 };
        const auto matched = jsonrpc::matchBatch(document->array(), ids);
        FUZZ_CHECK(matched.size() == ids.size());
        for (const auto &entry : matched) {
            if (entry)
                readAnswers(*entry);
            else
                FUZZ_CHECK(!entry.error().message.isEmpty());
        }
    }
    (void)jsonrpc::bodySnippet(body);
    return 0;
}
