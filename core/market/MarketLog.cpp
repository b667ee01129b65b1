// SPDX-License-Identifier: Apache-2.0
#include "market/MarketLog.h"

#include "codec/AbiCodec.h"
#include "market/RawAbi.h"

namespace credit::market {

namespace {

Error malformed(const EventAbi &event, const QString &what)
{
    return makeError(ErrorKind::InvalidInput, QStringLiteral("%1 log: %2").arg(event.name, what));
}

} // namespace

Result<Log> encodeLog(const QByteArray &contractAddress, Event id, const QList<abi::Value> &arguments)
{
    const EventAbi &e = event(id);
    const QList<abi::Type> &types = raw::eventTypes(id);
    if (arguments.size() != types.size())
        return malformed(
            e, QStringLiteral("%1 arguments given, the event has %2").arg(arguments.size()).arg(types.size()));

    Log log { contractAddress, { e.topic }, {} };
    QList<abi::Type> dataTypes;
    QList<abi::Value> dataValues;
    for (qsizetype i = 0; i < types.size(); ++i) {
        const abi::Value value = raw::bytesForStrings(arguments[i]);
        if (!e.inputs[i].indexed) {
            dataTypes += types[i];
            dataValues += value;
            continue;
        }
        // An indexed dynamic argument would be stored as its hash; the
        // contract has none, and this code does not pretend to handle them.
        if (types[i].isDynamic())
            return makeError(ErrorKind::Unsupported,
                QStringLiteral("%1 log: indexed argument %2 is dynamic").arg(e.name, e.inputs[i].name));
        auto word = abi::encode({ types[i] }, { value });
        if (!word)
            return malformed(e, word.error().message);
        log.topics += *word;
    }
    auto data = abi::encode(dataTypes, dataValues);
    if (!data)
        return malformed(e, data.error().message);
    log.data = *data;
    return log;
}

Result<QList<abi::Value>> decodeLogArguments(const EventAbi &e, const Log &log)
{
    qsizetype indexedCount = 0;
    QList<abi::Type> dataTypes;
    for (qsizetype i = 0; i < e.inputs.size(); ++i) {
        if (e.inputs[i].indexed)
            ++indexedCount;
        else
            dataTypes += e.types[i];
    }
    if (log.topics.size() != 1 + indexedCount)
        return malformed(e, QStringLiteral("%1 topics, expected %2").arg(log.topics.size()).arg(1 + indexedCount));
    if (log.topics.front() != e.topic)
        return malformed(e, QStringLiteral("topic 0 is not the event's topic"));

    auto data = abi::decode(dataTypes, log.data);
    if (!data)
        return malformed(e, data.error().message);

    QList<abi::Value> arguments;
    qsizetype topic = 1;
    qsizetype dataIndex = 0;
    for (qsizetype i = 0; i < e.inputs.size(); ++i) {
        if (!e.inputs[i].indexed) {
            arguments += data->at(dataIndex++);
            continue;
        }
        if (log.topics[topic].size() != abi::kWordSize)
            return malformed(e, QStringLiteral("topic %1 has %2 bytes").arg(topic).arg(log.topics[topic].size()));
        auto word = abi::decode({ e.types[i] }, log.topics[topic]);
        if (!word)
            return malformed(
                e, QStringLiteral("topic %1 (%2): %3").arg(topic).arg(e.inputs[i].name, word.error().message));
        arguments += word->front();
        ++topic;
    }
    return arguments;
}

} // namespace credit::market
