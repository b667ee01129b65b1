// SPDX-License-Identifier: Apache-2.0
#include "chain/FiscoReason.h"

#include <QCoreApplication>

#include <array>

namespace credit::chain {

namespace {

struct Spelling {
    QStringView word;
    FiscoReason reason;
};

// Spellings seen in FISCO BCOS 2.x node messages, its SDKs' ImportResult and
// TransactionException names, and PROTOCOL.md (which the devnet follows).
constexpr std::array kSpellings {
    Spelling { u"BlockLimitCheckFailed", FiscoReason::BlockLimitCheckFailed },
    Spelling { u"BlockLimitCheckFail", FiscoReason::BlockLimitCheckFailed },
    Spelling { u"TransactionNonceCheckFail", FiscoReason::NonceCheckFailed },
    Spelling { u"TransactionNonceCheckFailed", FiscoReason::NonceCheckFailed },
    Spelling { u"NonceCheckFail", FiscoReason::NonceCheckFailed },
    Spelling { u"NonceCheckFailed", FiscoReason::NonceCheckFailed },
    Spelling { u"InvalidChainId", FiscoReason::InvalidChainId },
    Spelling { u"InvalidGroupId", FiscoReason::InvalidGroupId },
    Spelling { u"InvalidChainIdOrGroupId", FiscoReason::InvalidChainIdOrGroupId },
    Spelling { u"InvalidSignature", FiscoReason::InvalidSignature },
    Spelling { u"InvalidZeroSignatureFormat", FiscoReason::InvalidSignature },
    Spelling { u"TransactionPoolIsFull", FiscoReason::TxPoolFull },
    Spelling { u"TxPoolIsFull", FiscoReason::TxPoolFull },
    Spelling { u"AlreadyKnown", FiscoReason::AlreadyKnown },
    Spelling { u"AlreadyInTxPool", FiscoReason::AlreadyKnown },
    Spelling { u"AlreadyInChain", FiscoReason::AlreadyInChain },
    Spelling { u"TxAlreadyInChain", FiscoReason::AlreadyInChain },
    Spelling { u"OverGroupMemoryLimit", FiscoReason::OverGroupMemoryLimit },
    Spelling { u"NotBelongToTheGroup", FiscoReason::NotBelongToGroup },
    Spelling { u"RequestNotBelongToTheGroup", FiscoReason::NotBelongToGroup },
    Spelling { u"MalformedTx", FiscoReason::MalformedTransaction },
    Spelling { u"PermissionDenied", FiscoReason::PermissionDenied },
    Spelling { u"NoTxPermission", FiscoReason::PermissionDenied },
    Spelling { u"NoDeployPermission", FiscoReason::PermissionDenied },
    Spelling { u"TransactionRefused", FiscoReason::TransactionRefused },
};

struct Advice {
    FiscoReason reason;
    const char *text;
};

// What happened and what to do; %1 is the word as the node spelled it.
constexpr std::array kAdvice {
    Advice { FiscoReason::BlockLimitCheckFailed,
        QT_TRANSLATE_NOOP("FiscoReason",
            "The node refused the transaction because its block limit is outside the node's "
            "window (%1). The chain height it was built for is stale; send it again to build "
            "a fresh one.") },
    Advice { FiscoReason::NonceCheckFailed,
        QT_TRANSLATE_NOOP("FiscoReason",
            "The node refused the transaction because its nonce was already used (%1). "
            "Send it again: every new transaction draws a fresh nonce.") },
    Advice { FiscoReason::InvalidChainId,
        QT_TRANSLATE_NOOP("FiscoReason",
            "The node refused the transaction's chain id (%1). Check that the chain id in the "
            "network settings is the one this node reports.") },
    Advice { FiscoReason::InvalidGroupId,
        QT_TRANSLATE_NOOP("FiscoReason",
            "The node refused the transaction's group id (%1). Check that the group id in the "
            "network settings is a group this node serves.") },
    Advice { FiscoReason::InvalidChainIdOrGroupId,
        QT_TRANSLATE_NOOP("FiscoReason",
            "The node refused the transaction's chain id or group id (%1). Check both in the "
            "network settings against what the node reports.") },
    Advice { FiscoReason::InvalidSignature,
        QT_TRANSLATE_NOOP("FiscoReason",
            "The node rejected the signature (%1): is the key for this chain, and does the "
            "chain run in 国密 (SM2/SM3) mode?") },
    Advice { FiscoReason::TxPoolFull,
        QT_TRANSLATE_NOOP("FiscoReason",
            "The node's transaction pool is full (%1). Wait a few seconds and send the "
            "transaction again.") },
    Advice { FiscoReason::AlreadyKnown,
        QT_TRANSLATE_NOOP("FiscoReason",
            "The node already holds this transaction in its pool (%1). Wait for its receipt "
            "instead of sending it again.") },
    Advice { FiscoReason::AlreadyInChain,
        QT_TRANSLATE_NOOP("FiscoReason",
            "This transaction is already on the chain (%1). Look up its receipt instead of "
            "sending it again.") },
    Advice { FiscoReason::OverGroupMemoryLimit,
        QT_TRANSLATE_NOOP("FiscoReason",
            "The node has no memory left for this group (%1). Wait a while and send again; if "
            "it persists, ask the chain operator to check the node.") },
    Advice { FiscoReason::NotBelongToGroup,
        QT_TRANSLATE_NOOP("FiscoReason",
            "The node does not serve this group (%1). Check the group id and the endpoint in "
            "the network settings.") },
    Advice { FiscoReason::MalformedTransaction,
        QT_TRANSLATE_NOOP("FiscoReason",
            "The node could not decode the transaction (%1). This is a bug in the terminal; "
            "please report it.") },
    Advice { FiscoReason::PermissionDenied,
        QT_TRANSLATE_NOOP("FiscoReason",
            "This account is not allowed to do that on this chain (%1). Ask the chain "
            "operator to grant the permission.") },
    Advice { FiscoReason::TransactionRefused,
        QT_TRANSLATE_NOOP("FiscoReason",
            "The node refused the transaction (%1). Check the node's log, or ask the chain "
            "operator why.") },
};

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

} // namespace

FiscoReasonMatch findFiscoReason(QStringView message)
{
    qsizetype i = 0;
    while (i < message.size()) {
        if (!isWordChar(message[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < message.size() && isWordChar(message[end]))
            ++end;
        const QStringView token = message.mid(i, end - i);
        for (const Spelling &s : kSpellings) {
            if (token == s.word)
                return { s.reason, token.toString() };
        }
        i = end;
    }
    return {};
}

QString describeFiscoReason(FiscoReason reason, const QString &word)
{
    for (const Advice &a : kAdvice) {
        if (a.reason == reason)
            return QCoreApplication::translate("FiscoReason", a.text).arg(word);
    }
    return {};
}

bool isCuredByRebuilding(FiscoReason reason)
{
    return reason == FiscoReason::BlockLimitCheckFailed || reason == FiscoReason::NonceCheckFailed;
}

} // namespace credit::chain
