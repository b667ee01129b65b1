// SPDX-License-Identifier: Apache-2.0
// Input: an HTTP body as a FISCO node (or anything posing as one) answers a
// JSON-RPC call or batch. The strict reader either yields the result of the
// call we sent (id 1) or says why not; a batch is matched to the three ids we
// sent, one entry each; an error names what happened (the node's own message
// may be empty: it is passed on as sent). The result is then read as each of the small answers
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

// What the user reads always says something; the technical detail may be
// empty only when it is the node's own error message, which we pass on as sent.
void checkRpcError(const RpcError &error)
{
    FUZZ_CHECK(!error.userText().isEmpty());
    FUZZ_CHECK(error.kind == RpcError::Kind::Rpc || !error.message.isEmpty());
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
    if (!document)
        checkRpcError(document.error());

    const auto reply = jsonrpc::parseReply(body, 1);
    if (reply) {
        FUZZ_CHECK(document.ok() && document->isObject());
        readAnswers(*reply);
    } else {
        checkRpcError(reply.error());
    }

    if (document && document->isArray()) {
        const QList<qint64> ids { 1, 2, 3 };
        const auto matched = jsonrpc::matchBatch(document->array(), ids);
        FUZZ_CHECK(matched.size() == ids.size());
        for (const auto &entry : matched) {
            if (entry)
                readAnswers(*entry);
            else
                checkRpcError(entry.error());
        }
    }
    (void)jsonrpc::bodySnippet(body);
    return 0;
}
