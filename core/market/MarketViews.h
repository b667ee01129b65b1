// SPDX-License-Identifier: Apache-2.0
// The return data of the view functions, decoded. A `call` is unauthenticated
// (PROTOCOL.md §1): what these return is never shown as verified.
#pragma once

#include "common/Result.h"
#include "market/Authorisation.h"
#include "market/Institution.h"
#include "market/Order.h"
#include "market/Product.h"

#include <QByteArray>
#include <QByteArrayView>

namespace credit::market::views {

//! Output of getInstitution.
Result<Institution> decodeInstitution(QByteArrayView output);
//! Output of getAuthorisation.
Result<Authorisation> decodeAuthorisation(QByteArrayView output);
//! Output of getUser.
Result<User> decodeUser(QByteArrayView output);
//! Output of getProduct.
Result<Product> decodeProduct(QByteArrayView output);
//! Output of getOrder.
Result<Order> decodeOrder(QByteArrayView output);
//! Output of getOrderParts: one per partner bureau, in the product's order.
Result<QList<OrderPart>> decodeOrderParts(QByteArrayView output);
//! Output of operatorAccount: the 20-byte address.
Result<QByteArray> decodeOperatorAccount(QByteArrayView output);

} // namespace credit::market::views
