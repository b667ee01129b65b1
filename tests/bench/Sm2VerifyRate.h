// SPDX-License-Identifier: Apache-2.0
// The crypto reference for the sync benchmark: how many SM2 verifications a
// bare OpenSSL EVP loop (as in BenchCrypto.cpp) does per second on all cores.
#pragma once

namespace credit::bench {

//! Verifies/s summed over `threads` threads, each verifying one valid
//! signature over a 32-byte hash (ID 1234567812345678) for about `milliseconds`.
//! Negative when a verification fails (the loop is then not measuring verifies).
double bareSm2VerifiesPerSecond(int threads, int milliseconds);

} // namespace credit::bench
