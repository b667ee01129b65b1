// SPDX-License-Identifier: Apache-2.0
// `--version` for every executable, answered before any Qt application object
// exists: a packaging check or a support call can ask a headless server for
// the GUI's version without a display.
#pragma once

#include "CreditVersion.h"

#include <cstdio>
#include <string_view>

namespace credit {

//! Prints "NAME VERSION" and returns true when the first argument is
//! --version; the caller then exits 0. Only the first argument counts, so a
//! file or value that happens to be called "--version" is never mistaken for it.
inline bool printVersionIfAsked(int argc, char **argv, const char *name)
{
    if (argc < 2 || std::string_view(argv[1]) != "--version")
        return false;
    std::printf("%s %s\n", name, kVersion);
    return true;
}

} // namespace credit
