// SPDX-License-Identifier: Apache-2.0
#include "main/SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

namespace credit::ui {

namespace {

// How long a second start waits for the running one: it may still be starting up (the
// lock is taken before the socket listens) or busy painting; a hung one is reported.
constexpr int kAnswerMs = 3000;

QString lockPath(const QString &folder)
{
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("terminal.lock"));
}

// Local socket names are per machine (a named pipe on Windows, a file in the temporary
// folder elsewhere): the folder's hash keeps two users' terminals apart. Not a secret.
QString serverNameFor(const QString &folder)
{
    const QByteArray digest
        = QCryptographicHash::hash(QDir(folder).absolutePath().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("creditchain-terminal-") + QString::fromLatin1(digest.toHex().left(16));
}

} // namespace

SingleInstance::SingleInstance(const QString &folder, QObject *parent)
    : QObject(parent), m_serverName(serverNameFor(folder)), m_lock(lockPath(folder))
{
    // Stale only when the owning process is gone: the default (30 s of age) would let a
    // second terminal in beside one that has simply been running for a while.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Claim SingleInstance::claim(const QStringList &arguments)
{
    QElapsedTimer waited;
    waited.start();
    do {
        // Also after a crash: QLockFile sees that the lock's process is gone.
        if (m_lock.tryLock(0)) {
            // Without the socket this terminal still runs; later starts then say it
            // does not answer, which is true.
            listen();
            return Claim::First;
        }
        if (handOver(arguments))
            return Claim::HandedOver;
        QThread::msleep(100);
    } while (waited.elapsed() < kAnswerMs);
    return Claim::Unreachable;
}

QString SingleInstance::unreachableText()
{
    return tr("CreditChain Terminal is already running for this Windows or Linux user, but it does not "
              "answer. Switch to its window, or close it (Task Manager if need be) and start again.");
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket file left by a crashed terminal (not on Windows) would refuse the name.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readHandOver);
    return true;
}

bool SingleInstance::handOver(const QStringList &arguments) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(500))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << arguments;
    socket.write(message);
    if (!socket.waitForBytesWritten(1000))
        return false;
    // The running terminal answers once it has read the whole message.
    return socket.waitForReadyRead(kAnswerMs) && socket.readAll() == "ok";
}

void SingleInstance::readHandOver()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream in(socket);
            in.startTransaction();
            QStringList arguments;
            in >> arguments;
            if (!in.commitTransaction())
                return; // the rest is still on its way
            socket->write("ok");
            socket->flush();
            Q_EMIT activationRequested(arguments);
        });
    }
}

} // namespace credit::ui
