// SPDX-License-Identifier: Apache-2.0
#include "setup/DemoIdentities.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace credit::ui {

QString DemoIdentities::embeddedPath()
{
    return QStringLiteral(":/demo/identities.json");
}

Result<DemoIdentities> DemoIdentities::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return makeError(
            ErrorKind::Corrupt, QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString()));
    const QString dir = QFileInfo(path).path();
    DemoIdentities result;
    result.password = doc.object().value(QStringLiteral("password")).toString();
    const QJsonArray list = doc.object().value(QStringLiteral("identities")).toArray();
    for (const auto &entry : list) {
        const QJsonObject o = entry.toObject();
        DemoIdentity id;
        id.role = roleFromKey(o.value(QStringLiteral("role")).toString());
        id.name = o.value(QStringLiteral("name")).toString();
        id.code = o.value(QStringLiteral("code")).toString();
        id.address = o.value(QStringLiteral("address")).toString();
        const QString keyFile = o.value(QStringLiteral("keyFile")).toString();
        if (id.name.isEmpty() || keyFile.isEmpty())
            return makeError(
                ErrorKind::Corrupt, QStringLiteral("%1: an identity without a name or key file").arg(path));
        id.keyFile = dir + u'/' + keyFile;
        result.identities << id;
    }
    if (result.identities.isEmpty() || result.password.isEmpty())
        return makeError(ErrorKind::Corrupt, QStringLiteral("%1 lists no identities or no password").arg(path));
    return result;
}

} // namespace credit::ui
