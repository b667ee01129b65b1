// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QString>

namespace credit::cli {

//! The environment variable scripts use to pass a key file password.
inline constexpr char kPasswordEnv[] = "CREDITCTL_PASSWORD";

//! A key password: from CREDITCTL_PASSWORD if set, else asked on the terminal
//! without echo (twice when confirm is true), else one line read from stdin.
Result<crypto::SecretBytes> readPassword(const QString &prompt, bool confirm);

//! Turns terminal echo off for its lifetime (platform files: TerminalEcho_*.cpp).
class TerminalEchoOff final {
public:
    TerminalEchoOff();
    ~TerminalEchoOff();
    TerminalEchoOff(const TerminalEchoOff &) = delete;
    TerminalEchoOff &operator=(const TerminalEchoOff &) = delete;
    //! False when stdin is not a terminal (nothing to hide, nobody to ask).
    bool isTerminal() const { return m_isTerminal; }

private:
    bool m_isTerminal = false;
    unsigned long m_saved = 0;
};

} // namespace credit::cli
