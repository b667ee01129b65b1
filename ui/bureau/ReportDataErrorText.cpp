// SPDX-License-Identifier: Apache-2.0
#include "bureau/ReportDataErrorText.h"

namespace credit::ui {

namespace {
using Reason = report::FieldError::Reason;

QString typeName(const QString &token)
{
    if (token == QLatin1String("text"))
        return ReportDataErrorText::tr("text in quotes");
    if (token == QLatin1String("integer"))
        return ReportDataErrorText::tr("a whole number without quotes");
    if (token == QLatin1String("digits"))
        return ReportDataErrorText::tr("the order number written as text in quotes, digits only");
    if (token == QLatin1String("boolean"))
        return ReportDataErrorText::tr("true or false, without quotes");
    if (token == QLatin1String("object"))
        return ReportDataErrorText::tr("an object { … }");
    if (token == QLatin1String("list"))
        return ReportDataErrorText::tr("a list [ … ] (write [] when there are no records)");
    return token;
}
} // namespace

QString ReportDataErrorText::field(const report::FieldError &error)
{
    return error.path.isEmpty() ? tr("(whole file)") : error.path;
}

QString ReportDataErrorText::problem(const report::FieldError &e)
{
    switch (e.reason) {
    case Reason::NotJson:
        return tr("The file is not valid JSON: %1. Export it again from your system.").arg(e.found);
    case Reason::NotAnObject:
        return tr("The file must hold one JSON object { … } with the report data.");
    case Reason::WrongDocumentType:
        return tr("This is not a bureau report data file: its type is “%1”, expected “%2”.").arg(e.found, e.expected);
    case Reason::UnsupportedVersion:
        return tr("Schema version %1 is not supported; this terminal reads version %2.").arg(e.found, e.expected);
    case Reason::Missing:
        return e.path == QLatin1String("type")
            ? tr("Missing: this is not a bureau report data file (its type must be “%1”).").arg(e.expected)
            : tr("Required but missing.");
    case Reason::WrongType:
        return tr("Must be %1.").arg(typeName(e.expected));
    case Reason::Empty:
        return tr("Must not be empty.");
    case Reason::TooLong:
        return tr("Too long: %1 characters, at most %2.").arg(e.found, e.expected);
    case Reason::UnknownField:
        return tr("Not a field of the report data schema; check its spelling (a misspelt field would be left out of "
                  "the report).");
    case Reason::BadDate:
        return tr("“%1” is not a valid date; write it as YYYY-MM-DD.").arg(e.found);
    case Reason::BadMonth:
        return tr("“%1” is not a valid month; write it as YYYY-MM.").arg(e.found);
    case Reason::DateInFuture:
        return tr("%1 is after today (%2); a past event cannot be dated in the future.").arg(e.found, e.expected);
    case Reason::DateBefore:
        return tr("%1 is before %2.").arg(e.found, e.expected);
    case Reason::Negative:
        return tr("Must not be negative (found %1).").arg(e.found);
    case Reason::NotWhole:
        return tr("Must be a whole number (found %1); amounts are in whole yuan.").arg(e.found);
    case Reason::TooLarge:
        return tr("%1 is too large; at most %2.").arg(e.found, e.expected);
    case Reason::OutOfRange:
        return tr("%1 is out of range (%2).").arg(e.found, e.expected);
    case Reason::NotAllowed:
        return tr("“%1” is not allowed; use one of: %2.").arg(e.found, e.expected);
    case Reason::BadCreditCode:
        return tr("“%1” is not a valid unified social credit code: %2").arg(e.found, e.expected);
    case Reason::Mismatch:
        return e.path == QLatin1String("orderId")
            ? tr("The file is for order %1, not for this order (%2).").arg(e.found, e.expected)
            : tr("“%1” is not the enterprise of this order (“%2”). Export the data of the enterprise the bank asked "
                 "about.")
                  .arg(e.found, e.expected);
    case Reason::Exceeds:
        return tr("%1 is more than %2.").arg(e.found, e.expected);
    case Reason::NotResolved:
        return tr("A resolution date (%1) on a record that %2 says is not resolved.").arg(e.found, e.expected);
    }
    return {};
}

QString ReportDataErrorText::line(const report::FieldError &error)
{
    return tr("%1: %2").arg(field(error), problem(error));
}

} // namespace credit::ui
