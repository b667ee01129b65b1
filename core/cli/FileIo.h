// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace credit::cli {

//! Reads a whole file, refusing files larger than maxSize with a clear message.
Result<QByteArray> readInputFile(const QString &path, qint64 maxSize);
//! Writes atomically (temporary file + rename): a failure leaves no half file.
Result<void> writeOutputFile(const QString &path, const QByteArray &bytes);

} // namespace credit::cli
