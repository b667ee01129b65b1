// SPDX-License-Identifier: Apache-2.0
#include "devnet/EmbeddedDevnet.h"

#include <QStandardPaths>

namespace credit::devnet {

EmbeddedDevnet::EmbeddedDevnet(QObject *parent) : QObject(parent), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("EmbeddedDevnet"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
}

EmbeddedDevnet::~EmbeddedDevnet()
{
    if (!m_thread.isRunning()) {
        delete m_context;
        return;
    }
    // Queued after start's call, so a chain still being created is destroyed
    // after it exists; the thread ends itself once the chain is gone.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_devnet.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

QString EmbeddedDevnet::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo");
}

void EmbeddedDevnet::start(const Devnet::Options &options)
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this, options] {
            auto devnet = Devnet::start(options);
            if (!devnet) {
                const QString message = devnet.error().message;
                QMetaObject::invokeMethod(
                    this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
                return;
            }
            m_devnet = std::move(*devnet);
            connect(m_devnet.get(), &Devnet::blockSealed, m_context, [this](quint64 number) {
                QMetaObject::invokeMethod(
                    this, [this, number] { Q_EMIT blockSealed(number); }, Qt::QueuedConnection);
            });
            const QUrl url = m_devnet->url();
            QMetaObject::invokeMethod(
                this,
                [this, url] {
                    m_url = url;
                    Q_EMIT ready(url);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace credit::devnet
