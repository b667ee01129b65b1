// SPDX-License-Identifier: Apache-2.0
// Loads the external test vectors (tests/vectors, copied from shared/vectors).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace credit::test {

inline QJsonObject loadVectors(const QString &fileName)
{
    QFile file(QStringLiteral(CREDIT_VECTORS_DIR "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test vectors %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

//! Hex field of a vector object as bytes (vectors are trusted test data).
inline QByteArray hexField(const QJsonObject &object, const QString &key)
{
    const QString text = object.value(key).toString();
    if (!object.contains(key))
        qFatal("vector field %s missing", qPrintable(key));
    return QByteArray::fromHex(text.toLatin1());
}

} // namespace credit::test
