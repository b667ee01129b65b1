// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/PageStatus.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace credit::desk {
class OperatorDesk;
}

namespace credit::ui {

class EndpointHealthModel;

//! 网络状态: every endpoint of the network profile — the light node's view,
//! its height and round trip, whether its block matches the verified chain —
//! and the local store's height and size. Probed when shown, on Refresh and
//! every minute while shown; a probe runs off the GUI thread.
class NetworkHealthPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkHealthPage)
public:
    //! desk must outlive the page.
    explicit NetworkHealthPage(desk::OperatorDesk &desk, QWidget *parent = nullptr);

    //! Probes again (ignored while a probe runs).
    void refresh();
    EndpointHealthModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    desk::OperatorDesk &m_desk;
    EndpointHealthModel *m_model;
    QTableView *m_table;
    QLabel *m_store;
    QPushButton *m_refresh;
    QTimer *m_timer;
    PageStatus m_status;
    bool m_probing = false;
};

} // namespace credit::ui
