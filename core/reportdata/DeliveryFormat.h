// SPDX-License-Identifier: Apache-2.0
// A product's delivery format is free text on chain ("PDF", "PDF + JSON", …).
// What the terminal reads from it: whether the delivered report carries the
// structured data (REPORT_DATA.md) inside its PDF.
#pragma once

#include <QString>
#include <QStringList>

namespace credit::report {

//! The formats the product editor offers; any other text stays allowed.
inline QStringList deliveryFormatChoices()
{
    return { QStringLiteral("PDF"), QStringLiteral("PDF + structured data (JSON)"),
        QStringLiteral("Structured data (JSON)") };
}

//! True when the format names structured data: "JSON", "structured" or
//! 结构化 in any case ("PDF + JSON" and "JSON" as the demo products say).
//! The report is a PDF either way (its SM3 is what the chain anchors); the
//! data travels embedded in it.
inline bool includesStructuredData(const QString &deliveryFormat)
{
    return deliveryFormat.contains(QLatin1String("json"), Qt::CaseInsensitive)
        || deliveryFormat.contains(QLatin1String("structured"), Qt::CaseInsensitive)
        || deliveryFormat.contains(QStringLiteral("结构化"));
}

} // namespace credit::report
