// SPDX-License-Identifier: Apache-2.0
#include "supervision/RequestFacts.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace credit::supervision {

RequestFacts RequestFacts::of(const market::OrderRequest &request)
{
    RequestFacts f;
    f.orderId = request.orderId;
    f.enterpriseCode = request.enterpriseCode;
    f.enterpriseName = request.enterpriseName;
    f.hasLetter = request.authorisation.has_value();
    if (request.authorisation) {
        f.validFrom = request.authorisation->validFrom;
        f.validUntil = request.authorisation->validUntil;
    }
    return f;
}

QByteArray RequestFacts::toJson() const
{
    QJsonObject o { { QStringLiteral("orderId"), QString::number(orderId) }, { QStringLiteral("code"), enterpriseCode },
        { QStringLiteral("name"), enterpriseName }, { QStringLiteral("letter"), hasLetter } };
    if (hasLetter) {
        o.insert(QStringLiteral("validFrom"), validFrom);
        o.insert(QStringLiteral("validUntil"), validUntil);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<RequestFacts> RequestFacts::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    bool ok = false;
    const quint64 id = doc.object().value(QStringLiteral("orderId")).toString().toULongLong(&ok);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !ok)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("RequestFacts", "a row of the supervision copy is not readable"));
    const QJsonObject o = doc.object();
    RequestFacts f;
    f.orderId = id;
    f.enterpriseCode = o.value(QStringLiteral("code")).toString();
    f.enterpriseName = o.value(QStringLiteral("name")).toString();
    f.hasLetter = o.value(QStringLiteral("letter")).toBool();
    f.validFrom = o.value(QStringLiteral("validFrom")).toString();
    f.validUntil = o.value(QStringLiteral("validUntil")).toString();
    return f;
}

market::LetterStatus RequestFacts::letterAt(qint64 placedMs) const
{
    using market::LetterStatus;
    if (!hasLetter)
        return LetterStatus::Missing;
    // ISO dates compare as text; the letter's dates are China-time days.
    const QString day = market::chinaTime(placedMs, false);
    if (day < validFrom)
        return LetterStatus::NotYetValid;
    if (day > validUntil)
        return LetterStatus::Expired;
    return LetterStatus::Valid;
}

quint32 RequestFacts::province() const
{
    if (enterpriseCode.size() < 4 || !enterpriseCode.at(2).isDigit() || !enterpriseCode.at(3).isDigit())
        return 0;
    return quint32(enterpriseCode.mid(2, 2).toUInt()) * 10000;
}

quint32 provinceOf(quint32 regionCode)
{
    return regionCode / 10000 * 10000;
}

} // namespace credit::supervision
