// SPDX-License-Identifier: Apache-2.0
#include "desk/DisputeFiling.h"

#include "codec/Hex.h"
#include "crypto/Envelope.h"
#include "chain/MarketSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace credit::desk {

QByteArray DisputeFiling::grant(quint64 orderId, const QByteArray &mediator,
    const QList<std::pair<QString, std::pair<QByteArray, QByteArray>>> &copies)
{
    QJsonArray documents;
    for (const auto &[kind, hashes] : copies)
        documents << QJsonObject { { QStringLiteral("kind"), kind },
            { QStringLiteral("original"), hex::encode(hashes.first) },
            { QStringLiteral("copy"), hex::encode(hashes.second) } };
    return QJsonDocument(
        QJsonObject { { QStringLiteral("type"), QStringLiteral("creditchain.dispute-grant") },
            { QStringLiteral("version"), 1 }, { QStringLiteral("orderId"), QString::number(orderId) },
            { QStringLiteral("mediator"), hex::encodePrefixed(mediator) }, { QStringLiteral("documents"), documents } })
        .toJson(QJsonDocument::Compact);
}

Result<DisputeGrant> DisputeGrant::parse(const QByteArray &json)
{
    auto bad = [](const QString &why) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("DisputeFiling", "The dispute grant is not valid: %1").arg(why));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return bad(parseError.errorString());
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("type")).toString() != u"creditchain.dispute-grant"
        || o.value(QStringLiteral("version")).toInt() != 1)
        return bad(QStringLiteral("type/version"));
    DisputeGrant grant;
    bool numberOk = false;
    grant.orderId = o.value(QStringLiteral("orderId")).toString().toULongLong(&numberOk);
    if (!numberOk)
        return bad(QStringLiteral("orderId"));
    auto mediator = hex::decodeFixed(o.value(QStringLiteral("mediator")).toString(), 20);
    if (!mediator)
        return bad(QStringLiteral("mediator"));
    grant.mediator = *mediator;
    for (const QJsonValue &v : o.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject d = v.toObject();
        const QString kind = d.value(QStringLiteral("kind")).toString();
        auto original = hex::decodeFixed(d.value(QStringLiteral("original")).toString(), 32);
        auto copy = hex::decodeFixed(d.value(QStringLiteral("copy")).toString(), 32);
        if ((kind != u"request" && kind != u"report") || !original || !copy)
            return bad(QStringLiteral("documents"));
        for (const Copy &seen : std::as_const(grant.copies))
            if (seen.kind == kind)
                return bad(QStringLiteral("documents"));
        grant.copies << Copy { kind, *original, *copy };
    }
    return grant;
}

Result<market::Outcome> fileDispute(market::MarketSession &session, const DisputeFiling &filing)
{
    const QList<crypto::Sm2PublicKey> readers = filing.readers + filing.mediatorKeys;
    QList<std::pair<QString, std::pair<QByteArray, QByteArray>>> copies;
    for (const auto &[kind, original] : { std::pair { QStringLiteral("request"), filing.requestDocument },
             std::pair { QStringLiteral("report"), filing.reportDocument } }) {
        if (original.isEmpty())
            continue;
        // The store checks the body against the on-chain hash it was asked for.
        auto envelope = session.documents().fetch(original);
        if (!envelope)
            return makeError(envelope.error().kind,
                QCoreApplication::translate("DisputeFiling", "The %1 document could not be fetched: %2")
                    .arg(kind, envelope.error().message));
        auto plaintext = crypto::envelope::open(*envelope, session.key());
        if (!plaintext)
            return plaintext.error();
        auto copy = crypto::envelope::seal(*plaintext, readers);
        if (!copy)
            return copy.error();
        auto stored = session.documents().upload(*copy);
        if (!stored)
            return makeError(stored.error().kind,
                QCoreApplication::translate("DisputeFiling", "The document store did not take the mediator's copy: %1")
                    .arg(stored.error().message));
        copies.append({ kind, { original, *stored } });
    }
    auto keyEnvelope
        = crypto::envelope::seal(DisputeFiling::grant(filing.orderId, filing.mediator, copies), filing.mediatorKeys);
    if (!keyEnvelope)
        return keyEnvelope.error();
    auto outcome = session.market().raiseDispute(filing.orderId, filing.mediator, filing.reason, *keyEnvelope);
    if (!outcome)
        return makeError(outcome.error().kind,
            QCoreApplication::translate("DisputeFiling", "The chain refused the dispute: %1")
                .arg(outcome.error().message));
    return *outcome;
}

} // namespace credit::desk
