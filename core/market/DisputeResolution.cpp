// SPDX-License-Identifier: Apache-2.0
#include "market/DisputeResolution.h"

#include <QCoreApplication>

namespace credit::market {

QString outcomeTag(DisputeOutcome outcome)
{
    switch (outcome) {
    case DisputeOutcome::Upheld:
        return QStringLiteral("upheld");
    case DisputeOutcome::Rejected:
        return QStringLiteral("rejected");
    case DisputeOutcome::Settled:
        return QStringLiteral("settled");
    case DisputeOutcome::Unspecified:
        break;
    }
    return {};
}

std::optional<DisputeOutcome> outcomeFromTag(const QString &tag)
{
    for (const DisputeOutcome o : { DisputeOutcome::Upheld, DisputeOutcome::Rejected, DisputeOutcome::Settled })
        if (tag == outcomeTag(o))
            return o;
    return std::nullopt;
}

QString outcomeName(DisputeOutcome outcome)
{
    switch (outcome) {
    case DisputeOutcome::Upheld:
        return QCoreApplication::translate("DisputeResolution", "Complaint upheld");
    case DisputeOutcome::Rejected:
        return QCoreApplication::translate("DisputeResolution", "Complaint rejected");
    case DisputeOutcome::Settled:
        return QCoreApplication::translate("DisputeResolution", "Settled by agreement");
    case DisputeOutcome::Unspecified:
        break;
    }
    return {};
}

QString DisputeResolution::toText() const
{
    const QString tag = outcomeTag(outcome);
    return tag.isEmpty() ? note : QStringLiteral("[%1] %2").arg(tag, note);
}

DisputeResolution DisputeResolution::fromText(const QString &text)
{
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close > 1)
            if (const auto outcome = outcomeFromTag(text.mid(1, close - 1)))
                return { *outcome, text.mid(close + 1).trimmed() };
    }
    return { DisputeOutcome::Unspecified, text };
}

} // namespace credit::market
