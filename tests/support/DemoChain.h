// SPDX-License-Identifier: Apache-2.0
// The demo network (resources/demo) on a real devnet in its own thread, with
// the demo profile pointed at it and the demo keys: the fixture of every test
// that needs a living market. The test target defines CREDIT_DEMO_DIR.
#pragma once

#include "DevnetThread.h"
#include "chain/NetworkProfile.h"
#include "crypto/KeyFile.h"

#include <memory>

namespace credit::test {

struct DemoChain {
    std::unique_ptr<DevnetThread> devnet;
    chain::NetworkProfile profile; //!< the demo profile, endpoint and document store on this devnet

    //! Starts the demo chain in dataDir (the first start writes its history).
    //! store: the document store's limits (the defaults unless a test needs tighter ones).
    static Result<DemoChain> start(
        const QString &dataDir, int blockIntervalMs = 1000, const devnet::DocumentStoreOptions &store = {})
    {
        devnet::Devnet::Options o;
        o.store = store;
        o.genesisPath = QStringLiteral(CREDIT_DEMO_DIR "/genesis.json");
        o.dataDir = dataDir;
        o.blockIntervalMs = blockIntervalMs;
        DemoChain chain;
        chain.devnet = std::make_unique<DevnetThread>(o);
        if (!chain.devnet->ok())
            return makeError(ErrorKind::Io, chain.devnet->error());
        auto profile = chain::NetworkProfile::load(QStringLiteral(CREDIT_DEMO_DIR "/profile.json"));
        if (!profile)
            return profile.error();
        chain.profile = *profile;
        chain.profile.endpoints = { chain.devnet->url() };
        chain.profile.documentStore = chain.devnet->url() + QStringLiteral("documents/");
        return chain;
    }

    //! A demo identity's key, e.g. "bank-shanghai.pem" (password demo-only).
    static Result<crypto::Sm2PrivateKey> key(const QString &keyFile)
    {
        return crypto::keyfile::load(QStringLiteral(CREDIT_DEMO_DIR "/keys/") + keyFile, "demo-only");
    }
};

} // namespace credit::test
