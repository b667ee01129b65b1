// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "devnet/Devnet.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace credit::devnet {

//! A devnet inside the terminal (demo mode), on a thread this object owns.
//! start() returns at once; ready(url) or failed(message) arrive as queued
//! signals on this object's thread. Destruction stops the chain and joins the thread.
class EmbeddedDevnet final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedDevnet)
public:
    explicit EmbeddedDevnet(QObject *parent = nullptr);
    ~EmbeddedDevnet() override;

    //! Where the demo chain keeps its blocks: AppLocalDataLocation/demo.
    static QString defaultDataDir();

    //! Starts the chain on the worker thread (the first start of an empty data
    //! dir writes the demo history: seconds). A second call is ignored.
    void start(const Devnet::Options &options);
    bool isStarted() const { return m_started; }
    //! The JSON-RPC URL once ready; empty before.
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &message);
    //! A block was sealed (queued from the chain's thread).
    void blockSealed(quint64 number);

private:
    QThread m_thread;
    QObject *m_context; // lives on m_thread; owns nothing, only targets the calls
    std::unique_ptr<Devnet> m_devnet; // created, used and destroyed on m_thread only
    bool m_started = false;
    QUrl m_url;
};

} // namespace credit::devnet
