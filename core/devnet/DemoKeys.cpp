// SPDX-License-Identifier: Apache-2.0
#include "devnet/DemoKeys.h"

#include "codec/Hex.h"
#include "crypto/KeyFile.h"
#include "devnet/DemoSpec.h"
#include "devnet/Genesis.h"

#include <future>
#include <vector>

namespace credit::devnet {

Result<QHash<QByteArray, crypto::Sm2PrivateKey>> loadDemoKeys(const DemoSpec &spec, const Genesis &genesis)
{
    std::vector<std::future<Result<crypto::Sm2PrivateKey>>> loads;
    for (const QString &path : spec.keyFiles) {
        const QByteArray password = spec.password;
        loads.push_back(
            std::async(std::launch::async, [path, password] { return crypto::keyfile::load(path, password); }));
    }
    QHash<QByteArray, crypto::Sm2PrivateKey> keys;
    for (std::size_t i = 0; i < loads.size(); ++i) {
        const QString &path = spec.keyFiles[static_cast<qsizetype>(i)];
        auto key = loads[i].get();
        if (!key)
            return makeError(key.error().kind, QStringLiteral("demo key file %1: %2").arg(path, key.error().message));
        const QByteArray account = key->address();
        const bool known = account == genesis.operatorAccount
            || std::any_of(genesis.institutions.cbegin(), genesis.institutions.cend(),
                [&account](const GenesisInstitution &g) { return g.account == account; });
        if (!known)
            return makeError(ErrorKind::InvalidInput,
                QStringLiteral("demo key file %1 holds the key of 0x%2, which is neither the operator "
                               "nor a genesis institution")
                    .arg(path, hex::encode(account)));
        keys.insert(account, *key);
    }
    return keys;
}

} // namespace credit::devnet
