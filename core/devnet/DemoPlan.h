// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "devnet/DemoSpec.h"
#include "devnet/Genesis.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace credit::devnet {

//! One contract call of the demo history.
enum class DemoStep : quint8 {
    ListProduct,
    UpdateProduct,
    DelistProduct,
    PlaceOrder,
    AcceptOrder,
    RejectOrder,
    CancelOrder,
    DeliverReport,
    ConfirmReceipt,
    RaiseDispute,
    ResolveDispute,
    RegisterInstitution, //!< the operator registers a genesis institution (registerInstitutions)
    OpenUser, //!< the operator opens a user account of the spec for its institution
    FreezeUser, //!< an institution's admin freezes one of its users (setUserActive false)
    RecordAuthorisation, //!< a bank records an enterprise's letter just before the order that needs it
    RevokeAuthorisation, //!< the bank revokes one after its last use
    DeliverPart, //!< 链融: a partner bureau delivers its part of an accepted order
};

//! What happens, when and by whom. Documents and signatures are made later,
//! from these facts, by DemoHistory.
struct DemoAction {
    qint64 timeMs = 0;
    DemoStep step = DemoStep::ListProduct;
    QByteArray actor; //!< 20-byte address of who acts: the operator or an institution
    QByteArray signedBy; //!< a user account of actor's that signs for it; empty: actor's own key
    quint64 productId = 0; //!< product steps and PlaceOrder
    quint64 orderId = 0; //!< order steps
    int enterprise = -1; //!< PlaceOrder: index into DemoSpec::enterprises
    QString text; //!< purpose (PlaceOrder), reason (reject, dispute), resolution, description (update)
    QByteArray mediator; //!< RaiseDispute
    quint64 priceFen = 0; //!< UpdateProduct
    quint32 slaHours = 0; //!< UpdateProduct
    int institution = -1; //!< RegisterInstitution: index into Genesis::institutions
    int user = -1; //!< OpenUser, FreezeUser: index into DemoSpec::users
    //! RecordAuthorisation, RevokeAuthorisation, and PlaceOrder of a product
    //! that needs one. A RecordAuthorisation carries the order facts of the
    //! PlaceOrder it was recorded for (orderId, productId, enterprise, text).
    quint64 authorisationId = 0;

    //! The account whose key signs the action.
    QByteArray signer() const { return signedBy.isEmpty() ? actor : signedBy; }
};

//! The demo market's history in time order: bureaus list (and later update or
//! delist) the spec's products, banks place spec.orders orders that end in
//! every state of PROTOCOL.md §7, disputes go to the mediators. The spec's
//! users are opened by the operator first; about half of the order and
//! dispute steps are then signed by one of the acting institution's users,
//! and one user of a bank is frozen by its bank later in the year. A bank
//! records the enterprise's letter (signed like the order) just before its
//! first order of a product that needs one and uses it until it expires; some
//! are revoked after their last use. A pure
//! function of the spec, the institutions and the window [startMs, endMs]:
//! the same inputs give the same plan on every platform (own integer
//! distributions over std::mt19937_64, whose output the standard fixes).
Result<QList<DemoAction>> planDemoHistory(
    const DemoSpec &spec, const QList<GenesisInstitution> &institutions, qint64 startMs, qint64 endMs);

} // namespace credit::devnet
