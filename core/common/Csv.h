// SPDX-License-Identifier: Apache-2.0
// CSV as Excel on a Chinese Windows desk reads it: UTF-8 with a byte-order mark
// (without it Excel takes the file as GBK and the Chinese is garbled), RFC 4180
// quoting, CRLF line ends.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace credit::csv {

//! The UTF-8 byte-order mark a file starts with.
inline constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";

//! One field, quoted when it holds a comma, a quote, CR or LF (quotes doubled).
QString field(const QString &value);
//! One record: fields joined by commas, ended by CRLF.
QString record(const QStringList &fields);

} // namespace credit::csv
