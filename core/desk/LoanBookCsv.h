// SPDX-License-Identifier: Apache-2.0
// A loan book to re-query (贷后批量查询) as a bank exports it: a CSV file with
// a header row naming the columns enterprise name and unified social credit
// code (企业名称,统一社会信用代码 or name,credit_code). This reads it and
// checks what the file alone can tell; whether each enterprise has a valid
// recorded authorisation for the product is the batch's to find out.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace credit::desk {

//! The largest loan book read: 1 MiB, some ten thousand enterprises.
inline constexpr qint64 kMaxLoanBookBytes = 1024 * 1024;
//! The most enterprises one batch places orders for: each is a signed
//! transaction and a charge, so a larger book is split on purpose.
inline constexpr int kMaxLoanBookRows = 2000;

//! One enterprise of the file, as far as the file alone can tell.
struct LoanBookRow {
    int row = 0; //!< the row a spreadsheet shows it on (the header is row 1)
    QString enterpriseName;
    QString enterpriseCode; //!< trimmed and in capitals, as the chain's commitment takes it
    QString refusal; //!< non-empty: refused by the file checks, in plain words
};

//! Reads the bytes of a loan book: every enterprise row, refused ones
//! included. Fails as a whole (in plain words, saying what to do) when the file
//! is larger than kMaxLoanBookBytes, is neither UTF-8 nor GB18030 text, is not
//! CSV, has no header naming both columns, has no enterprise rows or more than
//! kMaxLoanBookRows.
Result<QList<LoanBookRow>> parseLoanBook(const QByteArray &content);

//! Reads the file (its size checked before it is read) and parses it. Blocking
//! file I/O: run it off the GUI thread.
Result<QList<LoanBookRow>> readLoanBook(const QString &path);

} // namespace credit::desk
