// SPDX-License-Identifier: Apache-2.0
// Turns the light node's signals into what the status bar shows: heights,
// catch-up progress with blocks/s and ETA, the endpoint in use, alarms.
#pragma once

#include "node/EndpointPool.h"
#include "node/SyncLoop.h"

#include <QObject>

namespace credit::chain {
class LightNode;
struct SyncProgress;
} // namespace credit::chain

namespace credit::ui {

class StatusBarController;

class SyncStatusPresenter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusPresenter)
public:
    //! Both must outlive the presenter.
    SyncStatusPresenter(chain::LightNode &node, StatusBarController &status, QObject *parent = nullptr);

    //! One paragraph per alarm: what happened and what to do.
    static QString describe(const chain::SyncAlarm &alarm);

private:
    void onProgress(const chain::SyncProgress &progress);
    void onEndpoint(const chain::EndpointStatus &status);

    chain::LightNode &m_node;
    StatusBarController &m_status;
};

} // namespace credit::ui
