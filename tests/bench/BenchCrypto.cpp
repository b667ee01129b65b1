// SPDX-License-Identifier: Apache-2.0
// Crypto throughput through our code next to a bare OpenSSL EVP loop doing
// the same work in the same process, so the ratio is what matters, not the
// machine. Run with packaging/run-bench.sh.
#include "RatioReporter.h"

#include "crypto/Envelope.h"
#include "crypto/Sm2Key.h"
#include "crypto/Sm2Signature.h"
#include "crypto/Sm3.h"
#include "crypto/Sm4.h"

#include <openssl/evp.h>

#include <benchmark/benchmark.h>

using namespace credit;
using namespace credit::crypto;

namespace {

const QByteArray kMessage = sm3("a 32-byte block header hash, as sealers sign");
const qsizetype kDocumentSize = 2 * 1024 * 1024;

const Sm2PrivateKey &benchKey()
{
    static const Sm2PrivateKey key = Sm2PrivateKey::generate().value();
    return key;
}

const QByteArray &benchSignature()
{
    static const QByteArray rs = benchKey().sign(kMessage).value();
    return rs;
}

const QByteArray &benchDocument()
{
    static const QByteArray doc = [] {
        QByteArray d(kDocumentSize, Qt::Uninitialized);
        for (qsizetype i = 0; i < d.size(); ++i)
            d[i] = static_cast<char>(i * 131 + (i >> 9));
        return d;
    }();
    return doc;
}

const unsigned char *u(const char *p)
{
    return reinterpret_cast<const unsigned char *>(p);
}

// ---- SM2 sign ----

void BM_Sm2Sign_Ours(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(benchKey().sign(kMessage));
    state.SetItemsProcessed(state.iterations());
}

void BM_Sm2Sign_OpenSslBare(benchmark::State &state)
{
    EVP_PKEY *pkey = evpOf(benchKey());
    unsigned char der[80];
    for (auto _ : state) {
        EVP_MD_CTX *mctx = EVP_MD_CTX_new();
        EVP_PKEY_CTX *pctx = nullptr;
        EVP_DigestSignInit_ex(mctx, &pctx, "SM3", nullptr, nullptr, pkey, nullptr);
        EVP_PKEY_CTX_set1_id(pctx, "1234567812345678", 16);
        size_t len = sizeof der;
        EVP_DigestSign(mctx, der, &len, u(kMessage.constData()), static_cast<size_t>(kMessage.size()));
        EVP_MD_CTX_free(mctx);
        benchmark::DoNotOptimize(der);
    }
    state.SetItemsProcessed(state.iterations());
}

// ---- SM2 verify ----

void BM_Sm2Verify_Ours(benchmark::State &state)
{
    const Sm2PublicKey pub = benchKey().publicKey();
    bool ok = true;
    for (auto _ : state)
        ok &= pub.verify(kMessage, benchSignature());
    if (!ok)
        state.SkipWithError("signature did not verify");
    state.SetItemsProcessed(state.iterations());
}

void BM_Sm2Verify_OursFromRawKey(benchmark::State &state)
{
    const QByteArray raw = benchKey().publicKey().raw();
    bool ok = true;
    for (auto _ : state)
        ok &= Sm2PublicKey::fromRaw(raw)->verify(kMessage, benchSignature());
    if (!ok)
        state.SkipWithError("signature did not verify");
    state.SetItemsProcessed(state.iterations());
}

void BM_Sm2Verify_OpenSslBare(benchmark::State &state)
{
    EVP_PKEY *pkey = evpOf(benchKey().publicKey());
    const QByteArray der = signatureRsToDer(benchSignature()).value();
    int ok = 1;
    for (auto _ : state) {
        EVP_MD_CTX *mctx = EVP_MD_CTX_new();
        EVP_PKEY_CTX *pctx = nullptr;
        EVP_DigestVerifyInit_ex(mctx, &pctx, "SM3", nullptr, nullptr, pkey, nullptr);
        EVP_PKEY_CTX_set1_id(pctx, "1234567812345678", 16);
        ok &= EVP_DigestVerify(mctx, u(der.constData()), static_cast<size_t>(der.size()), u(kMessage.constData()),
            static_cast<size_t>(kMessage.size()));
        EVP_MD_CTX_free(mctx);
    }
    if (ok != 1)
        state.SkipWithError("signature did not verify");
    state.SetItemsProcessed(state.iterations());
}

// ---- SM3 ----

void BM_Sm3_Ours(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(sm3(benchDocument()));
    state.SetBytesProcessed(state.iterations() * kDocumentSize);
}

void BM_Sm3_OpenSslBare(benchmark::State &state)
{
    EVP_MD *md = EVP_MD_fetch(nullptr, "SM3", nullptr);
    unsigned char out[32];
    for (auto _ : state) {
        unsigned int len = 0;
        EVP_Digest(benchDocument().constData(), static_cast<size_t>(kDocumentSize), out, &len, md, nullptr);
        benchmark::DoNotOptimize(out);
    }
    EVP_MD_free(md);
    state.SetBytesProcessed(state.iterations() * kDocumentSize);
}

// ---- envelope (2 MiB document, bank + bureau + regulator) ----

QList<Sm2PublicKey> threeRecipients()
{
    static const QList<Sm2PrivateKey> keys
        = { benchKey(), Sm2PrivateKey::generate().value(), Sm2PrivateKey::generate().value() };
    return { keys[0].publicKey(), keys[1].publicKey(), keys[2].publicKey() };
}

void BM_EnvelopeSeal(benchmark::State &state)
{
    const auto recipients = threeRecipients();
    for (auto _ : state)
        benchmark::DoNotOptimize(envelope::seal(benchDocument(), recipients));
    state.SetBytesProcessed(state.iterations() * kDocumentSize);
}

void BM_EnvelopeOpen(benchmark::State &state)
{
    const QByteArray sealed = envelope::seal(benchDocument(), threeRecipients()).value();
    for (auto _ : state)
        benchmark::DoNotOptimize(envelope::open(sealed, benchKey()));
    state.SetBytesProcessed(state.iterations() * kDocumentSize);
}

//! The envelope's symmetric work done bare: SM4-CBC plus HMAC-SM3 over 2 MiB.
void BM_Sm4CbcPlusHmac_OpenSslBare(benchmark::State &state)
{
    const unsigned char key[16] = { 1 }, iv[16] = { 2 }, mackey[32] = { 3 };
    QByteArray out(kDocumentSize + 16, Qt::Uninitialized);
    unsigned char mac[32];
    for (auto _ : state) {
        EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
        EVP_EncryptInit_ex2(c, EVP_sm4_cbc(), key, iv, nullptr);
        int l1 = 0, l2 = 0;
        EVP_EncryptUpdate(c, reinterpret_cast<unsigned char *>(out.data()), &l1, u(benchDocument().constData()),
            static_cast<int>(kDocumentSize));
        EVP_EncryptFinal_ex(c, reinterpret_cast<unsigned char *>(out.data()) + l1, &l2);
        EVP_CIPHER_CTX_free(c);
        size_t macLen = 0;
        EVP_Q_mac(nullptr, "HMAC", nullptr, "SM3", nullptr, mackey, sizeof mackey, u(out.constData()),
            static_cast<size_t>(l1) + static_cast<size_t>(l2), mac, sizeof mac, &macLen);
        benchmark::DoNotOptimize(mac);
    }
    state.SetBytesProcessed(state.iterations() * kDocumentSize);
}

} // namespace

BENCHMARK(BM_Sm2Sign_Ours);
BENCHMARK(BM_Sm2Sign_OpenSslBare);
BENCHMARK(BM_Sm2Verify_Ours);
BENCHMARK(BM_Sm2Verify_OpenSslBare);
BENCHMARK(BM_Sm2Verify_OursFromRawKey);
BENCHMARK(BM_Sm3_Ours);
BENCHMARK(BM_Sm3_OpenSslBare);
BENCHMARK(BM_EnvelopeSeal);
BENCHMARK(BM_EnvelopeOpen);
BENCHMARK(BM_Sm4CbcPlusHmac_OpenSslBare);

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    credit::bench::RatioReporter reporter({
        { "BM_Sm2Sign_Ours", "BM_Sm2Sign_OpenSslBare", "SM2 sign (ours / bare EVP)" },
        { "BM_Sm2Verify_Ours", "BM_Sm2Verify_OpenSslBare", "SM2 verify (ours / bare EVP)" },
        { "BM_Sm2Verify_OursFromRawKey", "BM_Sm2Verify_OpenSslBare", "SM2 verify+key import / bare" },
        { "BM_Sm3_Ours", "BM_Sm3_OpenSslBare", "SM3 2 MiB (ours / bare EVP)" },
        { "BM_EnvelopeSeal", "BM_Sm4CbcPlusHmac_OpenSslBare", "envelope seal / bare SM4+HMAC" },
        { "BM_EnvelopeOpen", "BM_Sm4CbcPlusHmac_OpenSslBare", "envelope open / bare SM4+HMAC" },
    });
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
