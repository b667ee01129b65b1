// SPDX-License-Identifier: Apache-2.0
// `creditctl market <action>`: one verb per CreditMarket function, for tests
// and scripts. Each signs and sends the call, then prints hash and receipt.
#include "cli/ChainSession.h"
#include "cli/Commands.h"
#include "codec/Hex.h"
#include "market/MarketCalls.h"

#include <functional>

namespace credit::cli {

int sendAndReport(const Args &args, Output &out, const QByteArray &to, const QByteArray &data);

namespace {

//! Reads the typed options of one action; the first error wins.
class Options {
public:
    explicit Options(const Args &args) : m_args(args) { }
    quint64 number(const char *name)
    {
        bool ok = false;
        const quint64 v = m_args.value(QLatin1String(name)).toULongLong(&ok);
        if (!ok)
            fail(QStringLiteral("--%1 wants a whole number").arg(QLatin1String(name)));
        return v;
    }
    //! A comma-separated list of whole numbers; empty when the option is absent.
    QList<quint64> numbers(const char *name)
    {
        QList<quint64> out;
        for (const QString &part : m_args.value(QLatin1String(name)).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            out += part.trimmed().toULongLong(&ok);
            if (!ok)
                fail(QStringLiteral("--%1 wants whole numbers separated by commas").arg(QLatin1String(name)));
        }
        return out;
    }
    QByteArray bytes(const char *name, int size = -1)
    {
        auto v = size < 0 ? hex::decode(m_args.value(QLatin1String(name)))
                          : hex::decodeFixed(m_args.value(QLatin1String(name)), size);
        if (!v) {
            fail(QStringLiteral("--%1: %2").arg(QLatin1String(name), v.error().message));
            return {};
        }
        return *v;
    }
    QString text(const char *name)
    {
        const QString v = m_args.value(QLatin1String(name));
        if (v.isEmpty())
            fail(QStringLiteral("--%1 is required").arg(QLatin1String(name)));
        return v;
    }
    bool flag(const char *name) const { return m_args.has(QLatin1String(name)); }
    const QString &error() const { return m_error; }

private:
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    const Args &m_args;
    QString m_error;
};

using Builder = std::function<Result<QByteArray>(Options &)>;

const QHash<QString, Builder> &builders()
{
    using namespace market;
    static const QHash<QString, Builder> all = {
        { QStringLiteral("register-institution"),
            [](Options &o) {
                return calls::registerInstitution(o.bytes("account", 20), o.text("code"), o.text("name"),
                    static_cast<Role>(o.number("role")), static_cast<quint32>(o.number("region")),
                    o.bytes("public-key", 64));
            } },
        { QStringLiteral("set-institution-active"),
            [](Options &o) {
                return calls::setInstitutionActive(o.bytes("account", 20), o.text("active") == u"true");
            } },
        { QStringLiteral("list-product"),
            [](Options &o) {
                calls::ProductListing l;
                l.productId = o.number("product");
                l.series = static_cast<Series>(o.number("series"));
                l.name = o.text("name");
                l.description = o.text("description");
                l.priceFen = o.number("price-fen");
                l.slaHours = static_cast<quint32>(o.number("sla-hours"));
                l.deliveryFormat = o.text("format");
                l.authorisationRequired = o.flag("authorisation-required");
                return calls::listProduct(l);
            } },
        { QStringLiteral("delist-product"), [](Options &o) { return calls::delistProduct(o.number("product")); } },
        { QStringLiteral("place-order"),
            [](Options &o) {
                return calls::placeOrder(o.number("order"), o.number("product"), o.bytes("authorisation-hash", 32),
                    o.bytes("request-doc", 32));
            } },
        { QStringLiteral("place-authorised-order"),
            [](Options &o) {
                return calls::placeAuthorisedOrder(
                    o.number("order"), o.number("product"), o.number("authorisation"), o.bytes("request-doc", 32));
            } },
        { QStringLiteral("record-authorisation"),
            [](Options &o) {
                calls::AuthorisationTerms t;
                t.authorisationId = o.number("authorisation");
                t.enterpriseCommitment = o.bytes("commitment", 32);
                t.letterHash = o.bytes("authorisation-hash", 32);
                t.letterDocument = o.bytes("letter-doc", 32);
                t.series = static_cast<quint8>(o.flag("series") ? o.number("series") : 0);
                t.productIds = o.numbers("products");
                t.purpose = o.text("purpose");
                t.validFromMs = o.number("valid-from-ms");
                t.validUntilMs = o.number("valid-until-ms");
                return calls::recordAuthorisation(t);
            } },
        { QStringLiteral("revoke-authorisation"),
            [](Options &o) { return calls::revokeAuthorisation(o.number("authorisation"), o.text("reason")); } },
        { QStringLiteral("accept-order"), [](Options &o) { return calls::acceptOrder(o.number("order")); } },
        { QStringLiteral("reject-order"),
            [](Options &o) { return calls::rejectOrder(o.number("order"), o.text("reason")); } },
        { QStringLiteral("cancel-order"), [](Options &o) { return calls::cancelOrder(o.number("order")); } },
        { QStringLiteral("deliver-report"),
            [](Options &o) {
                return calls::deliverReport(o.number("order"), o.bytes("report-hash", 32), o.bytes("report-doc", 32));
            } },
        { QStringLiteral("deliver-part"),
            [](Options &o) {
                return calls::deliverPart(o.number("order"), o.bytes("part-hash", 32), o.bytes("part-doc", 32));
            } },
        { QStringLiteral("confirm-receipt"), [](Options &o) { return calls::confirmReceipt(o.number("order")); } },
        { QStringLiteral("raise-dispute"),
            [](Options &o) {
                return calls::raiseDispute(o.number("order"), o.bytes("mediator", 20), o.text("reason"),
                    o.flag("key-envelope-hex") ? o.bytes("key-envelope-hex") : QByteArray());
            } },
        { QStringLiteral("resolve-dispute"),
            [](Options &o) { return calls::resolveDispute(o.number("order"), o.text("resolution")); } },
    };
    return all;
}

} // namespace

QStringList marketValueOptions()
{
    return chainValueOptions()
        + QStringList { QStringLiteral("key"), QStringLiteral("contract"), QStringLiteral("account"),
              QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("region"),
              QStringLiteral("public-key"), QStringLiteral("active"), QStringLiteral("product"),
              QStringLiteral("series"), QStringLiteral("description"), QStringLiteral("price-fen"),
              QStringLiteral("sla-hours"), QStringLiteral("format"), QStringLiteral("order"),
              QStringLiteral("authorisation-hash"), QStringLiteral("request-doc"), QStringLiteral("reason"),
              QStringLiteral("report-hash"), QStringLiteral("report-doc"), QStringLiteral("mediator"),
              QStringLiteral("key-envelope-hex"), QStringLiteral("resolution"), QStringLiteral("authorisation"),
              QStringLiteral("commitment"), QStringLiteral("letter-doc"), QStringLiteral("products"),
              QStringLiteral("purpose"), QStringLiteral("valid-from-ms"), QStringLiteral("valid-until-ms"),
              QStringLiteral("part-hash"), QStringLiteral("part-doc") };
}

int market(const Args &args, Output &out)
{
    if (args.positional().size() != 1 || !builders().contains(args.positional().first())) {
        QStringList actions = builders().keys();
        actions.sort();
        return out.usage(QStringLiteral("market needs one action: %1").arg(actions.join(QStringLiteral(", "))));
    }
    auto contract = parseAddress(args.value(QStringLiteral("contract")), QStringLiteral("contract"));
    if (!contract)
        return out.usage(contract.error().message);
    Options options(args);
    auto data = builders().value(args.positional().first())(options);
    if (!options.error().isEmpty())
        return out.usage(options.error());
    if (!data)
        return out.fail(data.error());
    return sendAndReport(args, out, *contract, *data);
}

} // namespace credit::cli
