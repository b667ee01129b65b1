// SPDX-License-Identifier: Apache-2.0
// THE ABI of resources/contracts/CreditMarket.sol as data: every function
// and event with its parameters. Everything in core/market that encodes or
// decodes contract data goes through this table, and test_market_abi
// compiles the .sol and requires its ABI to equal this table both ways.
// Selectors and topics are SM3 (国密, PROTOCOL.md §2).
#pragma once

#include "codec/AbiType.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace credit::market {

enum class Function {
    RegisterInstitution,
    SetInstitutionActive,
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
    GetInstitution,
    GetProduct,
    GetOrder,
    OperatorAccount,
    OpenUser,
    SetUserActive,
    GetUser,
    RecordAuthorisation,
    RevokeAuthorisation,
    PlaceAuthorisedOrder,
    GetAuthorisation,
    DeliverPart,
    GetOrderParts,
};

enum class Event {
    InstitutionRegistered,
    InstitutionStatusChanged,
    ProductListed,
    ProductUpdated,
    ProductDelisted,
    OrderPlaced,
    OrderAccepted,
    OrderRejected,
    OrderCancelled,
    ReportDelivered,
    OrderCompleted,
    DisputeRaised,
    DisputeResolved,
    UserOpened,
    UserStatusChanged,
    ActedBy,
    AuthorisationRecorded,
    AuthorisationRevoked,
    AuthorisationUsed,
    PartDelivered,
};

//! A function's stateMutability, as solc writes it in its JSON ABI.
enum class Mutability { Pure, View, NonPayable, Payable };
//! "pure", "view", "nonpayable", "payable".
QString mutabilityName(Mutability mutability);

//! One parameter of a function or event, or one field of a struct.
struct AbiParam {
    QString name;
    QString type; //!< canonical Solidity type; a struct is its tuple "(T1,T2,...)" of the components
    bool indexed = false; //!< events only
    QList<AbiParam> components; //!< a struct's fields, in declaration order; empty otherwise

    friend bool operator==(const AbiParam &, const AbiParam &) = default;
};

struct FunctionAbi {
    Function id;
    QString name;
    QList<AbiParam> inputs;
    QList<AbiParam> outputs;
    Mutability mutability;
    QList<abi::Type> inputTypes; //!< parsed types of inputs
    QList<abi::Type> outputTypes; //!< parsed types of outputs
    QString signature; //!< "placeOrder(uint64,uint64,bytes32,bytes32)"
    QByteArray selector; //!< SM3(signature)[0:4]
};

struct EventAbi {
    Event id;
    QString name;
    QList<AbiParam> inputs; //!< in declaration order, indexed ones included
    QList<abi::Type> types; //!< parsed types of inputs
    QString signature; //!< "OrderAccepted(uint64,address,uint8)"
    QByteArray topic; //!< SM3(signature), topic 0 of the event's logs
};

//! Every function, in the order of the Function enum.
const QList<FunctionAbi> &functions();
//! Every event, in the order of the Event enum.
const QList<EventAbi> &events();

const FunctionAbi &function(Function id);
const EventAbi &event(Event id);

//! The function whose selector is the first four bytes given, or nullptr.
const FunctionAbi *functionBySelector(QByteArrayView selector);
//! The event whose topic 0 is the given 32 bytes, or nullptr.
const EventAbi *eventByTopic(QByteArrayView topic);

} // namespace credit::market
