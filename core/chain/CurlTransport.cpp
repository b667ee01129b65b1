// SPDX-License-Identifier: Apache-2.0
#include "chain/CurlTransport.h"

#include "chain/CancelToken.h"

#include <curl/curl.h>

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <mutex>
#include <optional>
#include <vector>

namespace credit::chain {

namespace {

// How often the wait loop wakes to look at the CancelToken when the network
// is quiet: bounds how long a cancel of a stalled transfer takes.
constexpr int kPollSliceMs = 50;

void initCurlOnce()
{
    // curl_global_init is not thread-safe and must run before any handle is
    // made; clients are created on several worker threads. Never undone:
    // curl_global_cleanup at exit would race threads that are still closing.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

struct CurlTransport::Transfer {
    CURL *easy = nullptr;
    QByteArray url; //!< empty: the transport's endpoint
    QByteArray method = "POST";
    QByteArray contentType = "application/json";
    curl_slist *headers = nullptr;
    QList<QByteArray> extraHeaders;
    QByteArray request;
    QByteArray response;
    qint64 limit = 0;
    bool tooLarge = false;
    const CancelToken *cancel = nullptr;
    std::array<char, CURL_ERROR_SIZE> errorText {};
    std::optional<RpcResult<HttpReply>> outcome;

    Transfer() = default;
    Q_DISABLE_COPY_MOVE(Transfer)
    ~Transfer()
    {
        if (easy)
            curl_easy_cleanup(easy);
        curl_slist_free_all(headers);
    }
};

namespace {

using Transfer = CurlTransport::Transfer;

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    // Checked here as well as by CURLOPT_MAXFILESIZE, which only sees the
    // size a server announces; a chunked or close-delimited reply has none.
    if (t->response.size() + static_cast<qint64>(bytes) > t->limit) {
        t->tooLarge = true;
        return 0; // any short count makes libcurl abort with CURLE_WRITE_ERROR
    }
    t->response.append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *t = static_cast<const Transfer *>(user);
    return t->cancel && t->cancel->isCancelled() ? 1 : 0;
}

RpcError::Transport transportCause(CURLcode code)
{
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        return RpcError::Transport::Timeout;
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return RpcError::Transport::Connect;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED:
        return RpcError::Transport::Tls;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return RpcError::Transport::BadUrl;
    case CURLE_FILESIZE_EXCEEDED:
        return RpcError::Transport::TooLarge;
    default:
        return RpcError::Transport::Dropped;
    }
}

} // namespace

struct CurlTransport::Impl {
    QByteArray url;
    RpcOptions options;
    CURLM *multi = nullptr;

    RpcError tooLargeError() const
    {
        return RpcError::transportFailure(RpcError::Transport::TooLarge,
            QCoreApplication::translate("CurlTransport", "the reply exceeds %1 bytes").arg(options.maxResponseBytes));
    }

    void setUp(Transfer &t) const
    {
        CURL *e = t.easy;
        curl_easy_setopt(e, CURLOPT_URL, t.url.isEmpty() ? url.constData() : t.url.constData());
#if LIBCURL_VERSION_NUM >= 0x075500
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for DNS timeouts
        if (t.method == "GET") {
            curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
        } else {
            curl_easy_setopt(e, CURLOPT_POST, 1L);
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, t.request.constData());
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(t.request.size()));
            if (t.method != "POST")
                curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, t.method.constData());
            t.headers = curl_slist_append(t.headers, QByteArray("Content-Type: " + t.contentType).constData());
        }
        if (t.contentType == "application/json")
            t.headers = curl_slist_append(t.headers, "Accept: application/json");
        // No "Expect: 100-continue" round trip for bodies over 1 KiB: JSON-RPC
        // servers and proxies answer it inconsistently and it costs a round trip.
        t.headers = curl_slist_append(t.headers, "Expect:");
        for (const QByteArray &line : t.extraHeaders)
            t.headers = curl_slist_append(t.headers, line.constData());
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headers);
        curl_easy_setopt(e, CURLOPT_USERAGENT, "CreditChainTerminal");
        curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); // whatever this libcurl can decode
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connectTimeoutMs));
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(options.requestTimeoutMs));
        curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.maxResponseBytes));
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, onBody);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
        curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, onProgress);
        curl_easy_setopt(e, CURLOPT_XFERINFODATA, &t);
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.errorText.data());
        curl_easy_setopt(e, CURLOPT_PROXY, options.proxy.toUtf8().constData()); // "" = no proxy, env ignored
        if (!options.caFile.isEmpty())
            curl_easy_setopt(e, CURLOPT_CAINFO, QFile::encodeName(options.caFile).constData());
        if (!options.pinnedPublicKey.isEmpty()) {
            curl_easy_setopt(e, CURLOPT_PINNEDPUBLICKEY, options.pinnedPublicKey.toUtf8().constData());
            if (options.caFile.isEmpty()) {
                // The pin alone decides: libcurl checks it whatever VERIFYPEER says.
                curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
                curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
            }
        }
    }

    RpcResult<HttpReply> finish(Transfer &t, CURLcode code) const
    {
        if (code == CURLE_OK) {
            long status = 0;
            curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
            return HttpReply { static_cast<int>(status), std::move(t.response) };
        }
        if (code == CURLE_ABORTED_BY_CALLBACK)
            return RpcError::cancelled();
        if (t.tooLarge || code == CURLE_FILESIZE_EXCEEDED)
            return tooLargeError();
        const QString detail = t.errorText[0] != '\0' ? QString::fromUtf8(t.errorText.data())
                                                      : QString::fromUtf8(curl_easy_strerror(code));
        return RpcError::transportFailure(transportCause(code), detail);
    }
};

CurlTransport::CurlTransport(QString url, const RpcOptions &options) : m_impl(std::make_unique<Impl>())
{
    initCurlOnce();
    m_impl->url = url.toUtf8();
    m_impl->options = options;
    m_impl->multi = curl_multi_init();
    const long parallel = std::max(1, options.maxParallel);
    // Beyond this libcurl queues transfers itself instead of opening more connections.
    curl_multi_setopt(m_impl->multi, CURLMOPT_MAX_HOST_CONNECTIONS, parallel);
    curl_multi_setopt(m_impl->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, parallel);
}

CurlTransport::~CurlTransport()
{
    curl_multi_cleanup(m_impl->multi);
}

QList<RpcResult<HttpReply>> CurlTransport::postAll(const QList<QByteArray> &bodies)
{
    std::vector<std::unique_ptr<Transfer>> transfers;
    transfers.reserve(static_cast<size_t>(bodies.size()));
    for (const QByteArray &body : bodies) {
        auto t = std::make_unique<Transfer>();
        t->request = body;
        transfers.push_back(std::move(t));
    }
    runAll(transfers);
    QList<RpcResult<HttpReply>> out;
    out.reserve(bodies.size());
    for (auto &t : transfers)
        out.append(t->outcome ? std::move(*t->outcome) : RpcResult<HttpReply>(RpcError::cancelled()));
    return out;
}

RpcResult<HttpReply> CurlTransport::request(const QByteArray &method, const QString &url, const QByteArray &body,
    const QByteArray &contentType, const QList<QByteArray> &extraHeaders)
{
    std::vector<std::unique_ptr<Transfer>> transfers;
    auto t = std::make_unique<Transfer>();
    t->url = url.toUtf8();
    t->method = method;
    t->contentType = contentType;
    t->extraHeaders = extraHeaders;
    t->request = body;
    transfers.push_back(std::move(t));
    runAll(transfers);
    auto &only = transfers.front();
    return only->outcome ? std::move(*only->outcome) : RpcResult<HttpReply>(RpcError::cancelled());
}

void CurlTransport::runAll(std::vector<std::unique_ptr<Transfer>> &transfers)
{
    const CancelToken *cancel = m_impl->options.cancel.get();
    for (auto &t : transfers) {
        t->limit = m_impl->options.maxResponseBytes;
        t->cancel = cancel;
        t->easy = curl_easy_init();
        if (!t->easy) {
            t->outcome = RpcError::transportFailure(RpcError::Transport::Dropped,
                QCoreApplication::translate("CurlTransport", "libcurl could not create a transfer"));
        } else {
            m_impl->setUp(*t);
            if (curl_multi_add_handle(m_impl->multi, t->easy) != CURLM_OK)
                t->outcome = RpcError::transportFailure(RpcError::Transport::Dropped,
                    QCoreApplication::translate("CurlTransport", "libcurl refused the transfer"));
        }
    }

    int running = 0;
    while (!(cancel && cancel->isCancelled())) {
        const CURLMcode mc = curl_multi_perform(m_impl->multi, &running);
        int left = 0;
        while (CURLMsg *msg = curl_multi_info_read(m_impl->multi, &left)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            for (auto &t : transfers) {
                if (t->easy == msg->easy_handle)
                    t->outcome = m_impl->finish(*t, msg->data.result);
            }
        }
        if (mc != CURLM_OK) {
            for (auto &t : transfers) {
                if (!t->outcome)
                    t->outcome = RpcError::transportFailure(
                        RpcError::Transport::Dropped, QString::fromUtf8(curl_multi_strerror(mc)));
            }
            break;
        }
        if (running == 0)
            break;
        curl_multi_poll(m_impl->multi, nullptr, 0, kPollSliceMs, nullptr);
    }
    for (auto &t : transfers)
        if (t->easy)
            curl_multi_remove_handle(m_impl->multi, t->easy);
}

QString curlVersion()
{
    return QString::fromLatin1(curl_version_info(CURLVERSION_NOW)->version);
}

} // namespace credit::chain
