// SPDX-License-Identifier: Apache-2.0
#include "devnet/Devnet.h"

#include "codec/Hex.h"
#include "devnet/BlockProducer.h"
#include "devnet/ChainDb.h"
#include "devnet/ChainExecutor.h"
#include "devnet/DemoHistory.h"
#include "devnet/DemoSpec.h"
#include "devnet/DocumentStoreService.h"
#include "devnet/Genesis.h"
#include "devnet/MarketRuntime.h"
#include "devnet/RpcDispatcher.h"
#include "devnet/TransactionExecutor.h"
#include "devnet/TxPool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpSocket>
#include <QTimer>

namespace credit::devnet {

namespace {
constexpr qsizetype kMaxTransactionsPerBlock = 1000;

QHttpServerResponse jsonResponse(
    const QByteArray &body, QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body, status);
}

QHttpServerResponse textResponse(const QString &text, QHttpServerResponder::StatusCode status)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), text.toUtf8() + '\n', status);
}

// RFC 9112 §9.6: "close" among the Connection header's options (any case, any header instance).
bool asksToClose(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("connection", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &option : value.split(','))
            if (option.trimmed().compare("close", Qt::CaseInsensitive) == 0)
                return true;
    }
    return false;
}

//! A request header by name, in any case (RFC 9110 §5.1).
QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

// Writes the response; when the request said "Connection: close", says so in
// the response and closes the connection once it is sent (Qt HttpServer 6.4
// keeps every connection open on its own). Keep-alive stays the default.
void send(QHttpServerResponse response, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    response.setHeader(QByteArrayLiteral("Server"), QByteArrayLiteral("credit-devnet"));
    const bool close = asksToClose(request);
    if (close)
        response.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    QTcpSocket *socket = responder.socket();
    response.write(std::move(responder));
    if (close && socket)
        socket->disconnectFromHost(); // flushes the queued response first
}
} // namespace

Devnet::Devnet() = default;
Devnet::~Devnet() = default;

Result<std::unique_ptr<Devnet>> Devnet::start(const Options &options, std::unique_ptr<TransactionExecutor> contract)
{
    auto genesis = Genesis::load(options.genesisPath);
    if (!genesis)
        return genesis.error();
    auto db = ChainDb::open(options.dataDir);
    if (!db)
        return db.error();

    std::unique_ptr<Devnet> d(new Devnet());
    d->m_options = options;
    d->m_db = std::move(*db);
    const bool market = !contract;
    if (market)
        contract = std::make_unique<MarketRuntime>();
    auto chainExecutor = std::make_unique<ChainExecutor>(genesis->contractAddress, std::move(contract));
    d->m_producer = std::make_unique<BlockProducer>(*d->m_db, *chainExecutor, genesis->heldKeys());
    chainExecutor->attachConsensus(*d->m_producer, genesis->operatorAccount);
    d->m_producer->setSigningSealers(options.signingSealers);
    d->m_executor = std::move(chainExecutor);
    const QByteArray anchor = genesis->header().hash();
    // The demo history needs the CreditMarket runtime; a test's own contract gets none.
    auto demo = market ? DemoSpec::fromGenesisFile(options.genesisPath) : std::optional<DemoSpec>();
    if (!demo)
        return demo.error();
    if (d->m_db->isEmpty()) {
        ChainDb &chainDb = *d->m_db;
        const Genesis &g = *genesis;
        const bool history = demo->has_value();
        const bool registeredLater = history && (*demo)->registerInstitutions;
        auto initialise = [&chainDb, &g, history, registeredLater]() {
            auto r = MarketRuntime::initialiseGenesisState(chainDb, g, !registeredLater);
            return r && history ? markDemoHistoryPending(chainDb) : r;
        };
        if (auto r = d->m_producer->writeGenesis(genesis->header(),
                market ? std::function<Result<void>()>(initialise) : std::function<Result<void>()>());
            !r)
            return r.error();
        if (history) {
            QElapsedTimer clock;
            clock.start();
            auto written = writeDemoHistory(chainDb, *d->m_producer, g, **demo, QDateTime::currentMSecsSinceEpoch());
            if (!written)
                return written.error();
            qInfo("credit-devnet: wrote the demo history: %d transactions in blocks %llu-%llu, %d documents, %lld ms",
                written->transactions, static_cast<unsigned long long>(written->firstBlock),
                static_cast<unsigned long long>(written->lastBlock), written->documents,
                static_cast<long long>(clock.elapsed()));
        }
    } else if (d->m_db->hash(0) != anchor) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Devnet",
                "%1 holds a different chain (genesis 0x%2, the genesis file gives 0x%3); "
                "use another --data folder or the matching genesis file")
                .arg(options.dataDir, hex::encode(d->m_db->hash(0)), hex::encode(anchor)));
    } else if (demoHistoryInterrupted(*d->m_db)) {
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("Devnet",
                "%1 holds a demo chain whose history was never finished (its first start was "
                "interrupted); delete the folder and start again")
                .arg(options.dataDir));
    }
    AdmissionRules rules;
    rules.chainId = genesis->chainId;
    rules.groupId = genesis->groupId;
    d->m_pool = std::make_unique<TxPool>(rules);
    // The devnet answers RPC as its first genesis sealer (it signs for all of them).
    RpcDispatcher::Identity identity { genesis->chainId, genesis->groupId,
        genesis->sealerKeys.isEmpty() ? QByteArray(64, '\0') : genesis->sealerKeys.first().publicKey().raw(),
        static_cast<quint64>(kMaxTransactionsPerBlock), {} };
    for (const crypto::Sm2PrivateKey &key : genesis->heldKeys())
        identity.heldNodeIds << key.publicKey().raw();
    d->m_dispatcher = std::make_unique<RpcDispatcher>(*d->m_db, *d->m_pool, *d->m_executor, identity);
    auto documents = DocumentStoreService::open(*d->m_db, options.store, options.dataDir);
    if (!documents)
        return documents.error();
    d->m_documents = std::move(*documents);

    d->m_http = std::make_unique<QHttpServer>();
    Devnet *self = d.get();
    // Every route answers through send(), which honours "Connection: close".
    d->m_http->route(QStringLiteral("/"), QHttpServerRequest::Method::Post,
        [self](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.body().size() > self->m_options.maxRequestSize)
                return send(
                    jsonResponse(
                        QByteArrayLiteral(
                            R"({"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"request body too large"}})"),
                        QHttpServerResponder::StatusCode::PayloadTooLarge),
                    request, std::move(responder));
            send(jsonResponse(self->m_dispatcher->handle(request.body())), request, std::move(responder));
        });
    d->m_http->route(QStringLiteral("/documents/<arg>"), QHttpServerRequest::Method::Get,
        [self](const QString &hash, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            auto key = hex::decodeFixed(hash, 32, false);
            if (!key)
                return send(textResponse(QStringLiteral("a document is named by 64 hex digits of its SM3"),
                                QHttpServerResponder::StatusCode::BadRequest),
                    request, std::move(responder));
            const auto body = self->m_db->document(*key);
            if (!body)
                return send(
                    textResponse(QStringLiteral("no such document"), QHttpServerResponder::StatusCode::NotFound),
                    request, std::move(responder));
            send(QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), *body), request,
                std::move(responder));
        });
    d->m_http->route(QStringLiteral("/documents/<arg>"), QHttpServerRequest::Method::Put,
        [self](const QString &hash, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            using namespace chain::docstore;
            const WriteHeaders headers { headerValue(request, kAccountHeader), headerValue(request, kTimestampHeader),
                headerValue(request, kSignatureHeader) };
            // Wall-clock UTC, as the writer signs it; block times (the demo's history) play no part.
            const StoreAnswer answer
                = self->m_documents->put(hash, headers, request.body(), QDateTime::currentMSecsSinceEpoch());
            send(jsonResponse(answer.json, static_cast<QHttpServerResponder::StatusCode>(answer.status)), request,
                std::move(responder));
        });
    d->m_port = d->m_http->listen(options.address, options.port);
    if (d->m_port == 0)
        return makeError(ErrorKind::Io,
            QCoreApplication::translate("Devnet", "cannot listen on %1:%2 (in use?)")
                .arg(options.address.toString())
                .arg(options.port));

    d->m_timer = new QTimer(d.get());
    d->m_timer->setInterval(std::max(10, options.blockIntervalMs));
    QObject::connect(d->m_timer, &QTimer::timeout, d.get(), [self] { (void)self->sealNow(); });
    d->m_timer->start();
    return d;
}

QUrl Devnet::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_options.address.toString());
    u.setPort(m_port);
    u.setPath(QStringLiteral("/"));
    return u;
}

QByteArray Devnet::genesisHash()
{
    return m_db->hash(0);
}

qint64 Devnet::height()
{
    return m_db->height();
}

QList<WriterUsage> Devnet::documentStoreUsage(qint64 sinceMs)
{
    return m_documents->usageSince(sinceMs);
}

Result<quint64> Devnet::sealNow()
{
    const qint64 before = m_db->height();
    auto n = m_producer->seal(m_pool->take(kMaxTransactionsPerBlock));
    if (n && static_cast<qint64>(*n) > before)
        Q_EMIT blockSealed(*n);
    return n;
}

} // namespace credit::devnet
