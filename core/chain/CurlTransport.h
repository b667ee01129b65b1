// SPDX-License-Identifier: Apache-2.0
// The HTTP layer of RpcClient: POSTs JSON bodies to one URL with libcurl's
// multi interface, so one call and a hundred parallel calls take the same
// path and share the connection cache. libcurl stays out of this header.
#pragma once

#include "chain/RpcOptions.h"
#include "chain/RpcResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace credit::chain {

//! A complete HTTP answer, whatever its status.
struct HttpReply {
    int status = 0;
    QByteArray body;
};

//! Not thread-safe: libcurl handles belong to one thread at a time, which is
//! why RpcClient is one per thread.
class CurlTransport final {
public:
    CurlTransport(QString url, const RpcOptions &options);
    ~CurlTransport();
    Q_DISABLE_COPY_MOVE(CurlTransport)

    //! POSTs every body (at most options.maxParallel at once) and waits for
    //! all of them; results are in the order of the bodies. Transfers abort
    //! with Kind::Cancelled soon after the options' CancelToken fires.
    QList<RpcResult<HttpReply>> postAll(const QList<QByteArray> &bodies);

    //! One plain HTTP exchange with the same options (TLS, pin, proxy,
    //! timeouts, size cap, cancel) against `url` instead of the endpoint:
    //! "GET" (body ignored) or "PUT" / "POST" with the body as contentType;
    //! extraHeaders are "Name: value" lines sent as they are.
    RpcResult<HttpReply> request(const QByteArray &method, const QString &url, const QByteArray &body = {},
        const QByteArray &contentType = "application/octet-stream", const QList<QByteArray> &extraHeaders = {});

    //! One exchange in flight; defined with libcurl in the .cpp.
    struct Transfer;

private:
    struct Impl;
    void runAll(std::vector<std::unique_ptr<Transfer>> &transfers);
    std::unique_ptr<Impl> m_impl;
};

//! The libcurl this program runs with ("8.1.2"), for the About dialog.
QString curlVersion();

} // namespace credit::chain
