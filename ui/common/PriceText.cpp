// SPDX-License-Identifier: Apache-2.0
#include "common/PriceText.h"

#include <QCoreApplication>
#include <QLocale>

namespace credit::ui {

QString priceText(quint64 fen)
{
    return QCoreApplication::translate("PriceText", "¥%1").arg(QLocale().toString(double(fen) / 100.0, 'f', 2));
}

} // namespace credit::ui
