// SPDX-License-Identifier: Apache-2.0
// The order browser's view as CSV for Excel: UTF-8 with a byte-order mark
// (so Excel reads Chinese correctly), RFC 4180 quoting, CRLF line ends. The
// first lines state the block range and head hash the rows were read at.
#pragma once

#include "common/Result.h"
#include "market/SupervisionRecords.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace credit::supervision {

//! Hands each row to the sink; stops early when the sink returns false.
using BrowserRowSink = std::function<bool(const market::BrowserRow &)>;
using BrowserRowSource = std::function<void(const BrowserRowSink &)>;

//! Writes the rows `rows` produces to `path` atomically: the number of order
//! rows written. Nothing is left at `path` on an error.
Result<qint64> writeBrowserCsv(const QString &path, const market::Provenance &provenance, const BrowserRowSource &rows);

//! The browser's column titles, translated (also the CSV header).
QStringList browserColumnTitles();
//! A letter status in words.
QString letterStatusText(market::LetterStatus status);

} // namespace credit::supervision
