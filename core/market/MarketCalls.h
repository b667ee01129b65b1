// SPDX-License-Identifier: Apache-2.0
// Call data for every CreditMarket function: the SM3 selector and the ABI
// arguments, ready for a transaction's data field or a JSON-RPC call. Each
// builder fails (InvalidInput) when an address is not 20 bytes or a hash not 32.
#pragma once

#include "codec/AbiValue.h"
#include "common/Result.h"
#include "market/MarketAbi.h"
#include "market/MarketEnums.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace credit::market::calls {

//! Selector of the function + its arguments (declaration order) encoded.
Result<QByteArray> encodeCall(Function id, const QList<abi::Value> &arguments);

Result<QByteArray> registerInstitution(const QByteArray &account, const QString &code, const QString &name, Role role,
    quint32 regionCode, const QByteArray &publicKey);
Result<QByteArray> setInstitutionActive(const QByteArray &account, bool active);
Result<QByteArray> openUser(
    const QByteArray &institution, const QByteArray &user, const QString &name, const QByteArray &publicKey);
Result<QByteArray> setUserActive(const QByteArray &user, bool active);

//! The arguments of listProduct (the caller is the bureau).
struct ProductListing {
    quint64 productId = 0;
    Series series = Series::Liantong;
    QString name;
    QString description;
    quint64 priceFen = 0;
    quint32 slaHours = 0;
    QString deliveryFormat;
    bool authorisationRequired = false;
    QList<QByteArray> partnerBureaus; //!< 链融 only
};
Result<QByteArray> listProduct(const ProductListing &listing);
Result<QByteArray> updateProduct(quint64 productId, quint64 priceFen, quint32 slaHours, const QString &description);
Result<QByteArray> delistProduct(quint64 productId);

Result<QByteArray> placeOrder(
    quint64 orderId, quint64 productId, const QByteArray &authorisationHash, const QByteArray &requestDocument);
//! The arguments of recordAuthorisation (the caller is the bank).
struct AuthorisationTerms {
    quint64 authorisationId = 0;
    QByteArray enterpriseCommitment;
    QByteArray letterHash;
    QByteArray letterDocument;
    quint8 series = 0; //!< 0: no whole series
    QList<quint64> productIds;
    QString purpose;
    quint64 validFromMs = 0;
    quint64 validUntilMs = 0;
};
Result<QByteArray> recordAuthorisation(const AuthorisationTerms &terms);
Result<QByteArray> revokeAuthorisation(quint64 authorisationId, const QString &reason);
Result<QByteArray> placeAuthorisedOrder(
    quint64 orderId, quint64 productId, quint64 authorisationId, const QByteArray &requestDocument);
Result<QByteArray> acceptOrder(quint64 orderId);
Result<QByteArray> rejectOrder(quint64 orderId, const QString &reason);
Result<QByteArray> cancelOrder(quint64 orderId);
Result<QByteArray> deliverReport(quint64 orderId, const QByteArray &reportHash, const QByteArray &reportDocument);
Result<QByteArray> confirmReceipt(quint64 orderId);
//! 链融: a partner bureau's part of an accepted order.
Result<QByteArray> deliverPart(quint64 orderId, const QByteArray &partHash, const QByteArray &partDocument);
Result<QByteArray> raiseDispute(
    quint64 orderId, const QByteArray &mediator, const QString &reason, const QByteArray &mediatorKeyEnvelope);
Result<QByteArray> resolveDispute(quint64 orderId, const QString &resolution);

Result<QByteArray> getInstitution(const QByteArray &account);
Result<QByteArray> getUser(const QByteArray &user);
Result<QByteArray> getProduct(quint64 productId);
Result<QByteArray> getOrder(quint64 orderId);
Result<QByteArray> getAuthorisation(quint64 authorisationId);
Result<QByteArray> getOrderParts(quint64 orderId);
Result<QByteArray> operatorAccount();

} // namespace credit::market::calls
