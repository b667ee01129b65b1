// SPDX-License-Identifier: Apache-2.0
#include "desk/OrderDraft.h"

#include "market/Uscc.h"

#include <QCoreApplication>

namespace credit::desk {

namespace {
QString t(const char *text)
{
    return QCoreApplication::translate("OrderDraft", text);
}
} // namespace

QString OrderDraft::problem(QDate today) const
{
    if (product.productId == 0)
        return t(QT_TRANSLATE_NOOP("OrderDraft", "Choose a product."));
    if (enterpriseName.trimmed().isEmpty())
        return t(QT_TRANSLATE_NOOP("OrderDraft", "Enter the enterprise's name."));
    if (!uscc::check(enterpriseCode).ok())
        return t(QT_TRANSLATE_NOOP("OrderDraft", "Enter a valid unified social credit code."));
    if (purpose.trimmed().isEmpty())
        return t(QT_TRANSLATE_NOOP("OrderDraft", "Say what the report is for."));
    if (product.authorisationRequired && !letter)
        return t(
            QT_TRANSLATE_NOOP("OrderDraft", "This product needs the enterprise's authorisation letter: attach it."));
    if (letter)
        return letterProblem(*letter, today);
    return {};
}

QString letterProblem(const market::AuthorisationLetter &letter, QDate today)
{
    if (letter.content.isEmpty())
        return t(QT_TRANSLATE_NOOP("OrderDraft", "Attach the enterprise's signed authorisation letter."));
    const QDate from = QDate::fromString(letter.validFrom, Qt::ISODate);
    const QDate until = QDate::fromString(letter.validUntil, Qt::ISODate);
    if (!from.isValid() || !until.isValid() || from > until)
        return t(QT_TRANSLATE_NOOP("OrderDraft", "The letter's validity must start before it ends."));
    if (until <= today)
        return t(QT_TRANSLATE_NOOP("OrderDraft", "The letter has expired: its validity must end in the future."));
    // The chain checks the validity against the block's time (China time days).
    if (from > today)
        return t(QT_TRANSLATE_NOOP("OrderDraft", "The letter's validity has not begun yet: it can be used from %1."))
            .arg(letter.validFrom);
    return {};
}

} // namespace credit::desk
