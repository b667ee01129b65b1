// SPDX-License-Identifier: Apache-2.0
#include "Sm2VerifyRate.h"

#include "crypto/Sm2Key.h"
#include "crypto/Sm2Signature.h"
#include "crypto/Sm3.h"

#include <openssl/evp.h>

#include <QElapsedTimer>

#include <atomic>
#include <thread>
#include <vector>

namespace credit::bench {

namespace {

const unsigned char *u(const char *p)
{
    return reinterpret_cast<const unsigned char *>(p);
}

} // namespace

double bareSm2VerifiesPerSecond(int threads, int milliseconds)
{
    const QByteArray hash = crypto::sm3("a 32-byte block header hash, as sealers sign");
    const auto key = crypto::Sm2PrivateKey::generate().value();
    const QByteArray der = crypto::signatureRsToDer(key.sign(hash).value()).value();
    std::atomic<long long> verifies { 0 };
    std::atomic<bool> allValid { true };
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&] {
            // Each thread its own key object, as separate verifier threads would have.
            const auto pub = crypto::Sm2PublicKey::fromRaw(key.publicKey().raw()).value();
            EVP_PKEY *pkey = evpOf(pub);
            QElapsedTimer clock;
            clock.start();
            long long n = 0;
            while (clock.elapsed() < milliseconds) {
                for (int i = 0; i < 16; ++i, ++n) {
                    EVP_MD_CTX *mctx = EVP_MD_CTX_new();
                    EVP_PKEY_CTX *pctx = nullptr;
                    EVP_DigestVerifyInit_ex(mctx, &pctx, "SM3", nullptr, nullptr, pkey, nullptr);
                    EVP_PKEY_CTX_set1_id(pctx, "1234567812345678", 16);
                    if (EVP_DigestVerify(mctx, u(der.constData()), static_cast<size_t>(der.size()), u(hash.constData()),
                            static_cast<size_t>(hash.size()))
                        != 1)
                        allValid = false;
                    EVP_MD_CTX_free(mctx);
                }
            }
            verifies += n;
        });
    for (auto &w : workers)
        w.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    return allValid ? double(verifies) / seconds : -1;
}

} // namespace credit::bench
