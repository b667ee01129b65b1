// SPDX-License-Identifier: Apache-2.0
#include "MarketTraffic.h"

#include "crypto/Sm3.h"
#include "market/MarketCalls.h"

#include <limits>

namespace credit::bench {

MarketTraffic::MarketTraffic(quint32 seed, crypto::Sm2PrivateKey operatorKey, QList<crypto::Sm2PrivateKey> bureaus,
    QList<crypto::Sm2PrivateKey> banks)
    : m_random(seed), m_operator(std::move(operatorKey)), m_bureaus(std::move(bureaus)), m_banks(std::move(banks))
{
}

MarketTraffic::OrderRef MarketTraffic::takeFrom(QList<OrderRef> &pool)
{
    const auto i = static_cast<qsizetype>(m_random.bounded(quint32(pool.size())));
    const OrderRef taken = pool[i];
    pool[i] = pool.last();
    pool.removeLast();
    return taken;
}

MarketCall MarketTraffic::next()
{
    // Every bureau lists a product before anyone orders.
    if (m_products.size() < m_bureaus.size())
        return listProduct();
    const quint32 roll = m_random.bounded(1000u);
    if (roll < 5)
        return registerInstitution();
    if (roll < 25)
        return listProduct();
    // Transitions of existing orders, when there is one in the right state;
    // otherwise a new order (always possible).
    if (roll < 200 && !m_placed.isEmpty()) {
        const OrderRef o = takeFrom(m_placed);
        return { m_bureaus[o.bureau],
            market::calls::rejectOrder(o.id, QStringLiteral("授权书已过期，请重新提交")).value() };
    }
    if (roll < 420 && !m_placed.isEmpty()) {
        const OrderRef o = takeFrom(m_placed);
        m_accepted << o;
        return { m_bureaus[o.bureau], market::calls::acceptOrder(o.id).value() };
    }
    if (roll < 620 && !m_accepted.isEmpty()) {
        const OrderRef o = takeFrom(m_accepted);
        m_delivered << o;
        const QByteArray seed = QByteArray::number(o.id);
        return {
            m_bureaus[o.bureau],
            market::calls::deliverReport(o.id, crypto::sm3("report " + seed), crypto::sm3("envelope " + seed)).value()
        };
    }
    if (roll < 800 && !m_delivered.isEmpty()) {
        const OrderRef o = takeFrom(m_delivered);
        return { m_banks[o.bank], market::calls::confirmReceipt(o.id).value() };
    }
    return placeOrder();
}

MarketCall MarketTraffic::registerInstitution()
{
    // New banks mostly; every fifth newcomer is a bureau.
    auto key = crypto::Sm2PrivateKey::generate().value();
    const bool bureau = m_random.bounded(5u) == 0;
    const QString name = bureau ? QStringLiteral("新征信机构%1").arg(m_bureaus.size())
                                : QStringLiteral("新商业银行%1").arg(m_banks.size());
    auto data = market::calls::registerInstitution(key.address(), QStringLiteral("91310000717854505W"), name,
        bureau ? market::Role::Bureau : market::Role::Bank, 310000, key.publicKey().raw());
    (bureau ? m_bureaus : m_banks) << key;
    return { m_operator, data.value() };
}

MarketCall MarketTraffic::listProduct()
{
    // Round-robin at first, so every bureau has a product; then any bureau.
    const auto bureau = m_products.size() < m_bureaus.size()
        ? m_products.size()
        : static_cast<qsizetype>(m_random.bounded(quint32(m_bureaus.size())));
    market::calls::ProductListing l;
    l.productId = m_nextProduct++;
    l.series = market::Series::Liantong;
    l.name = QStringLiteral("企业信用报告 %1").arg(l.productId);
    l.description = QStringLiteral("标准版：工商、司法、经营与信贷记录");
    l.priceFen = 20000 + 1000 * m_random.bounded(100u);
    l.slaHours = 24 + m_random.bounded(48u);
    l.deliveryFormat = QStringLiteral("PDF");
    // Every third product needs a recorded authorisation, so the traffic takes
    // the authorised path too (recordAuthorisation, placeAuthorisedOrder).
    l.authorisationRequired = l.productId % 3 == 0;
    m_products.append({ l.productId, bureau });
    if (l.authorisationRequired)
        m_needsAuthorisation.insert(l.productId);
    return { m_bureaus[bureau], market::calls::listProduct(l).value() };
}

MarketCall MarketTraffic::placeOrder()
{
    const auto &[product, bureau] = m_products[static_cast<qsizetype>(m_random.bounded(quint32(m_products.size())))];
    const auto bank = static_cast<qsizetype>(m_random.bounded(quint32(m_banks.size())));
    if (m_needsAuthorisation.contains(product)) {
        const auto key = std::pair { bank, product };
        const auto recorded = m_authorisations.constFind(key);
        if (recorded == m_authorisations.cend())
            return recordAuthorisation(bank, product);
        OrderRef o { m_nextOrder++, bank, bureau };
        m_placed << o;
        return { m_banks[bank],
            market::calls::placeAuthorisedOrder(
                o.id, product, *recorded, crypto::sm3("request " + QByteArray::number(o.id)))
                .value() };
    }
    OrderRef o { m_nextOrder++, bank, bureau };
    m_placed << o;
    const QByteArray seed = QByteArray::number(o.id);
    return { m_banks[o.bank],
        market::calls::placeOrder(o.id, product, crypto::sm3("authorisation " + seed), crypto::sm3("request " + seed))
            .value() };
}

MarketCall MarketTraffic::recordAuthorisation(qsizetype bank, quint64 product)
{
    market::calls::AuthorisationTerms terms;
    terms.authorisationId = m_nextAuthorisation++;
    const QByteArray seed = QByteArray::number(terms.authorisationId);
    terms.enterpriseCommitment = crypto::sm3("enterprise " + seed);
    terms.letterHash = crypto::sm3("letter " + seed);
    terms.letterDocument = crypto::sm3("letter envelope " + seed);
    terms.productIds = { product };
    terms.purpose = QStringLiteral("贷前审查");
    terms.validFromMs = 0; // valid at any block time: the traffic never meets an expired one
    terms.validUntilMs = std::numeric_limits<quint64>::max() / 2;
    m_authorisations.insert({ bank, product }, terms.authorisationId);
    return { m_banks[bank], market::calls::recordAuthorisation(terms).value() };
}

} // namespace credit::bench
