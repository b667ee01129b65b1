// SPDX-License-Identifier: Apache-2.0
#include "market/RawAbi.h"

namespace credit::market::raw {

namespace {

// No other canonical type name contains "string", so replacing the word in
// the canonical name changes exactly the string types, nested ones included.
QList<abi::Type> withBytesForStrings(const QList<abi::Type> &types)
{
    QList<abi::Type> out;
    for (const abi::Type &type : types) {
        QString name = type.name();
        name.replace(QStringLiteral("string"), QStringLiteral("bytes"));
        auto parsed = abi::Type::parse(name);
        if (!parsed)
            qFatal("RawAbi: cannot parse %s: %s", qPrintable(name), qPrintable(parsed.error().message));
        out += *parsed;
    }
    return out;
}

template<typename Table, typename Pick> QList<QList<abi::Type>> buildAll(const Table &table, Pick pick)
{
    QList<QList<abi::Type>> out;
    for (const auto &entry : table)
        out += withBytesForStrings(pick(entry));
    return out;
}

} // namespace

const QList<abi::Type> &inputTypes(Function id)
{
    static const auto all = buildAll(functions(), [](const FunctionAbi &f) { return f.inputTypes; });
    return all[static_cast<qsizetype>(id)];
}

const QList<abi::Type> &outputTypes(Function id)
{
    static const auto all = buildAll(functions(), [](const FunctionAbi &f) { return f.outputTypes; });
    return all[static_cast<qsizetype>(id)];
}

const QList<abi::Type> &eventTypes(Event id)
{
    static const auto all = buildAll(events(), [](const EventAbi &e) { return e.types; });
    return all[static_cast<qsizetype>(id)];
}

abi::Value bytesForStrings(const abi::Value &value)
{
    if (const QString *text = value.get<QString>())
        return abi::Value::bytes(text->toUtf8());
    const auto convertAll = [](const QList<abi::Value> &items) {
        QList<abi::Value> out;
        for (const abi::Value &item : items)
            out += bytesForStrings(item);
        return out;
    };
    if (const auto *array = value.get<abi::Value::Array>())
        return abi::Value::array(convertAll(array->items));
    if (const auto *tuple = value.get<abi::Value::Tuple>())
        return abi::Value::tuple(convertAll(tuple->items));
    return value;
}

} // namespace credit::market::raw
