// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace credit::cli {

//! Runs one creditctl invocation; returns the process exit code.
int run(const QStringList &arguments);

} // namespace credit::cli
