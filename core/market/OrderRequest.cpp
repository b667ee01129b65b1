// SPDX-License-Identifier: Apache-2.0
#include "market/OrderRequest.h"

#include "codec/Hex.h"
#include "crypto/Sm3.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace credit::market {

namespace {

const QString kType = QStringLiteral("creditchain.order-request");

Error invalid(const QString &what)
{
    return makeError(ErrorKind::Corrupt,
        QCoreApplication::translate("OrderRequest", "the order request document is not valid: %1").arg(what));
}

std::optional<quint64> decimalId(const QJsonValue &v)
{
    bool ok = false;
    const quint64 id = v.toString().toULongLong(&ok);
    return ok && v.isString() ? std::optional<quint64>(id) : std::nullopt;
}

} // namespace

QString chinaTime(qint64 utcMs, bool withTime)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::OffsetFromUTC, 8 * 3600);
    return t.toString(withTime ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd"));
}

QByteArray OrderRequest::authorisationHash() const
{
    return authorisation ? crypto::sm3(authorisation->content) : QByteArray(32, '\0');
}

QByteArray OrderRequest::toJson() const
{
    QJsonObject o { { QStringLiteral("type"), kType }, { QStringLiteral("version"), 1 },
        { QStringLiteral("orderId"), QString::number(orderId) },
        { QStringLiteral("productId"), QString::number(productId) },
        { QStringLiteral("bank"),
            QJsonObject { { QStringLiteral("name"), bankName }, { QStringLiteral("code"), bankCode } } },
        { QStringLiteral("enterprise"),
            QJsonObject { { QStringLiteral("name"), enterpriseName }, { QStringLiteral("code"), enterpriseCode } } },
        { QStringLiteral("purpose"), purpose }, { QStringLiteral("requestedAt"), requestedAt },
        { QStringLiteral("authorisation"), QJsonValue::Null } };
    if (authorisationId != 0)
        o.insert(QStringLiteral("authorisationRecord"),
            QJsonObject { { QStringLiteral("id"), QString::number(authorisationId) },
                { QStringLiteral("salt"), hex::encode(commitmentSalt) } });
    if (authorisation)
        o.insert(QStringLiteral("authorisation"),
            QJsonObject { { QStringLiteral("fileName"), authorisation->fileName },
                { QStringLiteral("mediaType"), authorisation->mediaType },
                { QStringLiteral("sm3"), hex::encode(crypto::sm3(authorisation->content)) },
                { QStringLiteral("validFrom"), authorisation->validFrom },
                { QStringLiteral("validUntil"), authorisation->validUntil },
                { QStringLiteral("content"), QString::fromLatin1(authorisation->content.toBase64()) } });
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<OrderRequest> OrderRequest::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return invalid(QCoreApplication::translate("OrderRequest", "not a JSON object (%1)").arg(error.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("type")).toString() != kType)
        return invalid(QCoreApplication::translate("OrderRequest", "type is not %1").arg(kType));
    if (o.value(QStringLiteral("version")).toInt() != 1)
        return invalid(QCoreApplication::translate("OrderRequest", "version %1 is not supported")
                           .arg(o.value(QStringLiteral("version")).toInt()));
    OrderRequest r;
    const auto orderId = decimalId(o.value(QStringLiteral("orderId")));
    const auto productId = decimalId(o.value(QStringLiteral("productId")));
    if (!orderId || !productId)
        return invalid(QCoreApplication::translate("OrderRequest", "orderId and productId must be decimal strings"));
    r.orderId = *orderId;
    r.productId = *productId;
    const QJsonObject bank = o.value(QStringLiteral("bank")).toObject();
    const QJsonObject enterprise = o.value(QStringLiteral("enterprise")).toObject();
    r.bankName = bank.value(QStringLiteral("name")).toString();
    r.bankCode = bank.value(QStringLiteral("code")).toString();
    r.enterpriseName = enterprise.value(QStringLiteral("name")).toString();
    r.enterpriseCode = enterprise.value(QStringLiteral("code")).toString();
    r.purpose = o.value(QStringLiteral("purpose")).toString();
    r.requestedAt = o.value(QStringLiteral("requestedAt")).toString();
    if (r.enterpriseName.isEmpty() || r.enterpriseCode.isEmpty())
        return invalid(QCoreApplication::translate("OrderRequest", "the enterprise's name and code are required"));
    // Absent in requests sealed before authorisations were records (issue 16).
    const QJsonValue record = o.value(QStringLiteral("authorisationRecord"));
    if (record.isObject()) {
        const auto id = decimalId(record.toObject().value(QStringLiteral("id")));
        auto salt = hex::decode(record.toObject().value(QStringLiteral("salt")).toString());
        if (!id || *id == 0 || !salt || salt->isEmpty())
            return invalid(QCoreApplication::translate(
                "OrderRequest", "authorisationRecord must name a decimal id and a hex salt"));
        r.authorisationId = *id;
        r.commitmentSalt = *salt;
    } else if (!record.isUndefined() && !record.isNull()) {
        return invalid(QCoreApplication::translate("OrderRequest", "authorisationRecord must be an object"));
    }
    const QJsonValue auth = o.value(QStringLiteral("authorisation"));
    if (auth.isObject()) {
        const QJsonObject a = auth.toObject();
        auto content = QByteArray::fromBase64Encoding(
            a.value(QStringLiteral("content")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!content)
            return invalid(
                QCoreApplication::translate("OrderRequest", "the authorisation letter's content is not base64"));
        if (hex::encode(crypto::sm3(*content)) != a.value(QStringLiteral("sm3")).toString().toLower())
            return invalid(
                QCoreApplication::translate("OrderRequest", "the authorisation letter does not match its SM3"));
        r.authorisation = AuthorisationLetter { a.value(QStringLiteral("fileName")).toString(),
            a.value(QStringLiteral("mediaType")).toString(), a.value(QStringLiteral("validFrom")).toString(),
            a.value(QStringLiteral("validUntil")).toString(), *content };
    } else if (!auth.isNull()) {
        return invalid(QCoreApplication::translate("OrderRequest", "authorisation must be an object or null"));
    }
    return r;
}

} // namespace credit::market
