// SPDX-License-Identifier: Apache-2.0
#include "devnet/DemoSpec.h"

#include "codec/Hex.h"
#include "market/Uscc.h"
#include "crypto/Sm2Key.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace credit::devnet {

namespace {

Error bad(const QString &why)
{
    return makeError(ErrorKind::InvalidInput, QStringLiteral("genesis demoHistory: %1").arg(why));
}

// A JSON number that is a whole number in [min, max] (JSON has no integers of its own).
std::optional<qint64> wholeNumber(const QJsonValue &v, qint64 min, qint64 max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    const qint64 i = v.toInteger(min - 1);
    if (static_cast<double>(i) != d || i < min || i > max)
        return std::nullopt;
    return i;
}

Result<QByteArray> address(const QJsonValue &v, const QString &what)
{
    auto a = hex::decodeFixed(v.toString(), crypto::kAddressSize);
    if (!v.isString() || !a)
        return bad(QStringLiteral("%1 must be a 20-byte hex address").arg(what));
    return a;
}

Result<DemoProduct> parseProduct(const QJsonObject &o)
{
    DemoProduct p;
    const auto id = wholeNumber(o.value(QStringLiteral("id")), 1, qint64(1) << 53);
    const auto series = wholeNumber(o.value(QStringLiteral("series")), 1, 3);
    const auto price = wholeNumber(o.value(QStringLiteral("priceFen")), 0, qint64(1) << 53);
    const auto sla = wholeNumber(o.value(QStringLiteral("slaHours")), 1, 24LL * 365);
    const QString name = o.value(QStringLiteral("name")).toString();
    if (!id || !series || !price || !sla || name.isEmpty())
        return bad(
            QStringLiteral("product \"%1\" needs an id ≥ 1, a series 1..3, a name, priceFen ≥ 0 and slaHours ≥ 1")
                .arg(name));
    auto bureau = address(o.value(QStringLiteral("bureau")), QStringLiteral("product %1: bureau").arg(*id));
    if (!bureau)
        return bureau.error();
    p.bureau = *bureau;
    p.listing.productId = static_cast<quint64>(*id);
    p.listing.series = static_cast<market::Series>(*series);
    p.listing.name = name;
    p.listing.description = o.value(QStringLiteral("description")).toString();
    p.listing.priceFen = static_cast<quint64>(*price);
    p.listing.slaHours = static_cast<quint32>(*sla);
    p.listing.deliveryFormat = o.value(QStringLiteral("deliveryFormat")).toString();
    p.listing.authorisationRequired = o.value(QStringLiteral("authorisationRequired")).toBool();
    for (const auto &partner : o.value(QStringLiteral("partnerBureaus")).toArray()) {
        auto a = address(partner, QStringLiteral("product %1: a partner bureau").arg(*id));
        if (!a)
            return a.error();
        p.listing.partnerBureaus << *a;
    }
    return p;
}

Result<DemoEnterprise> parseEnterprise(const QJsonObject &o)
{
    DemoEnterprise e;
    e.name = o.value(QStringLiteral("name")).toString();
    e.code = o.value(QStringLiteral("code")).toString();
    const auto region = wholeNumber(o.value(QStringLiteral("region")), 100000, 999999);
    if (e.name.isEmpty() || !region)
        return bad(QStringLiteral("enterprise \"%1\" needs a name and a six-digit region code").arg(e.name));
    if (auto valid = uscc::validate(e.code); !valid)
        return bad(QStringLiteral("enterprise \"%1\": %2").arg(e.name, valid.error().message));
    e.region = static_cast<quint32>(*region);
    return e;
}

Result<DemoUser> parseUser(const QJsonObject &o, const QDir &base)
{
    DemoUser u;
    u.name = o.value(QStringLiteral("name")).toString();
    const QString keyFile = o.value(QStringLiteral("keyFile")).toString();
    if (u.name.isEmpty() || keyFile.isEmpty())
        return bad(QStringLiteral("user \"%1\" needs a name and a key file").arg(u.name));
    auto institution
        = address(o.value(QStringLiteral("institution")), QStringLiteral("user %1: institution").arg(u.name));
    if (!institution)
        return institution.error();
    auto account = address(o.value(QStringLiteral("account")), QStringLiteral("user %1: account").arg(u.name));
    if (!account)
        return account.error();
    u.institution = *institution;
    u.account = *account;
    u.keyFile = QDir::cleanPath(base.absoluteFilePath(keyFile));
    return u;
}

} // namespace

Result<std::optional<DemoSpec>> DemoSpec::parse(const QJsonObject &genesis, const QString &genesisDir)
{
    const QJsonValue field = genesis.value(QStringLiteral("demoHistory"));
    if (field.isUndefined() || field.isNull())
        return std::optional<DemoSpec>();
    if (!field.isObject())
        return bad(QStringLiteral("must be an object"));
    const QJsonObject o = field.toObject();
    DemoSpec s;
    const auto seed = wholeNumber(o.value(QStringLiteral("seed")), 0, qint64(1) << 53);
    const auto orders = wholeNumber(o.value(QStringLiteral("orders")), kMinOrders, kMaxOrders);
    const auto months = wholeNumber(o.value(QStringLiteral("months")), 1, kMaxMonths);
    if (!seed)
        return bad(QStringLiteral("seed must be a whole number ≥ 0"));
    if (!orders)
        return bad(QStringLiteral("orders must be a whole number from %1 to %2").arg(kMinOrders).arg(kMaxOrders));
    if (!months)
        return bad(QStringLiteral("months must be a whole number from 1 to %1").arg(kMaxMonths));
    s.seed = static_cast<quint64>(*seed);
    s.orders = static_cast<int>(*orders);
    s.months = static_cast<int>(*months);
    s.password = o.value(QStringLiteral("password")).toString().toUtf8();
    if (s.password.isEmpty())
        return bad(QStringLiteral("password (of the demo key files) must not be empty"));

    const QJsonValue registerInstitutions = o.value(QStringLiteral("registerInstitutions"));
    if (!registerInstitutions.isUndefined() && !registerInstitutions.isBool())
        return bad(QStringLiteral("registerInstitutions must be true or false"));
    s.registerInstitutions = registerInstitutions.toBool(false);

    const QDir base(genesisDir);
    for (const auto &f : o.value(QStringLiteral("keyFiles")).toArray()) {
        if (!f.isString() || f.toString().isEmpty())
            return bad(QStringLiteral("keyFiles must be a list of paths"));
        s.keyFiles << QDir::cleanPath(base.absoluteFilePath(f.toString()));
    }
    if (s.keyFiles.isEmpty())
        return bad(QStringLiteral("keyFiles must name the key files of the banks, bureaus and mediators"));

    QSet<quint64> ids;
    for (const auto &item : o.value(QStringLiteral("products")).toArray()) {
        auto p = parseProduct(item.toObject());
        if (!p)
            return p.error();
        if (ids.contains(p->listing.productId))
            return bad(QStringLiteral("product id %1 is listed twice").arg(p->listing.productId));
        ids.insert(p->listing.productId);
        s.products << *p;
    }
    for (const auto &item : o.value(QStringLiteral("enterprises")).toArray()) {
        auto e = parseEnterprise(item.toObject());
        if (!e)
            return e.error();
        s.enterprises << *e;
    }
    if (s.products.isEmpty() || s.enterprises.isEmpty())
        return bad(QStringLiteral("products and enterprises must not be empty"));
    const QJsonValue users = o.value(QStringLiteral("users"));
    if (!users.isUndefined() && !users.isArray())
        return bad(QStringLiteral("users must be a list"));
    QSet<QByteArray> accounts;
    for (const auto &item : users.toArray()) {
        auto u = parseUser(item.toObject(), base);
        if (!u)
            return u.error();
        if (accounts.contains(u->account))
            return bad(QStringLiteral("user account 0x%1 is listed twice").arg(hex::encode(u->account)));
        accounts.insert(u->account);
        s.users << *u;
    }
    return std::optional<DemoSpec>(std::move(s));
}

Result<std::optional<DemoSpec>> DemoSpec::fromGenesisFile(const QString &genesisPath)
{
    QFile f(genesisPath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::NotFound, QStringLiteral("cannot read genesis file %1: %2").arg(genesisPath, f.errorString()));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return bad(QStringLiteral("%1 is not a JSON object").arg(genesisPath));
    return parse(doc.object(), QFileInfo(genesisPath).absolutePath());
}

} // namespace credit::devnet
