// SPDX-License-Identifier: Apache-2.0
#include "regulator/SupervisionText.h"

#include "common/HexText.h"
#include "orders/OrderText.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace credit::ui {

namespace {

QString provenanceWith(const market::Provenance &p, const QString &head)
{
    return SupervisionText::tr("Computed at blocks %1–%2, head %3, %4 orders (%5 decrypted)")
        .arg(p.firstBlock)
        .arg(p.headBlock)
        .arg(head)
        .arg(p.orders)
        .arg(p.decryptedOrders);
}

} // namespace

QString SupervisionText::hash(const QByteArray &hash)
{
    return hash.isEmpty() ? u"—"_s : prefixedHexText(hash);
}

QString SupervisionText::provenance(const market::Provenance &p)
{
    const QString full = hash(p.headHash);
    return provenanceWith(p, full.size() > 14 ? full.left(8) + u"…"_s + full.right(4) : full);
}

QString SupervisionText::provenanceInFull(const market::Provenance &p)
{
    return provenanceWith(p, hash(p.headHash));
}

QString SupervisionText::ruleName(market::AnomalyRule rule)
{
    switch (rule) {
    case market::AnomalyRule::WithoutValidLetter:
        return tr("Without a valid authorisation letter");
    case market::AnomalyRule::RepeatedQueries:
        return tr("Repeated queries");
    case market::AnomalyRule::SlaBreach:
        return tr("Delivery deadline missed");
    case market::AnomalyRule::Dispute:
        return tr("Dispute");
    case market::AnomalyRule::AuthorisationReused:
        return tr("Authorisation used repeatedly");
    case market::AnomalyRule::RevokedAfterUse:
        return tr("Authorisation revoked soon after use");
    }
    return {};
}

QString SupervisionText::duration(const market::DurationFigure &figure)
{
    if (figure.count == 0)
        return tr("no orders");
    return tr("median %1 · p90 %2 (%n order(s))", nullptr, static_cast<int>(figure.count))
        .arg(OrderText::duration(figure.medianMs), OrderText::duration(figure.p90Ms));
}

QString SupervisionText::chinaTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone(8 * 3600)).toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace credit::ui
