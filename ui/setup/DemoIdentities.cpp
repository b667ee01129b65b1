// SPDX-License-Identifier: Apache-2.0
#include "setup/DemoIdentities.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace credit::ui {

QString DemoIdentity::displayName() const
{
    return isUser() ? QCoreApplication::translate("credit::ui::DemoIdentity", "%1 @ %2").arg(user, name) : name;
}

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
    QList<DemoIdentity> users;
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
        id.user = o.value(QStringLiteral("user")).toString();
        id.institution = o.value(QStringLiteral("institution")).toString();
        if (id.isUser() != !id.institution.isEmpty())
            return makeError(ErrorKind::Corrupt,
                QStringLiteral("%1: %2 needs both a user name and its institution's address").arg(path, id.address));
        (id.isUser() ? users : result.identities) << id;
    }
    for (const DemoIdentity &user : std::as_const(users)) {
        const auto institution = std::find_if(result.identities.cbegin(), result.identities.cend(),
            [&user](const DemoIdentity &i) { return !i.isUser() && i.address == user.institution; });
        if (institution == result.identities.cend())
            return makeError(ErrorKind::Corrupt,
                QStringLiteral("%1: user %2 names an institution (%3) the file does not list")
                    .arg(path, user.user, user.institution));
        // After the institution and the users already placed under it.
        auto at = institution + 1;
        while (at != result.identities.cend() && at->institution == user.institution)
            ++at;
        result.identities.insert(at - result.identities.cbegin(), user);
    }
    if (result.identities.isEmpty() || result.password.isEmpty())
        return makeError(ErrorKind::Corrupt, QStringLiteral("%1 lists no identities or no password").arg(path));
    return result;
}

} // namespace credit::ui
