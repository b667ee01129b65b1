// SPDX-License-Identifier: Apache-2.0
#include "devnet/DemoDocuments.h"

#include "market/OrderRequest.h"

#include "codec/Hex.h"
#include "crypto/Sm3.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace credit::devnet {

namespace {
constexpr qint64 kChinaOffsetMs = 8LL * 3600 * 1000;
} // namespace

QString demoChinaTime(qint64 ms, bool withTime)
{
    // Shifted UTC instead of a QTimeZone: China keeps UTC+8 all year, and the
    // shift works without a time-zone database (Windows, minimal containers).
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms + kChinaOffsetMs, Qt::UTC);
    return t.toString(withTime ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd"));
}

QByteArray demoAuthorisationLetter(const DemoOrderFacts &f)
{
    const qint64 validUntil = f.placedAtMs + kDemoLetterValidityDays * 24 * 3600 * 1000;
    return QStringLiteral("企业信用信息查询授权书\n\n"
                          "授权人：%1（统一社会信用代码 %2）\n"
                          "被授权人：%3（统一社会信用代码 %4）\n\n"
                          "本企业同意被授权人通过征信链向%5查询本企业的信用信息，"
                          "查询结果仅用于：%6。\n\n"
                          "授权有效期：%7 至 %8\n\n"
                          "（本授权书为 CreditChain 演示网络的虚构数据，不具有法律效力。）\n")
        .arg(f.enterprise.name, f.enterprise.code, f.bankName, f.bankCode, f.bureauName, f.purpose,
            demoChinaTime(f.placedAtMs, false), demoChinaTime(validUntil, false))
        .toUtf8();
}

market::AuthorisationLetter demoLetterOf(const DemoOrderFacts &f, const QByteArray &letter)
{
    const qint64 validUntil = f.placedAtMs + kDemoLetterValidityDays * 24 * 3600 * 1000;
    return market::AuthorisationLetter { QStringLiteral("authorisation-letter.txt"),
        QStringLiteral("text/plain; charset=utf-8"), demoChinaTime(f.placedAtMs, false),
        demoChinaTime(validUntil, false), letter };
}

QByteArray demoRequestDocument(const DemoOrderFacts &f, const QByteArray &letter)
{
    market::OrderRequest r;
    r.orderId = f.orderId;
    r.productId = f.productId;
    r.bankName = f.bankName;
    r.bankCode = f.bankCode;
    r.enterpriseName = f.enterprise.name;
    r.enterpriseCode = f.enterprise.code;
    r.purpose = f.purpose;
    r.requestedAt = demoChinaTime(f.placedAtMs);
    if (!letter.isEmpty())
        r.authorisation = demoLetterOf(f, letter);
    return r.toJson();
}

QByteArray demoRequestDocument(const DemoOrderFacts &f, const market::AuthorisationDocument &authorisation)
{
    market::OrderRequest r = market::OrderRequest::parse(demoRequestDocument(f, QByteArray())).value();
    r.authorisation = authorisation.letter;
    r.authorisationId = authorisation.authorisationId;
    r.commitmentSalt = authorisation.salt;
    return r.toJson();
}

market::AuthorisationDocument demoAuthorisationDocument(quint64 authorisationId, const DemoOrderFacts &f)
{
    market::AuthorisationDocument d;
    d.authorisationId = authorisationId;
    d.bankName = f.bankName;
    d.bankCode = f.bankCode;
    d.enterpriseName = f.enterprise.name;
    d.enterpriseCode = f.enterprise.code;
    // Fixed per authorisation, so the demo's commitments are the same on every start.
    d.salt = crypto::sm3("demo authorisation salt " + QByteArray::number(authorisationId))
                 .left(market::AuthorisationDocument::kSaltSize);
    d.purpose = f.purpose;
    d.letter = demoLetterOf(f, demoAuthorisationLetter(f));
    return d;
}

QByteArray demoDisputeGrant(quint64 orderId, const QByteArray &mediator, const QList<DemoGrantedDocument> &documents)
{
    QJsonArray docs;
    for (const auto &d : documents)
        docs << QJsonObject { { QStringLiteral("kind"), d.kind },
            { QStringLiteral("original"), hex::encode(d.original) }, { QStringLiteral("copy"), hex::encode(d.copy) } };
    return QJsonDocument(
        QJsonObject { { QStringLiteral("type"), QStringLiteral("creditchain.dispute-grant") },
            { QStringLiteral("version"), 1 }, { QStringLiteral("orderId"), QString::number(orderId) },
            { QStringLiteral("mediator"), hex::encodePrefixed(mediator) }, { QStringLiteral("documents"), docs } })
        .toJson(QJsonDocument::Compact);
}

} // namespace credit::devnet
