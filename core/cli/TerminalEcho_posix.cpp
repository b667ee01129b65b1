// SPDX-License-Identifier: Apache-2.0
// POSIX half of TerminalEchoOff (Windows: TerminalEcho_win.cpp).
#include "cli/PasswordInput.h"

#include <termios.h>

namespace credit::cli {

namespace {
constexpr int kStdin = 0;
}

TerminalEchoOff::TerminalEchoOff()
{
    termios t {};
    if (tcgetattr(kStdin, &t) != 0)
        return;
    m_isTerminal = true;
    m_saved = t.c_lflag;
    t.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(kStdin, TCSAFLUSH, &t);
}

TerminalEchoOff::~TerminalEchoOff()
{
    termios t {};
    if (!m_isTerminal || tcgetattr(kStdin, &t) != 0)
        return;
    t.c_lflag = static_cast<tcflag_t>(m_saved);
    tcsetattr(kStdin, TCSAFLUSH, &t);
}

} // namespace credit::cli
