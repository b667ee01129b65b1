// SPDX-License-Identifier: Apache-2.0
#include "report/ToUnicodeRepair.h"

#include <QFont>
#include <QList>
#include <QRawFont>

#include <cstring>

namespace credit::report {

namespace {

// The blocks below the unified ideographs whose characters CJK fonts draw
// with an ideograph's glyph: CJK Radicals Supplement, Kangxi Radicals, CJK Strokes.
constexpr std::pair<char16_t, char16_t> kRadicalBlocks[] = { { 0x2E80, 0x2FDF }, { 0x31C0, 0x31EF } };
constexpr char16_t kIdeographsFirst = 0x4E00;
constexpr char16_t kIdeographsLast = 0x9FFF;

QString range(char16_t first, char16_t last)
{
    QString s;
    s.reserve(last - first + 1);
    for (char32_t c = first; c <= last; ++c)
        s.append(QChar(static_cast<char16_t>(c)));
    return s;
}

int hexValue(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        const int d = c >= '0' && c <= '9' ? c - '0'
            : c >= 'A' && c <= 'F'         ? c - 'A' + 10
            : c >= 'a' && c <= 'f'         ? c - 'a' + 10
                                           : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

// A "<XXXX>" token at p (inside [p, end))?
bool isHex4(const char *p, const char *end)
{
    return end - p >= 6 && p[0] == '<' && p[5] == '>' && hexValue(p + 1) >= 0;
}

} // namespace

ToUnicodeRepair::ToUnicodeRepair(const QString &cjkFamily)
{
    QFont font(cjkFamily);
    font.setPixelSize(64);
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return;
    const QString ideographs = range(kIdeographsFirst, kIdeographsLast);
    const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, char16_t> byGlyph;
    for (qsizetype i = 0; i < ideographGlyphs.size(); ++i) {
        if (ideographGlyphs[i] != 0 && !byGlyph.contains(ideographGlyphs[i]))
            byGlyph.insert(ideographGlyphs[i], ideographs[i].unicode());
    }
    for (const auto &[first, last] : kRadicalBlocks) {
        const QString radicals = range(first, last);
        const QList<quint32> glyphs = raw.glyphIndexesForString(radicals);
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const auto it = byGlyph.constFind(glyphs[i]);
            if (glyphs[i] != 0 && it != byGlyph.cend())
                m_map.insert(radicals[i].unicode(), *it);
        }
    }
}

int ToUnicodeRepair::apply(QByteArray &pdf) const
{
    if (m_map.isEmpty())
        return 0;
    // Qt writes each ToUnicode CMap as an uncompressed stream of this shape.
    static const char kBegin[] = "begincmap";
    static const char kEnd[] = "endcmap";
    int replaced = 0;
    char *data = pdf.data();
    qsizetype from = 0;
    while ((from = pdf.indexOf(kBegin, from)) >= 0) {
        const qsizetype stop = pdf.indexOf(kEnd, from);
        if (stop < 0)
            break;
        replaced += repairCMap(data + from, data + stop);
        from = stop;
    }
    return replaced;
}

// Lines of a CMap's bfchar and bfrange sections: "<src> <dst>", "<lo> <hi> <dst>"
// and "<lo> <hi> [<dst> <dst> ...]". Only destinations are rewritten, and a
// "<lo> <hi> <dst>" range only when it is one code long (a longer one counts up
// from dst, and Qt writes those only for runs of consecutive code points).
int ToUnicodeRepair::repairCMap(char *begin, char *end) const
{
    int replaced = 0;
    char *line = begin;
    enum class Section { None, Char, Range } section = Section::None;
    while (line < end) {
        char *eol = static_cast<char *>(std::memchr(line, '\n', static_cast<size_t>(end - line)));
        if (!eol)
            eol = end;
        const QByteArray text = QByteArray::fromRawData(line, eol - line);
        if (text.endsWith("beginbfchar"))
            section = Section::Char;
        else if (text.endsWith("beginbfrange"))
            section = Section::Range;
        else if (text.startsWith("end"))
            section = Section::None;
        else if (section == Section::Char && isHex4(line, eol) && isHex4(line + 7, eol))
            replaced += rewrite(line + 8) ? 1 : 0;
        else if (section == Section::Range && isHex4(line, eol) && isHex4(line + 7, eol) && eol - line > 14) {
            const bool single = hexValue(line + 1) == hexValue(line + 8);
            if (line[14] == '[') {
                for (char *p = line + 15; p < eol; ++p) {
                    if (isHex4(p, eol))
                        replaced += rewrite(p + 1) ? 1 : 0;
                }
            } else if (single && isHex4(line + 14, eol)) {
                replaced += rewrite(line + 15) ? 1 : 0;
            }
        }
        line = eol + 1;
    }
    return replaced;
}

bool ToUnicodeRepair::rewrite(char *hex4) const
{
    const int code = hexValue(hex4);
    const auto it = m_map.constFind(static_cast<char16_t>(code));
    if (code < 0 || it == m_map.cend())
        return false;
    static const char kDigits[] = "0123456789ABCDEF";
    const int to = *it;
    for (int i = 0; i < 4; ++i)
        hex4[i] = kDigits[(to >> (12 - 4 * i)) & 0xF];
    return true;
}

} // namespace credit::report
