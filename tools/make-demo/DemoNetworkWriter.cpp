// SPDX-License-Identifier: Apache-2.0
#include "DemoNetworkWriter.h"

#include "DemoCatalogue.h"
#include "codec/Hex.h"
#include "market/Uscc.h"
#include "crypto/KeyFile.h"
#include "crypto/Sm3.h"
#include "devnet/Genesis.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace credit::demo {

namespace {

const QByteArray kPassword = QByteArrayLiteral("demo-only");
constexpr int kSealers = 4;
constexpr int kPort = 20200;
constexpr qint64 kGenesisTimestamp = 1577808000000; // 2020-01-01 00:00 UTC+8: before any history, and fixed
constexpr qint64 kSeed = 20261124;
constexpr int kOrders = 300;
constexpr int kMonths = 12;

Result<crypto::Sm2PrivateKey> keyFor(const QString &label)
{
    // A fixed label gives a fixed key, so the genesis file is reproducible.
    return crypto::Sm2PrivateKey::fromRaw(crypto::sm3(QByteArrayLiteral("creditchain-demo-v1/") + label.toUtf8()));
}

// registration(2) + district(6) + organisation code(8 + check) + check: valid by construction.
Result<QString> usccFor(const QString &registration, const QString &district, const QString &seedText)
{
    const QByteArray h = crypto::sm3(seedText.toUtf8());
    QString body;
    for (int i = 0; i < 8; ++i)
        body += QChar(u'0' + static_cast<quint8>(h[i]) % 10);
    const auto orgCheck = uscc::orgCodeCheckDigit(body);
    const QString first17 = registration + district + body + (orgCheck ? *orgCheck : QChar());
    const auto check = uscc::checkDigit(first17);
    if (!orgCheck || !check)
        return makeError(ErrorKind::Internal, QStringLiteral("cannot make a code for %1").arg(seedText));
    const QString code = first17 + *check;
    if (auto valid = uscc::validate(code); !valid)
        return valid.error();
    return code;
}

// Writes the key file unless it already holds this key: a run that changes
// nothing else leaves the existing files (and their salts) as they are.
Result<void> saveKey(const QString &path, const crypto::Sm2PrivateKey &key)
{
    if (auto existing = crypto::keyfile::load(path, kPassword); existing && existing->address() == key.address())
        return {};
    return crypto::keyfile::save(path, key, kPassword);
}

QString address(const QByteArray &a)
{
    return hex::encodePrefixed(a);
}

Result<void> writeJson(const QString &path, const QJsonObject &o)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        return makeError(ErrorKind::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

Result<void> writeDemoNetwork(const QString &dir)
{
    const QDir out(dir);
    if (!out.mkpath(QStringLiteral("keys/users")))
        return makeError(ErrorKind::Io, QStringLiteral("cannot create %1/keys/users").arg(dir));

    QHash<QString, QByteArray> accounts;
    QHash<QString, QString> names;
    QHash<QString, market::Role> roles;
    QJsonArray institutions, identities, keyFiles;
    QByteArray operatorAccount;
    for (const DemoIdentity &id : demoIdentities()) {
        auto key = keyFor(id.label);
        if (!key)
            return key.error();
        const QString keyFile = QStringLiteral("keys/%1.pem").arg(id.label);
        if (auto saved = saveKey(out.filePath(keyFile), *key); !saved)
            return saved.error();
        auto code = usccFor(id.registration, id.district, id.label);
        if (!code)
            return code.error();
        accounts.insert(id.label, key->address());
        names.insert(id.label, id.name);
        roles.insert(id.label, id.role);
        identities << QJsonObject { { QStringLiteral("role"), market::roleName(id.role) },
            { QStringLiteral("name"), id.name }, { QStringLiteral("code"), *code },
            { QStringLiteral("region"), static_cast<qint64>(id.region) },
            { QStringLiteral("address"), address(key->address()) }, { QStringLiteral("keyFile"), keyFile } };
        keyFiles << keyFile;  // the operator's too: it registers the institutions in block 1
        if (id.role == market::Role::Operator) {
            operatorAccount = key->address(); // the deployer: an account, not an institution record
            continue;
        }
        institutions << QJsonObject { { QStringLiteral("account"), address(key->address()) },
            { QStringLiteral("code"), *code }, { QStringLiteral("name"), id.name },
            { QStringLiteral("role"), static_cast<int>(id.role) },
            { QStringLiteral("region"), static_cast<qint64>(id.region) },
            { QStringLiteral("publicKey"), hex::encodePrefixed(key->publicKey().raw()) } };
    }

    // Users after every institution: each names its institution by address and name.
    QJsonArray users;
    for (const DemoCatalogueUser &u : demoUsers()) {
        auto key = keyFor(QStringLiteral("users/") + u.label);
        if (!key)
            return key.error();
        const QString keyFile = QStringLiteral("keys/users/%1.pem").arg(u.label);
        if (auto saved = saveKey(out.filePath(keyFile), *key); !saved)
            return saved.error();
        const QString institution = address(accounts.value(u.institution));
        identities << QJsonObject { { QStringLiteral("role"), market::roleName(roles.value(u.institution)) },
            { QStringLiteral("user"), u.name }, { QStringLiteral("name"), names.value(u.institution) },
            { QStringLiteral("institution"), institution }, { QStringLiteral("address"), address(key->address()) },
            { QStringLiteral("keyFile"), keyFile } };
        users << QJsonObject { { QStringLiteral("institution"), institution },
            { QStringLiteral("account"), address(key->address()) }, { QStringLiteral("name"), u.name },
            { QStringLiteral("keyFile"), keyFile } };
    }

    QJsonArray products;
    for (const DemoCatalogueProduct &p : demoProducts()) {
        QJsonArray partners;
        for (const QString &label : p.partners)
            partners << address(accounts.value(label));
        products << QJsonObject { { QStringLiteral("id"), static_cast<qint64>(p.id) },
            { QStringLiteral("bureau"), address(accounts.value(p.bureau)) },
            { QStringLiteral("series"), static_cast<int>(p.series) }, { QStringLiteral("name"), p.name },
            { QStringLiteral("description"), p.description },
            { QStringLiteral("priceFen"), static_cast<qint64>(p.priceFen) },
            { QStringLiteral("slaHours"), static_cast<qint64>(p.slaHours) },
            { QStringLiteral("deliveryFormat"), p.deliveryFormat },
            { QStringLiteral("authorisationRequired"), p.authorisationRequired },
            { QStringLiteral("partnerBureaus"), partners } };
    }
    QJsonArray enterprises;
    for (const DemoCatalogueEnterprise &e : demoEnterprises()) {
        auto code = usccFor(QStringLiteral("91"), e.district, e.name);
        if (!code)
            return code.error();
        enterprises << QJsonObject { { QStringLiteral("name"), e.name }, { QStringLiteral("code"), *code },
            { QStringLiteral("region"), static_cast<qint64>(e.region) } };
    }

    QJsonArray sealerKeys, standbyKeys;
    for (int i = 0; i <= kSealers; ++i) {
        auto key = keyFor(i < kSealers ? QStringLiteral("sealer-%1").arg(i) : QStringLiteral("standby-0"));
        if (!key)
            return key.error();
        (i < kSealers ? sealerKeys : standbyKeys) << hex::encode(key->rawPrivate().view().toByteArray());
    }
    const QByteArray contract
        = crypto::sm3(QByteArrayLiteral("CreditMarket@") + operatorAccount).right(crypto::kAddressSize);
    const QJsonObject genesis {
        { QStringLiteral("chainId"), 1 },
        { QStringLiteral("groupId"), 1 },
        { QStringLiteral("timestamp"), kGenesisTimestamp },
        { QStringLiteral("sealerKeys"), sealerKeys },
        { QStringLiteral("standbyKeys"), standbyKeys },
        { QStringLiteral("operator"), address(operatorAccount) },
        { QStringLiteral("contractAddress"), address(contract) },
        { QStringLiteral("institutions"), institutions },
        { QStringLiteral("demoHistory"),
            QJsonObject { { QStringLiteral("seed"), kSeed }, { QStringLiteral("orders"), kOrders },
                { QStringLiteral("months"), kMonths }, { QStringLiteral("password"), QString::fromLatin1(kPassword) },
                { QStringLiteral("registerInstitutions"), true }, { QStringLiteral("keyFiles"), keyFiles }, { QStringLiteral("products"), products },
                { QStringLiteral("enterprises"), enterprises }, { QStringLiteral("users"), users } } },
    };
    if (auto r = writeJson(out.filePath(QStringLiteral("genesis.json")), genesis); !r)
        return r;

    // The trust anchor is computed from the bytes just written, as the devnet will.
    auto parsed = devnet::Genesis::load(out.filePath(QStringLiteral("genesis.json")));
    if (!parsed)
        return parsed.error();
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(kPort);
    const QJsonObject profile {
        { QStringLiteral("name"), QStringLiteral("CreditChain 演示网络 (demo)") },
        { QStringLiteral("chainId"), 1 },
        { QStringLiteral("groupId"), 1 },
        { QStringLiteral("endpoints"), QJsonArray { url } },
        { QStringLiteral("genesisHash"), hex::encodePrefixed(parsed->header().hash()) },
        { QStringLiteral("contractAddress"), address(contract) },
        { QStringLiteral("documentStore"), url + QStringLiteral("documents/") },
        { QStringLiteral("genesisFile"), QStringLiteral("genesis.json") },
    };
    if (auto r = writeJson(out.filePath(QStringLiteral("profile.json")), profile); !r)
        return r;
    return writeJson(out.filePath(QStringLiteral("identities.json")),
        QJsonObject { { QStringLiteral("password"), QString::fromLatin1(kPassword) },
            { QStringLiteral("note"), QStringLiteral("Demo keys: public knowledge, never for real data.") },
            { QStringLiteral("identities"), identities } });
}

} // namespace credit::demo
