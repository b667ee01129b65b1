// SPDX-License-Identifier: Apache-2.0
#include "evidence/EventJson.h"

#include "codec/Hex.h"
#include "market/MarketAbi.h"
#include "market/MarketLog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace credit::evidence {

namespace {

QJsonValue valueJson(const abi::Value &value)
{
    struct Visitor {
        QJsonValue operator()(const abi::Word &w) const
        {
            // Decimal when it fits 64 bits (every amount and id here does), else the 32 bytes.
            const auto small = w.toUInt64();
            return small ? QString::number(*small) : hex::encodePrefixed(w.toByteArray());
        }
        QJsonValue operator()(const abi::Value::Address &a) const { return hex::encodePrefixed(a.bytes); }
        QJsonValue operator()(bool b) const { return b; }
        QJsonValue operator()(const abi::Value::FixedBytes &b) const { return hex::encodePrefixed(b.bytes); }
        QJsonValue operator()(const abi::Value::Bytes &b) const { return hex::encodePrefixed(b.bytes); }
        QJsonValue operator()(const QString &s) const { return s; }
        QJsonValue operator()(const abi::Value::Array &a) const { return list(a.items); }
        QJsonValue operator()(const abi::Value::Tuple &t) const { return list(t.items); }
        static QJsonArray list(const QList<abi::Value> &items)
        {
            QJsonArray out;
            for (const abi::Value &v : items)
                out << valueJson(v);
            return out;
        }
    };
    return std::visit(Visitor {}, value.data());
}

Error invalid(const QString &why)
{
    return makeError(ErrorKind::InvalidInput, why);
}

} // namespace

Result<DecodedOrderEvent> decodeOrderEvent(const chain::LogEntry &entry)
{
    const market::Log log { entry.address, entry.topics, entry.data };
    if (log.topics.isEmpty())
        return invalid(QCoreApplication::translate("EvidenceEvent", "the log has no topics, so it is no event"));
    const market::EventAbi *abi = market::eventByTopic(log.topics.first());
    if (!abi)
        return invalid(QCoreApplication::translate("EvidenceEvent", "the log is no CreditMarket event"));
    auto event = market::decodeEvent(log);
    if (!event)
        return invalid(event.error().message);
    const auto transition = market::orderTransition(*event);
    if (!transition)
        return invalid(QCoreApplication::translate("EvidenceEvent", "%1 is not an event of an order").arg(abi->name));
    auto arguments = market::decodeLogArguments(*abi, log);
    if (!arguments)
        return invalid(arguments.error().message);
    QJsonObject args;
    for (qsizetype i = 0; i < arguments->size() && i < abi->inputs.size(); ++i)
        args.insert(abi->inputs.at(i).name, valueJson(arguments->at(i)));
    DecodedOrderEvent out { abi->name, *transition, std::move(*event),
        QJsonObject { { QStringLiteral("name"), abi->name }, { QStringLiteral("arguments"), args } } };
    return out;
}

QList<DocumentRef> documentsOf(const market::MarketEvent &event)
{
    QList<DocumentRef> all;
    if (const auto *placed = std::get_if<market::OrderPlaced>(&event))
        all = { { QStringLiteral("request"), placed->requestDocument },
            { QStringLiteral("authorisation"), placed->authorisationHash } };
    else if (const auto *delivered = std::get_if<market::ReportDelivered>(&event))
        all = { { QStringLiteral("report"), delivered->reportHash },
            { QStringLiteral("report-envelope"), delivered->reportDocument } };
    QList<DocumentRef> out;
    for (const DocumentRef &d : std::as_const(all))
        if (d.sm3 != QByteArray(d.sm3.size(), '\0'))
            out << d;
    return out;
}

} // namespace credit::evidence
