// SPDX-License-Identifier: Apache-2.0
// A real devnet serving from its own thread, so a test can use blocking
// clients (libcurl, TransactionSender) against it from the test's thread.
#pragma once

#include "devnet/Devnet.h"

#include <QThread>

#include <memory>

namespace credit::test {

class DevnetThread final {
public:
    explicit DevnetThread(const devnet::Devnet::Options &options)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this, options] {
                auto d = devnet::Devnet::start(options);
                if (d)
                    m_devnet = std::move(*d);
                else
                    m_error = d.error().message;
            },
            Qt::BlockingQueuedConnection);
    }
    ~DevnetThread()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_devnet.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    DevnetThread(const DevnetThread &) = delete;
    DevnetThread &operator=(const DevnetThread &) = delete;

    bool ok() const { return m_devnet != nullptr; }
    const QString &error() const { return m_error; }
    QString url() const { return m_devnet ? m_devnet->url().toString() : QString(); }
    //! Seals the pending transactions now, on the devnet's thread; returns the height.
    Result<quint64> sealNow()
    {
        Result<quint64> out = makeError(ErrorKind::Internal, QStringLiteral("no devnet"));
        QMetaObject::invokeMethod(
            &m_context,
            [this, &out] {
                if (m_devnet)
                    out = m_devnet->sealNow();
            },
            Qt::BlockingQueuedConnection);
        return out;
    }

    //! The document store's writers since sinceMs, read on the devnet's thread.
    QList<devnet::WriterUsage> documentStoreUsage(qint64 sinceMs)
    {
        QList<devnet::WriterUsage> out;
        QMetaObject::invokeMethod(
            &m_context,
            [this, &out, sinceMs] {
                if (m_devnet)
                    out = m_devnet->documentStoreUsage(sinceMs);
            },
            Qt::BlockingQueuedConnection);
        return out;
    }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<devnet::Devnet> m_devnet;
    QString m_error;
};

} // namespace credit::test
