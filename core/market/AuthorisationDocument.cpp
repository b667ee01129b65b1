// SPDX-License-Identifier: Apache-2.0
#include "market/AuthorisationDocument.h"

#include "codec/Hex.h"
#include "crypto/Sm3.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace credit::market {

namespace {

const QString kType = QStringLiteral("creditchain.authorisation");

Error invalid(const QString &what)
{
    return makeError(ErrorKind::Corrupt,
        QCoreApplication::translate("AuthorisationDocument", "the authorisation document is not valid: %1").arg(what));
}

qint64 chinaMidnightMs(const QDate &day)
{
    if (!day.isValid())
        return -1;
    return QDateTime(day, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

} // namespace

QByteArray enterpriseCommitment(const QByteArray &salt, const QString &creditCode)
{
    return crypto::sm3(salt + creditCode.toUtf8());
}

qint64 validityStartMs(const QString &validFrom)
{
    return chinaMidnightMs(QDate::fromString(validFrom, Qt::ISODate));
}

qint64 validityEndMs(const QString &validUntil)
{
    const QDate last = QDate::fromString(validUntil, Qt::ISODate);
    return last.isValid() ? chinaMidnightMs(last.addDays(1)) : -1;
}

QByteArray AuthorisationDocument::toJson() const
{
    const QJsonObject o { { QStringLiteral("type"), kType }, { QStringLiteral("version"), 1 },
        { QStringLiteral("authorisationId"), QString::number(authorisationId) },
        { QStringLiteral("bank"),
            QJsonObject { { QStringLiteral("name"), bankName }, { QStringLiteral("code"), bankCode } } },
        { QStringLiteral("enterprise"),
            QJsonObject { { QStringLiteral("name"), enterpriseName }, { QStringLiteral("code"), enterpriseCode },
                { QStringLiteral("salt"), hex::encode(salt) } } },
        { QStringLiteral("purpose"), purpose },
        { QStringLiteral("letter"),
            QJsonObject { { QStringLiteral("fileName"), letter.fileName },
                { QStringLiteral("mediaType"), letter.mediaType },
                { QStringLiteral("sm3"), hex::encode(crypto::sm3(letter.content)) },
                { QStringLiteral("validFrom"), letter.validFrom }, { QStringLiteral("validUntil"), letter.validUntil },
                { QStringLiteral("content"), QString::fromLatin1(letter.content.toBase64()) } } } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<AuthorisationDocument> AuthorisationDocument::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return invalid(
            QCoreApplication::translate("AuthorisationDocument", "not a JSON object (%1)").arg(error.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("type")).toString() != kType)
        return invalid(QCoreApplication::translate("AuthorisationDocument", "type is not %1").arg(kType));
    if (o.value(QStringLiteral("version")).toInt() != 1)
        return invalid(QCoreApplication::translate("AuthorisationDocument", "version %1 is not supported")
                           .arg(o.value(QStringLiteral("version")).toInt()));
    AuthorisationDocument d;
    bool idOk = false;
    d.authorisationId = o.value(QStringLiteral("authorisationId")).toString().toULongLong(&idOk);
    if (!idOk || d.authorisationId == 0)
        return invalid(
            QCoreApplication::translate("AuthorisationDocument", "authorisationId must be a decimal string"));
    const QJsonObject bank = o.value(QStringLiteral("bank")).toObject();
    const QJsonObject enterprise = o.value(QStringLiteral("enterprise")).toObject();
    d.bankName = bank.value(QStringLiteral("name")).toString();
    d.bankCode = bank.value(QStringLiteral("code")).toString();
    d.enterpriseName = enterprise.value(QStringLiteral("name")).toString();
    d.enterpriseCode = enterprise.value(QStringLiteral("code")).toString();
    auto salt = hex::decode(enterprise.value(QStringLiteral("salt")).toString());
    if (d.enterpriseName.isEmpty() || d.enterpriseCode.isEmpty())
        return invalid(
            QCoreApplication::translate("AuthorisationDocument", "the enterprise's name and code are required"));
    if (!salt || salt->size() != kSaltSize)
        return invalid(
            QCoreApplication::translate("AuthorisationDocument", "the salt must be %1 bytes of hex").arg(kSaltSize));
    d.salt = *salt;
    d.purpose = o.value(QStringLiteral("purpose")).toString();
    const QJsonObject a = o.value(QStringLiteral("letter")).toObject();
    auto content = QByteArray::fromBase64Encoding(
        a.value(QStringLiteral("content")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!content || (*content).isEmpty())
        return invalid(QCoreApplication::translate("AuthorisationDocument", "the letter's content is not base64"));
    if (hex::encode(crypto::sm3(*content)) != a.value(QStringLiteral("sm3")).toString().toLower())
        return invalid(QCoreApplication::translate("AuthorisationDocument", "the letter does not match its SM3"));
    d.letter = AuthorisationLetter { a.value(QStringLiteral("fileName")).toString(),
        a.value(QStringLiteral("mediaType")).toString(), a.value(QStringLiteral("validFrom")).toString(),
        a.value(QStringLiteral("validUntil")).toString(), *content };
    if (validityStartMs(d.letter.validFrom) < 0 || validityEndMs(d.letter.validUntil) < 0)
        return invalid(
            QCoreApplication::translate("AuthorisationDocument", "the letter's validity dates are not dates"));
    return d;
}

} // namespace credit::market
