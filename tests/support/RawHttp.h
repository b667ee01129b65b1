// SPDX-License-Identifier: Apache-2.0
// HTTP/1.1 over a plain QTcpSocket, written here rather than through the
// project's RpcClient so conformance tests see exactly the bytes a foreign
// client would: status line, headers, body, and whether the server closed.
// Blocking: use it against a devnet running on another thread.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpSocket>
#include <QUrl>

#include <optional>

namespace credit::test {

struct RawHttpReply {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

//! Writes one POST / request on socket (which must be connected).
inline void writeRawPost(
    QTcpSocket &socket, const QUrl &url, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    QByteArray request = "POST / HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':' + QByteArray::number(url.port())
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
        + extraHeaders + "\r\n" + body;
    socket.write(request);
    socket.flush();
}

//! Reads one response (headers, then Content-Length bytes of body) within timeoutMs.
inline std::optional<RawHttpReply> readRawResponse(QTcpSocket &socket, int timeoutMs = 5000)
{
    QElapsedTimer clock;
    clock.start();
    QByteArray buffer;
    qsizetype headerEnd = -1;
    std::optional<qsizetype> length;
    RawHttpReply reply;
    while (clock.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(50)
            && socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        buffer += socket.readAll();
        if (headerEnd < 0 && (headerEnd = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
            reply.status = statusLine.value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    reply.headers.append({ lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed() });
            }
            bool ok = false;
            const qsizetype n = reply.header("Content-Length").toLongLong(&ok);
            if (ok)
                length = n;
        }
        if (headerEnd >= 0 && length && buffer.size() >= headerEnd + 4 + *length) {
            reply.body = buffer.mid(headerEnd + 4, *length);
            return reply;
        }
    }
    return std::nullopt;
}

//! One JSON-RPC call on a fresh connection that asks to be closed; the whole
//! reply object (result or error). An empty object when nothing came back.
inline QJsonObject rawRpc(const QUrl &url, const QString &method, const QJsonArray &params, int id = 1)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    if (!socket.waitForConnected(5000))
        return {};
    const QByteArray body = QJsonDocument(
        QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("method"), method },
            { QStringLiteral("params"), params },
            { QStringLiteral("id"),
                id } }).toJson(QJsonDocument::Compact);
    writeRawPost(socket, url, body, "Connection: close\r\n");
    const auto reply = readRawResponse(socket);
    return reply ? QJsonDocument::fromJson(reply->body).object() : QJsonObject();
}

} // namespace credit::test
