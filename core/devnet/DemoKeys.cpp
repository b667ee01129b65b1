// SPDX-License-Identifier: Apache-2.0
#include "devnet/DemoKeys.h"

#include "codec/Hex.h"
#include "crypto/KeyFile.h"
#include "devnet/DemoSpec.h"
#include "devnet/Genesis.h"

#include <algorithm>
#include <future>
#include <optional>
#include <vector>

namespace credit::devnet {

namespace {

bool isInstitution(const Genesis &genesis, const QByteArray &account)
{
    return std::any_of(genesis.institutions.cbegin(), genesis.institutions.cend(),
        [&account](const GenesisInstitution &g) { return g.account == account; });
}

// Why a key may not sign the history, or nothing when it may. `user` is the
// spec's user entry the file was listed under, or null for the keyFiles list.
std::optional<QString> refusal(const Genesis &genesis, const QByteArray &account, const DemoUser *user)
{
    if (!user) {
        if (account == genesis.operatorAccount || isInstitution(genesis, account))
            return std::nullopt;
        return QStringLiteral("holds the key of 0x%1, which is neither the operator nor a genesis institution")
            .arg(hex::encode(account));
    }
    if (account != user->account)
        return QStringLiteral("holds the key of 0x%1, not that of user %2 (0x%3)")
            .arg(hex::encode(account), user->name, hex::encode(user->account));
    if (!isInstitution(genesis, user->institution))
        return QStringLiteral("is the key of user %1, whose institution 0x%2 is not a genesis institution")
            .arg(user->name, hex::encode(user->institution));
    return std::nullopt;
}

} // namespace

Result<QHash<QByteArray, crypto::Sm2PrivateKey>> loadDemoKeys(const DemoSpec &spec, const Genesis &genesis)
{
    QStringList paths = spec.keyFiles;
    for (const DemoUser &u : spec.users)
        paths << u.keyFile;
    std::vector<std::future<Result<crypto::Sm2PrivateKey>>> loads;
    for (const QString &path : std::as_const(paths)) {
        const QByteArray password = spec.password;
        loads.push_back(
            std::async(std::launch::async, [path, password] { return crypto::keyfile::load(path, password); }));
    }
    QHash<QByteArray, crypto::Sm2PrivateKey> keys;
    for (std::size_t i = 0; i < loads.size(); ++i) {
        const auto at = static_cast<qsizetype>(i);
        const QString &path = paths[at];
        auto key = loads[i].get();
        if (!key)
            return makeError(key.error().kind, QStringLiteral("demo key file %1: %2").arg(path, key.error().message));
        const DemoUser *user = at < spec.keyFiles.size() ? nullptr : &spec.users[at - spec.keyFiles.size()];
        if (const auto why = refusal(genesis, key->address(), user))
            return makeError(ErrorKind::InvalidInput, QStringLiteral("demo key file %1 %2").arg(path, *why));
        keys.insert(key->address(), *key);
    }
    return keys;
}

} // namespace credit::devnet
