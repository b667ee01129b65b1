// SPDX-License-Identifier: Apache-2.0
#include "market/ValueReader.h"

namespace credit::market::detail {

const abi::Value *ValueReader::next()
{
    if (!m_error.isEmpty())
        return nullptr;
    if (m_index >= m_values.size()) {
        fail(QStringLiteral("%1 values, expected more").arg(m_values.size()));
        return nullptr;
    }
    return &m_values[m_index++];
}

void ValueReader::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = what;
}

template<typename T> const T *ValueReader::nextAs()
{
    const abi::Value *value = next();
    if (!value)
        return nullptr;
    const T *typed = value->get<T>();
    if (!typed)
        fail(QStringLiteral("value %1 is a %2").arg(m_index - 1).arg(value->kindName()));
    return typed;
}

quint64 ValueReader::uint()
{
    const abi::Word *word = nextAs<abi::Word>();
    if (!word)
        return 0;
    const std::optional<quint64> value = word->toUInt64();
    if (!value)
        fail(QStringLiteral("value %1 does not fit 64 bits").arg(m_index - 1));
    return value.value_or(0);
}

bool ValueReader::boolean()
{
    const bool *flag = nextAs<bool>();
    return flag && *flag;
}

QByteArray ValueReader::address()
{
    const auto *address = nextAs<abi::Value::Address>();
    return address ? address->bytes : QByteArray();
}

QByteArray ValueReader::fixed()
{
    const auto *fixed = nextAs<abi::Value::FixedBytes>();
    return fixed ? fixed->bytes : QByteArray();
}

QByteArray ValueReader::bytes()
{
    const auto *bytes = nextAs<abi::Value::Bytes>();
    return bytes ? bytes->bytes : QByteArray();
}

QString ValueReader::string()
{
    const QString *text = nextAs<QString>();
    return text ? *text : QString();
}

QList<QByteArray> ValueReader::addresses()
{
    const auto *array = nextAs<abi::Value::Array>();
    QList<QByteArray> out;
    if (!array)
        return out;
    for (const abi::Value &item : array->items) {
        const auto *address = item.get<abi::Value::Address>();
        if (!address) {
            fail(QStringLiteral("value %1 holds a %2, expected addresses").arg(m_index - 1).arg(item.kindName()));
            return {};
        }
        out += address->bytes;
    }
    return out;
}

QList<quint64> ValueReader::uints()
{
    const auto *array = nextAs<abi::Value::Array>();
    QList<quint64> out;
    if (!array)
        return out;
    for (const abi::Value &item : array->items) {
        const std::optional<quint64> value = item.toUInt64();
        if (!value) {
            fail(QStringLiteral("value %1 holds an element that is no 64-bit integer").arg(m_index - 1));
            return {};
        }
        out += *value;
    }
    return out;
}

Role ValueReader::role()
{
    const quint64 number = uint();
    const std::optional<Role> role = roleFromNumber(number);
    if (!role)
        fail(QStringLiteral("role %1 is not a role").arg(number));
    return role.value_or(Role::Bank);
}

Series ValueReader::series()
{
    const quint64 number = uint();
    const std::optional<Series> series = seriesFromNumber(number);
    if (!series)
        fail(QStringLiteral("series %1 is not a product series").arg(number));
    return series.value_or(Series::Liantong);
}

OrderState ValueReader::state()
{
    const quint64 number = uint();
    const std::optional<OrderState> state = orderStateFromNumber(number);
    if (!state)
        fail(QStringLiteral("state %1 is not an order state").arg(number));
    return state.value_or(OrderState::None);
}

QList<abi::Value> ValueReader::tuple()
{
    const auto *tuple = nextAs<abi::Value::Tuple>();
    return tuple ? tuple->items : QList<abi::Value>();
}

} // namespace credit::market::detail
