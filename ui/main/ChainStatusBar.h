// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "main/StatusBarController.h"

#include <QStatusBar>
#include <QStringList>

class QLabel;
class QProgressBar;
class QPushButton;

namespace credit::ui {

//! The main window's status bar: chain and local heights, sync progress,
//! endpoint, verification alarm badge.
class ChainStatusBar final : public QStatusBar, public StatusBarController {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainStatusBar)
public:
    explicit ChainStatusBar(QWidget *parent = nullptr);

    void setChainHeight(qint64 height) override;
    void setLocalHeight(qint64 height) override;
    void setSyncProgress(qint64 done, qint64 total, double blocksPerSecond, qint64 etaSeconds) override;
    void setSynced() override;
    void setEndpoint(const QString &endpoint) override;
    void raiseAlarm(const QString &detail) override;
    void clearAlarm() override;

    //! Every alarm raised since the last clearAlarm(), oldest first.
    const QStringList &alarms() const { return m_alarms; }
    //! Opens the window that explains the alarms (the badge's click).
    void showAlarms();

private:
    QLabel *m_chainHeight;
    QLabel *m_localHeight;
    QProgressBar *m_progress;
    QLabel *m_endpoint;
    QPushButton *m_alarm;
    QStringList m_alarms;
};

} // namespace credit::ui
