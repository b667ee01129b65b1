// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace credit::report {

//! Fixes the text map (ToUnicode CMaps) of a PDF that QPdfWriter wrote.
//!
//! Qt maps each embedded glyph back to the LOWEST code point the font maps to
//! it. CJK faces draw an ideograph and its radical form with one glyph
//! (页 U+9875 and ⻚ U+2EDA, 一 U+4E00 and ⼀ U+2F00), so the PDF claims
//! radicals: copied text is wrong and a search for 页 or 龙 finds nothing.
//! The repair rewrites those radical code points to the ideograph that shares
//! their glyph in the given font. Every code has four hex digits before and
//! after, so the file keeps its length and its cross-reference offsets.
class ToUnicodeRepair final {
public:
    //! Learns, from the font family actually used, which radical shares its glyph with which ideograph.
    explicit ToUnicodeRepair(const QString &cjkFamily);

    //! The PDF with every radical target in its ToUnicode CMaps replaced; returns how many were replaced.
    int apply(QByteArray &pdf) const;

    //! radical code point → ideograph, as learnt from the font.
    const QHash<char16_t, char16_t> &mapping() const { return m_map; }

private:
    int repairCMap(char *begin, char *end) const;
    bool rewrite(char *hex4) const;

    QHash<char16_t, char16_t> m_map;
};

} // namespace credit::report
