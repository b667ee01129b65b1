// SPDX-License-Identifier: Apache-2.0
// Windows half of TerminalEchoOff (POSIX: TerminalEcho_posix.cpp).
#include "cli/PasswordInput.h"

#include <windows.h>

namespace credit::cli {

TerminalEchoOff::TerminalEchoOff()
{
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (in == INVALID_HANDLE_VALUE || !GetConsoleMode(in, &mode))
        return;
    m_isTerminal = true;
    m_saved = mode;
    SetConsoleMode(in, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
}

TerminalEchoOff::~TerminalEchoOff()
{
    if (m_isTerminal)
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), static_cast<DWORD>(m_saved));
}

} // namespace credit::cli
