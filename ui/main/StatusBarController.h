// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QtGlobal>

namespace credit::ui {

//! What the light node tells the status bar. The main window owns the widgets;
//! whoever runs the node (the lead's LightNode wiring) calls these on the GUI thread.
class StatusBarController {
public:
    virtual ~StatusBarController() = default;

    //! Height of the best chain the endpoints report.
    virtual void setChainHeight(qint64 height) = 0;
    //! Height of the last block verified and stored locally.
    virtual void setLocalHeight(qint64 height) = 0;
    //! Catch-up progress; blocksPerSecond < 0 or etaSeconds < 0 when not known yet.
    virtual void setSyncProgress(qint64 done, qint64 total, double blocksPerSecond, qint64 etaSeconds) = 0;
    //! Sync has caught up (hides the progress bar).
    virtual void setSynced() = 0;
    //! The endpoint currently in use ("" when none answers).
    virtual void setEndpoint(const QString &endpoint) = 0;
    //! Raises the red badge: an endpoint served data that failed verification.
    virtual void raiseAlarm(const QString &detail) = 0;
    virtual void clearAlarm() = 0;
};

} // namespace credit::ui
