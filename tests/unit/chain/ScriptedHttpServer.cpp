// SPDX-License-Identifier: Apache-2.0
#include "ScriptedHttpServer.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace credit::test {

namespace {

// Request body once the headers and Content-Length bytes are all in, else nullopt.
std::optional<QByteArray> completeBody(const QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("content-length:"))
            length = l.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return std::nullopt;
    return buffer.mid(headerEnd + 4, length);
}

void respond(QTcpSocket *socket, const ScriptedHttpServer::Reply &reply)
{
    using Mode = ScriptedHttpServer::Reply::Mode;
    if (reply.mode == Mode::Stall)
        return;
    if (reply.mode == Mode::Hangup) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + (reply.status == 200 ? " OK" : " Scripted")
        + "\r\nContent-Type: " + reply.contentType + "\r\nConnection: close\r\n";
    if (reply.mode == Mode::Normal)
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    else if (reply.mode == Mode::ShortBody)
        head += "Content-Length: " + QByteArray::number(reply.body.size() + 100) + "\r\n";
    socket->write(head + "\r\n" + reply.body);
    socket->disconnectFromHost();
}

} // namespace

ScriptedHttpServer::ScriptedHttpServer(Handler handler, std::optional<QSslConfiguration> tls)
    : m_handler(std::move(handler)), m_tls(tls.has_value())
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context, [this, tls] { start(tls); }, Qt::BlockingQueuedConnection);
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    // Sockets and server die on their own thread, then the thread stops.
    QMetaObject::invokeMethod(
        m_context, [this] { qDeleteAll(m_context->children()); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void ScriptedHttpServer::start(std::optional<QSslConfiguration> tls)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *ssl = new QSslServer(m_context);
        ssl->setSslConfiguration(*tls);
        server = ssl;
    } else {
        server = new QTcpServer(m_context);
    }
    if (!server->listen(QHostAddress::LocalHost, 0))
        qFatal("scripted server cannot listen: %s", qPrintable(server->errorString()));
    m_port = server->serverPort();

    QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server, [this, server] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            auto answered = std::make_shared<bool>(false);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, answered] {
                buffer->append(socket->readAll());
                if (*answered)
                    return;
                const auto body = completeBody(*buffer);
                if (!body)
                    return;
                *answered = true;
                const int index = m_count.fetch_add(1);
                {
                    std::lock_guard lock(m_mutex);
                    m_requests.append(*body);
                }
                const Reply reply = m_handler(*body, index);
                if (reply.delayMs > 0)
                    QTimer::singleShot(reply.delayMs, socket, [socket, reply] { respond(socket, reply); });
                else
                    respond(socket, reply);
            });
        }
    });
}

QString ScriptedHttpServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2/").arg(m_tls ? u"https" : u"http").arg(m_port);
}

QList<QByteArray> ScriptedHttpServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

ScriptedHttpServer::Reply ScriptedHttpServer::json(const QByteArray &body, int status)
{
    Reply r;
    r.status = status;
    r.body = body;
    return r;
}

quint16 unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot find a free port");
    return probe.serverPort();
}

} // namespace credit::test
