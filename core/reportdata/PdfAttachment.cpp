// SPDX-License-Identifier: Apache-2.0
#include "reportdata/PdfAttachment.h"

#include <QByteArrayView>
#include <QRegularExpression>

#include <optional>

namespace credit::report {

namespace {

// Literal contexts and texts at each call: lupdate extracts them (core has no tr() of its own here).
constexpr const char *kContext = "PdfAttachment";

Error unsupported(const char *why)
{
    return makeError(ErrorKind::Unsupported,
        QCoreApplication::translate("PdfAttachment", "The structured data cannot be attached to this PDF: %1")
            .arg(QCoreApplication::translate(kContext, why)));
}

//! What the incremental update needs from the last trailer.
struct Trailer {
    qint64 xrefOffset = 0; //!< startxref: becomes /Prev
    qint64 size = 0; //!< /Size: the first free object number
    int rootNumber = 0;
    int rootGeneration = 0;
    QByteArray info; //!< "/Info n g R" or empty
    QByteArray id; //!< "/ID [...]" or empty
};

//! The dictionary that starts at from ("<<" … matching ">>"), nested dictionaries
//! counted; strings in it must not contain "<<" or ">>", which holds for the
//! catalogs and trailers QPdfWriter writes.
std::optional<QByteArray> dictionaryAt(const QByteArray &pdf, qsizetype from)
{
    if (pdf.mid(from, 2) != "<<")
        return std::nullopt;
    int depth = 0;
    for (qsizetype i = from; i + 1 < pdf.size(); ++i) {
        if (pdf[i] == '<' && pdf[i + 1] == '<') {
            ++depth;
            ++i;
        } else if (pdf[i] == '>' && pdf[i + 1] == '>') {
            --depth;
            ++i;
            if (depth == 0)
                return pdf.mid(from, i + 1 - from);
        }
    }
    return std::nullopt;
}

qsizetype skipWhitespace(const QByteArray &pdf, qsizetype at)
{
    while (at < pdf.size() && QByteArrayView(" \t\r\n\f").contains(pdf[at]))
        ++at;
    return at;
}

Result<Trailer> readTrailer(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("PdfAttachment", "The PDF has no startxref: it is damaged or cut short."));
    bool ok = false;
    Trailer t;
    const qsizetype numberAt = skipWhitespace(pdf, startxref + 9);
    qsizetype numberEnd = numberAt;
    while (numberEnd < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf[numberEnd])))
        ++numberEnd;
    t.xrefOffset = pdf.mid(numberAt, numberEnd - numberAt).toLongLong(&ok);
    if (!ok || t.xrefOffset <= 0 || t.xrefOffset >= startxref)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("PdfAttachment", "The PDF's startxref does not point into the file."));
    if (!pdf.mid(t.xrefOffset, 4).startsWith("xref"))
        return unsupported(QT_TRANSLATE_NOOP("PdfAttachment", "its cross-reference is a stream, not a table."));
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startxref);
    if (trailerAt < t.xrefOffset)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("PdfAttachment", "The PDF has no trailer after its cross-reference table."));
    const std::optional<QByteArray> dict = dictionaryAt(pdf, skipWhitespace(pdf, trailerAt + 7));
    if (!dict)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("PdfAttachment", "The PDF's trailer dictionary cannot be read."));
    static const QRegularExpression size(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression root(QStringLiteral("/Root\\s+(\\d+)\\s+(\\d+)\\s+R"));
    static const QRegularExpression info(QStringLiteral("/Info\\s+\\d+\\s+\\d+\\s+R"));
    static const QRegularExpression id(QStringLiteral("/ID\\s*\\[[^\\]]*\\]"));
    const QString text = QString::fromLatin1(*dict);
    const auto sizeMatch = size.match(text);
    const auto rootMatch = root.match(text);
    if (!sizeMatch.hasMatch() || !rootMatch.hasMatch())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("PdfAttachment", "The PDF's trailer names no /Size or /Root."));
    if (text.contains(QLatin1String("/Encrypt")))
        return unsupported(QT_TRANSLATE_NOOP("PdfAttachment", "it is encrypted."));
    t.size = sizeMatch.captured(1).toLongLong();
    t.rootNumber = rootMatch.captured(1).toInt();
    t.rootGeneration = rootMatch.captured(2).toInt();
    t.info = info.match(text).captured(0).toLatin1();
    t.id = id.match(text).captured(0).toLatin1();
    return t;
}

//! The byte offset of object `number` in the classic xref table at xrefOffset
//! (the file's last section; QPdfWriter writes one section with every object).
std::optional<qint64> objectOffset(const QByteArray &pdf, qint64 xrefOffset, int number)
{
    qsizetype at = skipWhitespace(pdf, xrefOffset + 4);
    static const QRegularExpression header(QStringLiteral("^(\\d+) (\\d+)\\s"));
    while (at < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf[at]))) {
        const QString line = QString::fromLatin1(pdf.mid(at, 32));
        const auto m = header.match(line);
        if (!m.hasMatch())
            return std::nullopt;
        const qint64 first = m.captured(1).toLongLong();
        const qint64 count = m.captured(2).toLongLong();
        at = skipWhitespace(pdf, at + m.capturedLength(0));
        if (number >= first && number < first + count) {
            const QByteArray entry = pdf.mid(at + (number - first) * 20, 20);
            if (entry.size() != 20 || entry[17] != 'n')
                return std::nullopt;
            bool ok = false;
            const qint64 offset = entry.left(10).toLongLong(&ok);
            return ok ? std::optional(offset) : std::nullopt;
        }
        at += count * 20;
    }
    return std::nullopt;
}

//! The inside of the catalog dictionary (without "<<" and ">>").
Result<QByteArray> catalogBody(const QByteArray &pdf, const Trailer &t)
{
    const std::optional<qint64> offset = objectOffset(pdf, t.xrefOffset, t.rootNumber);
    if (!offset || *offset <= 0 || *offset >= pdf.size())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("PdfAttachment", "The PDF's catalog is not in its cross-reference table."));
    const QByteArray head = QByteArray::number(t.rootNumber) + ' ' + QByteArray::number(t.rootGeneration) + " obj";
    if (!pdf.mid(*offset, head.size()).startsWith(head))
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "PdfAttachment", "The PDF's cross-reference table does not point at its catalog."));
    const std::optional<QByteArray> dict = dictionaryAt(pdf, skipWhitespace(pdf, *offset + head.size()));
    if (!dict || !dict->contains("/Catalog"))
        return makeError(
            ErrorKind::InvalidInput, QCoreApplication::translate("PdfAttachment", "The PDF's catalog cannot be read."));
    if (dict->contains("/Names") || dict->contains("/AF"))
        return unsupported(QT_TRANSLATE_NOOP("PdfAttachment", "it already has named attachments."));
    return dict->mid(2, dict->size() - 4);
}

//! A PDF literal string of printable ASCII (the caller checked the characters).
QByteArray literal(const QString &text)
{
    return '(' + text.toLatin1() + ')';
}

//! A PDF name: every byte outside the regular characters written #xx (§7.3.5).
QByteArray name(const QByteArray &value)
{
    QByteArray out("/");
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u > 0x20 && u < 0x7f && !QByteArrayView("#()<>[]{}/%").contains(c))
            out += c;
        else
            out += '#' + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
    }
    return out;
}

QByteArray pdfDate(const QDateTime &when)
{
    return "(D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

bool plainFileName(const QString &fileName)
{
    if (fileName.isEmpty() || fileName.size() > 127)
        return false;
    for (const QChar c : fileName)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'(' || c == u')' || c == u'\\')
            return false;
    return true;
}

QByteArray xrefEntry(qint64 offset)
{
    return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n\r\n";
}

} // namespace

Result<QByteArray> attachToPdf(const QByteArray &pdf, const PdfAttachment &attachment)
{
    if (!pdf.startsWith("%PDF-"))
        return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("PdfAttachment", "This is not a PDF."));
    if (!plainFileName(attachment.fileName) || !plainFileName(attachment.description))
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("PdfAttachment",
                "An attachment's name and description must be printable ASCII without parentheses or backslashes."));
    auto trailer = readTrailer(pdf);
    if (!trailer)
        return trailer.error();
    auto catalog = catalogBody(pdf, *trailer);
    if (!catalog)
        return catalog.error();

    const qint64 streamNumber = trailer->size;
    const qint64 specNumber = trailer->size + 1;
    const QByteArray ref = QByteArray::number(specNumber) + " 0 R";
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';

    const qint64 streamOffset = out.size();
    out += QByteArray::number(streamNumber) + " 0 obj\n<< /Type /EmbeddedFile /Subtype " + name(attachment.mimeType)
        + " /Length " + QByteArray::number(attachment.data.size()) + " /Params << /Size "
        + QByteArray::number(attachment.data.size()) + " /ModDate " + pdfDate(attachment.modified) + " >> >>\nstream\n"
        + attachment.data + "\nendstream\nendobj\n";

    const qint64 specOffset = out.size();
    const QByteArray file = literal(attachment.fileName);
    out += QByteArray::number(specNumber) + " 0 obj\n<< /Type /Filespec /F " + file + " /UF " + file + " /Desc "
        + literal(attachment.description) + " /AFRelationship /Data /EF << /F " + QByteArray::number(streamNumber)
        + " 0 R /UF " + QByteArray::number(streamNumber) + " 0 R >> >>\nendobj\n";

    const qint64 catalogOffset = out.size();
    out += QByteArray::number(trailer->rootNumber) + ' ' + QByteArray::number(trailer->rootGeneration) + " obj\n<<"
        + *catalog + " /Names << /EmbeddedFiles << /Names [" + file + ' ' + ref + "] >> >> /AF [" + ref
        + "] >>\nendobj\n";

    // One subsection per run of consecutive numbers: the catalog's, then the two new objects.
    const qint64 xrefOffset = out.size();
    out += "xref\n" + QByteArray::number(trailer->rootNumber) + " 1\n";
    out += QByteArray::number(catalogOffset).rightJustified(10, '0') + ' '
        + QByteArray::number(trailer->rootGeneration).rightJustified(5, '0') + " n\r\n";
    out += QByteArray::number(streamNumber) + " 2\n" + xrefEntry(streamOffset) + xrefEntry(specOffset);
    out += "trailer\n<< /Size " + QByteArray::number(specNumber + 1) + " /Root "
        + QByteArray::number(trailer->rootNumber) + ' ' + QByteArray::number(trailer->rootGeneration) + " R";
    if (!trailer->info.isEmpty())
        out += ' ' + trailer->info;
    if (!trailer->id.isEmpty())
        out += ' ' + trailer->id;
    out += " /Prev " + QByteArray::number(trailer->xrefOffset) + " >>\nstartxref\n" + QByteArray::number(xrefOffset)
        + "\n%%EOF\n";
    return out;
}

} // namespace credit::report
