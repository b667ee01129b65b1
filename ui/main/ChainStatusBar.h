// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "main/StatusBarController.h"

#include <QStatusBar>

class QLabel;
class QProgressBar;

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

private:
    QLabel *m_chainHeight;
    QLabel *m_localHeight;
    QProgressBar *m_progress;
    QLabel *m_endpoint;
    QLabel *m_alarm;
};

} // namespace credit::ui
