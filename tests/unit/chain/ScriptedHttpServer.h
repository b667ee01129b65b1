// SPDX-License-Identifier: Apache-2.0
// A tiny HTTP/1.1 server on its own thread that answers each POST with
// whatever the test's handler scripts: JSON, HTML error pages, truncated or
// oversized bodies, silence. Its own thread because the client under test
// blocks the test thread while it waits for the answer.
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>

namespace credit::test {

class ScriptedHttpServer final {
public:
    struct Reply {
        enum class Mode {
            Normal, //!< status line, Content-Length, body, close
            Stall, //!< read the request, never answer
            ShortBody, //!< announce more bytes than are sent, then close
            CloseDelimited, //!< no Content-Length: the body ends when the connection does
            Hangup, //!< close without a byte of reply
        };
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        Mode mode = Mode::Normal;
        int delayMs = 0;
    };
    //! Called on the server thread with the request body and its 0-based index.
    using Handler = std::function<Reply(const QByteArray &body, int index)>;

    //! Plain HTTP, or HTTPS with the given certificate and key when tls is set.
    explicit ScriptedHttpServer(Handler handler, std::optional<QSslConfiguration> tls = std::nullopt);
    ~ScriptedHttpServer();
    ScriptedHttpServer(const ScriptedHttpServer &) = delete;
    ScriptedHttpServer &operator=(const ScriptedHttpServer &) = delete;

    QString url() const;
    quint16 port() const { return m_port; }
    int requestCount() const { return m_count.load(); }
    QList<QByteArray> requests() const;

    static Reply json(const QByteArray &body, int status = 200);

private:
    void start(std::optional<QSslConfiguration> tls);

    Handler m_handler;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; owns the server and its sockets
    quint16 m_port = 0;
    bool m_tls = false;
    std::atomic<int> m_count { 0 };
    mutable std::mutex m_mutex;
    QList<QByteArray> m_requests;
};

//! A port on 127.0.0.1 that nothing listens on (bound, then released).
quint16 unusedPort();

} // namespace credit::test
