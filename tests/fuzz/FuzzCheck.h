// SPDX-License-Identifier: Apache-2.0
// A property that must hold for every input: on failure say which and abort,
// so libFuzzer records the input as a crash.
#pragma once

#include <QByteArrayView>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            (void)std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition);                \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace credit::fuzz {

inline QByteArrayView bytesOf(const unsigned char *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace credit::fuzz
