// SPDX-License-Identifier: Apache-2.0
// Input: a block or block header JSON object as getBlockHeaderByNumber /
// getBlockByNumber serve it, optionally with "transactions" (hashes) and
// "receipts" (receipt objects) beside the header fields. The header parser
// either refuses with a message or yields a header that writes back (in both
// number forms) to JSON it reads to the same header. The block then goes
// through the light node's verifier against the tip it claims to extend:
// refused with a rule and a message, or accepted with a quorum of distinct
// signers, never a crash.
#include "FuzzCheck.h"
#include "chain/BlockVerifier.h"
#include "codec/BlockHeader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace credit;
using namespace credit::chain;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytesOf(data, size).toByteArray());
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();

    const auto signatures = signaturesFromJson(object.value(QStringLiteral("signatureList")));
    FUZZ_CHECK(signatures.ok() || !signatures.error().message.isEmpty());

    const auto header = headerFromJson(object);
    if (!header) {
        FUZZ_CHECK(!header.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(header->sealer < static_cast<quint64>(header->sealerList.size()));
    const QByteArray hash = header->hash();
    FUZZ_CHECK(hash.size() == 32);
    for (const bool numberAsInteger : { false, true }) {
        const QJsonObject written = headerToJson(*header, hash, numberAsInteger);
        const auto again = headerFromJson(written);
        FUZZ_CHECK(again.ok() && *again == *header);
    }
    if (signatures) {
        const auto again = signaturesFromJson(signaturesToJson(*signatures));
        FUZZ_CHECK(again.ok() && *again == *signatures);
    }

    // The verifier, against the tip this block says it follows: the parent
    // link holds, so the fuzzer reaches the hash, signer and root rules.
    CandidateBlock candidate;
    candidate.header = object;
    candidate.transactions = object.value(QStringLiteral("transactions")).toArray();
    for (const auto &receipt : object.value(QStringLiteral("receipts")).toArray())
        candidate.receipts.append(receipt.toObject());
    const TrustedTip tip { header->number > 0 ? header->number - 1 : 0, header->parentHash, header->sealerList };
    const Verification verification = BlockVerifier().verify(tip, candidate);
    if (!verification) {
        FUZZ_CHECK(!verification.failure().message().isEmpty());
        return 0;
    }
    const VerifiedBlock &block = verification.block();
    FUZZ_CHECK(block.header == *header);
    FUZZ_CHECK(block.hash == hash);
    FUZZ_CHECK(block.receipts.size() == block.transactionHashes.size());
    FUZZ_CHECK(block.signerIndexes.size() >= sealerQuorum(tip.sealers.size()));
    for (qsizetype i = 1; i < block.signerIndexes.size(); ++i)
        FUZZ_CHECK(block.signerIndexes[i - 1] < block.signerIndexes[i]);
    return 0;
}
