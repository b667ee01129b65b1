// SPDX-License-Identifier: Apache-2.0
// A malicious (or broken) node for the light node's tests: a JSON-RPC proxy on
// a loopback port, served from its own thread, that forwards single calls and
// batch arrays to a real node and alters whatever concerns one target block —
// its header, its body, the receipts of its transactions — by a tamper mode.
// Everything else passes through untouched, so the blocks before the target
// verify and the light node must stop exactly at the target.
#pragma once

#include "crypto/Sm2Key.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>

namespace credit::chain {
class CurlTransport;
}

namespace credit::test {

class ScriptedHttpServer;

class TamperingProxy final {
public:
    enum class Mode {
        None, //!< forward unchanged
        HeaderField, //!< header gasUsed + 1, `hash` left as the node sent it
        HashField, //!< one byte of the header's `hash` flipped
        DropSignatures, //!< the first Plan::dropSignatures entries of signatureList removed
        ForeignSignature, //!< sealer 0's signature replaced by a non-sealer key's over the true hash
        OutsideIndex, //!< one more signature, by a non-sealer key, at an index past the sealer list
        DuplicateSigner, //!< the last signature replaced by a copy of the first
        NoSignatureList, //!< signatureList removed from the header
        TransactionsRoot, //!< transactionsRoot changed, hash recomputed, re-signed with Plan::sealerKeys
        ForgedSealerChange, //!< the last two sealers swapped for outsiders, signed by the new list (2 of the old 4)
        ReorderTransactions, //!< the body's first two transaction hashes swapped
        ReceiptLog, //!< one byte of the first log's data changed in the last transaction's receipt
        MissingReceipt, //!< the last transaction's receipt answered as null
        OtherChain, //!< header, body and receipts of the target served from Plan::otherChainUrl
        InvalidJson, //!< any HTTP reply that concerns the target cut in half (not JSON)
        Stall, //!< any request that concerns the target answered only after Plan::stallMs
    };

    struct Plan {
        Mode mode = Mode::None;
        quint64 target = 0;
        int dropSignatures = 1;
        QList<crypto::Sm2PrivateKey> sealerKeys; //!< for TransactionsRoot
        QString otherChainUrl; //!< for OtherChain
        int stallMs = 30000;
    };

    //! Starts listening on 127.0.0.1 at once; upstreamUrl is the honest node.
    TamperingProxy(const QString &upstreamUrl, Plan plan);
    ~TamperingProxy();
    TamperingProxy(const TamperingProxy &) = delete;
    TamperingProxy &operator=(const TamperingProxy &) = delete;

    //! "http://127.0.0.1:PORT/".
    QString url() const;
    //! Calls (or whole replies) altered so far: 0 means the mode never applied.
    int tamperedCalls() const { return m_tampered.load(); }
    //! Short English name of a mode, for test row names and messages.
    static QString modeName(Mode mode);

private:
    struct Reply {
        QByteArray body;
        int status = 200;
        int delayMs = 0;
    };
    Reply handle(const QByteArray &body);
    bool concernsTarget(const QJsonObject &call) const;
    //! Alters one call's response object in place; true when it changed anything.
    bool tamper(const QJsonObject &call, QJsonObject &response);
    bool tamperHeader(QJsonObject &header);
    bool tamperReceipt(const QString &txHash, QJsonObject &response);
    //! The same call answered by the other chain: its result or error, under the original id.
    bool fromOtherChain(const QJsonObject &call, QJsonObject &response);
    void rememberBody(const QJsonObject &response);

    QString m_upstreamUrl;
    Plan m_plan;
    crypto::Sm2PrivateKey m_outsider;
    // Created and used on the server thread only (libcurl handles are per thread),
    // like the target's transactions, which the handler alone reads and writes.
    std::unique_ptr<chain::CurlTransport> m_upstream, m_other;
    QSet<QString> m_targetTxs; //!< lower-case "0x…" hashes of the target's body as served
    QString m_lastTx; //!< the target's last transaction as served
    std::atomic<int> m_tampered { 0 };
    std::unique_ptr<ScriptedHttpServer> m_server; // last: stops before the members it calls into
};

} // namespace credit::test
