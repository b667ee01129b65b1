// SPDX-License-Identifier: Apache-2.0
#include "market/RegionNames.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace credit::market {

namespace {

//! GB/T 2260 province-level codes / 10000, with their names in English for the translators.
constexpr std::array<std::pair<quint32, const char *>, 34> kProvinces { {
    { 11, QT_TRANSLATE_NOOP("Regions", "Beijing") },
    { 12, QT_TRANSLATE_NOOP("Regions", "Tianjin") },
    { 13, QT_TRANSLATE_NOOP("Regions", "Hebei") },
    { 14, QT_TRANSLATE_NOOP("Regions", "Shanxi") },
    { 15, QT_TRANSLATE_NOOP("Regions", "Inner Mongolia") },
    { 21, QT_TRANSLATE_NOOP("Regions", "Liaoning") },
    { 22, QT_TRANSLATE_NOOP("Regions", "Jilin") },
    { 23, QT_TRANSLATE_NOOP("Regions", "Heilongjiang") },
    { 31, QT_TRANSLATE_NOOP("Regions", "Shanghai") },
    { 32, QT_TRANSLATE_NOOP("Regions", "Jiangsu") },
    { 33, QT_TRANSLATE_NOOP("Regions", "Zhejiang") },
    { 34, QT_TRANSLATE_NOOP("Regions", "Anhui") },
    { 35, QT_TRANSLATE_NOOP("Regions", "Fujian") },
    { 36, QT_TRANSLATE_NOOP("Regions", "Jiangxi") },
    { 37, QT_TRANSLATE_NOOP("Regions", "Shandong") },
    { 41, QT_TRANSLATE_NOOP("Regions", "Henan") },
    { 42, QT_TRANSLATE_NOOP("Regions", "Hubei") },
    { 43, QT_TRANSLATE_NOOP("Regions", "Hunan") },
    { 44, QT_TRANSLATE_NOOP("Regions", "Guangdong") },
    { 45, QT_TRANSLATE_NOOP("Regions", "Guangxi") },
    { 46, QT_TRANSLATE_NOOP("Regions", "Hainan") },
    { 50, QT_TRANSLATE_NOOP("Regions", "Chongqing") },
    { 51, QT_TRANSLATE_NOOP("Regions", "Sichuan") },
    { 52, QT_TRANSLATE_NOOP("Regions", "Guizhou") },
    { 53, QT_TRANSLATE_NOOP("Regions", "Yunnan") },
    { 54, QT_TRANSLATE_NOOP("Regions", "Tibet") },
    { 61, QT_TRANSLATE_NOOP("Regions", "Shaanxi") },
    { 62, QT_TRANSLATE_NOOP("Regions", "Gansu") },
    { 63, QT_TRANSLATE_NOOP("Regions", "Qinghai") },
    { 64, QT_TRANSLATE_NOOP("Regions", "Ningxia") },
    { 65, QT_TRANSLATE_NOOP("Regions", "Xinjiang") },
    { 71, QT_TRANSLATE_NOOP("Regions", "Taiwan") },
    { 81, QT_TRANSLATE_NOOP("Regions", "Hong Kong") },
    { 82, QT_TRANSLATE_NOOP("Regions", "Macao") },
} };

} // namespace

QString provinceName(quint32 regionCode)
{
    const quint32 province = regionCode / 10000;
    for (const auto &[code, name] : kProvinces)
        if (code == province)
            return QCoreApplication::translate("Regions", name);
    return {};
}

QList<quint32> provinceCodes()
{
    QList<quint32> codes;
    codes.reserve(static_cast<qsizetype>(kProvinces.size()));
    for (const auto &province : kProvinces)
        codes << province.first * 10000;
    return codes;
}

QString regionLabel(quint32 regionCode)
{
    if (regionCode == 0)
        return {};
    const QString name = provinceName(regionCode);
    return name.isEmpty() ? QString::number(regionCode) : name;
}

} // namespace credit::market
