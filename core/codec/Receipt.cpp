// SPDX-License-Identifier: Apache-2.0
#include "codec/Receipt.h"

#include "codec/ChainJson.h"
#include "codec/Rlp.h"
#include "crypto/Sm3.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>

namespace credit::chain {

namespace {
constexpr int kMaxLogs = 1024;
constexpr int kMaxTopics = 4;

// libethcore/TransactionException.h of FISCO 2.9, codes 0–32, in order.
constexpr std::array<QStringView, 33> kStatusNames {
    u"None",
    u"Unknown",
    u"BadRLP",
    u"InvalidFormat",
    u"OutOfGasIntrinsic",
    u"InvalidSignature",
    u"InvalidNonce",
    u"NotEnoughCash",
    u"OutOfGasBase",
    u"BlockGasLimitReached",
    u"BadInstruction",
    u"BadJumpDestination",
    u"OutOfGas",
    u"OutOfStack",
    u"StackUnderflow",
    u"NonceCheckFail",
    u"BlockLimitCheckFail",
    u"FilterCheckFail",
    u"NoDeployPermission",
    u"NoCallPermission",
    u"NoTxPermission",
    u"PrecompiledError",
    u"RevertInstruction",
    u"InvalidZeroSignatureFormat",
    u"AddressAlreadyUsed",
    u"PermissionDenied",
    u"CallAddressError",
    u"GasOverflow",
    u"TxPoolIsFull",
    u"TransactionRefused",
    u"ContractFrozen",
    u"AccountFrozen",
    u"NotEnoughRemainGas",
};
} // namespace

QString receiptStatusName(quint64 status)
{
    return status < kStatusNames.size() ? kStatusNames[status].toString() : QString();
}

QString receiptStatusMessage(quint64 status)
{
    const QString name = receiptStatusName(status);
    return name.isEmpty() ? QStringLiteral("Unknown") : name;
}

QByteArray Receipt::encode() const
{
    QList<QByteArray> encodedLogs;
    for (const auto &log : logs) {
        QList<QByteArray> topics;
        for (const auto &t : log.topics)
            topics << rlp::encodeBytes(t);
        encodedLogs << rlp::encodeList(
            { rlp::encodeBytes(log.address), rlp::encodeList(topics), rlp::encodeBytes(log.data) });
    }
    return rlp::encodeList({ rlp::encodeBytes(stateRoot), rlp::encodeUInt(gasUsed), rlp::encodeBytes(contractAddress),
        rlp::encodeBytes(logsBloom), rlp::encodeUInt(status), rlp::encodeBytes(output), rlp::encodeUInt(remainGas),
        rlp::encodeList(encodedLogs) });
}

QByteArray Receipt::hash() const
{
    return crypto::sm3(encode());
}

QByteArray logsBloom(const QList<LogEntry> &logs)
{
    QByteArray bloom(256, '\0');
    auto add = [&bloom](const QByteArray &item) {
        const QByteArray h = crypto::sm3(item);
        for (int i = 0; i < 6; i += 2) {
            const int bit = ((static_cast<unsigned char>(h[i]) << 8) | static_cast<unsigned char>(h[i + 1])) & 2047;
            const int byte = 255 - bit / 8;
            bloom[byte] = static_cast<char>(bloom[byte] | (1 << (bit % 8)));
        }
    };
    for (const auto &log : logs) {
        add(log.address);
        for (const auto &t : log.topics)
            add(t);
    }
    return bloom;
}

QJsonObject receiptToJson(const Receipt &r, const ReceiptContext &c)
{
    QJsonArray logs;
    for (const auto &log : r.logs) {
        QJsonArray topics;
        for (const auto &t : log.topics)
            topics << json::bytes(t);
        logs << QJsonObject { { QStringLiteral("address"), json::bytes(log.address) },
            { QStringLiteral("topics"), topics }, { QStringLiteral("data"), json::bytes(log.data) } };
    }
    return {
        { QStringLiteral("transactionHash"), json::bytes(c.transactionHash) },
        { QStringLiteral("transactionIndex"), json::quantity(c.transactionIndex) },
        { QStringLiteral("blockNumber"), json::quantity(c.blockNumber) },
        { QStringLiteral("blockHash"), json::bytes(c.blockHash) },
        { QStringLiteral("from"), json::bytes(c.from) },
        { QStringLiteral("to"), json::bytes(c.to.isEmpty() ? QByteArray(20, '\0') : c.to) },
        { QStringLiteral("input"), json::bytes(c.input) },
        { QStringLiteral("root"), json::bytes(r.stateRoot) },
        { QStringLiteral("gasUsed"), json::quantity(r.gasUsed) },
        { QStringLiteral("contractAddress"), json::bytes(r.contractAddress) },
        { QStringLiteral("logsBloom"), json::bytes(r.logsBloom) },
        { QStringLiteral("status"), json::quantity(r.status) },
        { QStringLiteral("statusMsg"), receiptStatusMessage(r.status) },
        { QStringLiteral("output"), json::bytes(r.output) },
        { QStringLiteral("remainGas"), json::quantity(r.remainGas) },
        { QStringLiteral("logs"), logs },
    };
}

Result<Receipt> receiptFromJson(const QJsonObject &o)
{
    Receipt r;
    auto root = json::toBytes(o.value(QStringLiteral("root")), QStringLiteral("root"), 32);
    auto contract = json::toBytes(o.value(QStringLiteral("contractAddress")), QStringLiteral("contractAddress"), 20);
    auto bloom = json::toBytes(o.value(QStringLiteral("logsBloom")), QStringLiteral("logsBloom"), 256);
    auto output = json::toBytes(o.value(QStringLiteral("output")), QStringLiteral("output"));
    auto gasUsed = json::toQuantity(o.value(QStringLiteral("gasUsed")), QStringLiteral("gasUsed"));
    auto status = json::toQuantity(o.value(QStringLiteral("status")), QStringLiteral("status"));
    auto remain = json::toQuantity(o.value(QStringLiteral("remainGas")), QStringLiteral("remainGas"));
    for (const Error *e : { root ? nullptr : &root.error(), contract ? nullptr : &contract.error(),
             bloom ? nullptr : &bloom.error(), output ? nullptr : &output.error(), gasUsed ? nullptr : &gasUsed.error(),
             status ? nullptr : &status.error(), remain ? nullptr : &remain.error() })
        if (e)
            return *e;
    r.stateRoot = *root;
    r.contractAddress = *contract;
    r.logsBloom = *bloom;
    r.output = *output;
    r.gasUsed = *gasUsed;
    r.status = *status;
    r.remainGas = *remain;

    const QJsonValue logs = o.value(QStringLiteral("logs"));
    if (!logs.isArray() || logs.toArray().size() > kMaxLogs)
        return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("Receipt", "logs must be an array"));
    for (const auto &item : logs.toArray()) {
        const QJsonObject l = item.toObject();
        LogEntry entry;
        auto address = json::toBytes(l.value(QStringLiteral("address")), QStringLiteral("logs.address"), 20);
        auto data = json::toBytes(l.value(QStringLiteral("data")), QStringLiteral("logs.data"));
        if (!address)
            return address.error();
        if (!data)
            return data.error();
        entry.address = *address;
        entry.data = *data;
        const QJsonValue topics = l.value(QStringLiteral("topics"));
        if (!topics.isArray() || topics.toArray().size() > kMaxTopics)
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("Receipt", "logs.topics must be an array of at most 4"));
        for (const auto &t : topics.toArray()) {
            auto topic = json::toBytes(t, QStringLiteral("logs.topics"), 32);
            if (!topic)
                return topic.error();
            entry.topics << *topic;
        }
        r.logs << entry;
    }
    return r;
}

} // namespace credit::chain
