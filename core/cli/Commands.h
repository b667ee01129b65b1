// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/CliContext.h"

namespace credit::cli {

// One function per verb; each returns the process exit code.
int keyNew(const Args &args, Output &out);
int keyInfo(const Args &args, Output &out);
int keyImport(const Args &args, Output &out);
int sign(const Args &args, Output &out);
int verify(const Args &args, Output &out);
int encrypt(const Args &args, Output &out);
int decrypt(const Args &args, Output &out);
int txDecode(const Args &args, Output &out);
int uscc(const Args &args, Output &out);
int chainInfo(const Args &args, Output &out);
int txSend(const Args &args, Output &out);
int market(const Args &args, Output &out);
int lightSync(const Args &args, Output &out);
int lightStatus(const Args &args, Output &out);
int lightOrders(const Args &args, Output &out);

int bankOrder(const Args &args, Output &out);
int bankConfirm(const Args &args, Output &out);
int bankCancel(const Args &args, Output &out);
int bankReport(const Args &args, Output &out);
int bureauAccept(const Args &args, Output &out);
int bureauReject(const Args &args, Output &out);
int bureauDeliver(const Args &args, Output &out);
int evidenceExport(const Args &args, Output &out);
int evidenceVerify(const Args &args, Output &out);
//! Value options of the `bank` and `bureau` verbs.
QStringList deskValueOptions();

//! Value options of `market` (every action's, plus the chain and key options).
QStringList marketValueOptions();

} // namespace credit::cli
