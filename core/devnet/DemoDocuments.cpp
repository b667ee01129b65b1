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
constexpr qint64 kLetterValidityDays = 180;
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
    const qint64 validUntil = f.placedAtMs + kLetterValidityDays * 24 * 3600 * 1000;
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
    if (!letter.isEmpty()) {
        const qint64 validUntil = f.placedAtMs + kLetterValidityDays * 24 * 3600 * 1000;
        r.authorisation = market::AuthorisationLetter { QStringLiteral("authorisation-letter.txt"),
            QStringLiteral("text/plain; charset=utf-8"), demoChinaTime(f.placedAtMs, false),
            demoChinaTime(validUntil, false), letter };
    }
    return r.toJson();
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
