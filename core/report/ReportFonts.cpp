// SPDX-License-Identifier: Apache-2.0
#include "report/ReportFonts.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace credit::report {

namespace {

QString firstInstalled(const QStringList &wanted, const QStringList &installed)
{
    for (const QString &family : wanted) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    return {};
}

} // namespace

Result<QStringList> ReportFonts::families()
{
    // Linux (fonts-noto-cjk), then Windows, then macOS faces.
    const QStringList cjkWanted = { u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"Microsoft YaHei"_s, u"SimSun"_s,
        u"WenQuanYi Micro Hei"_s, u"PingFang SC"_s };
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    QString cjk = firstInstalled(cjkWanted, chinese);
    if (cjk.isEmpty() && !chinese.isEmpty())
        cjk = chinese.first();
    if (cjk.isEmpty()) {
        return makeError(ErrorKind::Unsupported,
            tr("No font for Simplified Chinese is installed, so the report cannot be set. "
               "Install one (on Debian and Ubuntu: the fonts-noto-cjk package) and try again."));
    }
    // Latin text goes first to a Latin face: Qt's PDF engine writes no text
    // mapping for the digits of the CJK OpenType faces, so copied or searched
    // codes and amounts would come out empty. Qt takes each CJK character
    // from the next family in the list.
    const QString latin = firstInstalled({ u"DejaVu Sans"_s, u"Arial"_s, u"Liberation Sans"_s, u"Helvetica"_s },
        QFontDatabase::families(QFontDatabase::Latin));
    QStringList result;
    if (!latin.isEmpty())
        result << latin;
    result << cjk;
    return result;
}

} // namespace credit::report
