// SPDX-License-Identifier: Apache-2.0
// For tests that write a changed copy of the demo genesis elsewhere: the
// demoHistory's key files (institutions' and users') named absolutely, so the
// copy still finds them in resources/demo.
#pragma once

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace credit::test {

inline void makeDemoKeyFilesAbsolute(QJsonObject &history, const QDir &demoDir)
{
    QJsonArray keyFiles;
    for (const QJsonValue &f : history.value(QStringLiteral("keyFiles")).toArray())
        keyFiles << demoDir.absoluteFilePath(f.toString());
    history.insert(QStringLiteral("keyFiles"), keyFiles);
    QJsonArray users;
    for (const QJsonValue &u : history.value(QStringLiteral("users")).toArray()) {
        QJsonObject user = u.toObject();
        user.insert(
            QStringLiteral("keyFile"), demoDir.absoluteFilePath(user.value(QStringLiteral("keyFile")).toString()));
        users << user;
    }
    history.insert(QStringLiteral("users"), users);
}

} // namespace credit::test
