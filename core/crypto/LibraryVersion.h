// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace credit::crypto {

//! The OpenSSL this program runs with ("OpenSSL 3.0.17 1 Jul 2025"), for the About dialog.
QString openSslVersion();

} // namespace credit::crypto
