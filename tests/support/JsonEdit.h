// SPDX-License-Identifier: Apache-2.0
// Edits of JSON documents in tests: one field of one item of a list.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace credit::test {

//! Sets o[list][index][key] to value.
inline void setInItem(QJsonObject &o, const QString &list, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray a = o.value(list).toArray();
    QJsonObject item = a.at(index).toObject();
    item.insert(key, value);
    a.replace(index, item);
    o.insert(list, a);
}

} // namespace credit::test
