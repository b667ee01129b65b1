// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace credit::ui {

//! One terminal per user account. A second start hands its arguments to the running
//! terminal, which comes to the front, and ends: two processes would write one light
//! store and run two demo chains on one folder.
//!
//! The lock file (QLockFile, stale only when its process is gone, whatever its age)
//! says who runs; a local socket named after the lock's folder carries the hand-over.
class SingleInstance final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    enum class Claim {
        First, //!< this process runs the terminal and now listens for later starts
        HandedOver, //!< the running terminal was told and comes to the front
        Unreachable, //!< another process holds the lock but did not answer
    };

    //! folder: per-user, writable (AppLocalDataLocation); created when missing.
    explicit SingleInstance(const QString &folder, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! Takes the lock, or hands arguments to the process that holds it.
    Claim claim(const QStringList &arguments);

    //! What a second start tells the user when the running one does not answer.
    static QString unreachableText();

Q_SIGNALS:
    //! A later start handed over (its arguments, without the program name).
    void activationRequested(const QStringList &arguments);

private:
    bool listen();
    bool handOver(const QStringList &arguments) const;
    void readHandOver();

    QString m_serverName;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace credit::ui
