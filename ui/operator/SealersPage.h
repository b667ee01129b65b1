// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/PageStatus.h"
#include "desk/OperatorDesk.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace credit::desk {
class MarketReader;
}

namespace credit::ui {

class NodeListModel;
class SealerSetsModel;

//! 共识节点管理: the sealers in force and the quorum a block needs, the
//! observers that could seal, and the history of every sealer list. Adding or
//! removing a sealer is checked by the quorum guard first (a change that would
//! stop the chain is refused, in plain words, before anything is signed), then
//! confirmed by the operator, sent, and followed until a verified block is
//! sealed by the new list.
class SealersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SealersPage)
public:
    //! Both must outlive the page.
    SealersPage(desk::MarketReader &reader, desk::OperatorDesk &desk, QWidget *parent = nullptr);

    //! Asks the desk for the history and the observers again.
    void refresh();
    //! Starts adding (observer) or removing (sealer) the selected node: guard, then confirmation.
    void proposeChange(desk::SealerChange change);

private:
    void showHistory(const QList<desk::SealerSet> &sets);
    void showStatus(const QString &text, bool problem = false);
    void send(const desk::SealerChangePlan &plan);
    void updateButtons();

    desk::MarketReader &m_reader;
    desk::OperatorDesk &m_desk;
    SealerSetsModel *m_history;
    NodeListModel *m_sealers;
    NodeListModel *m_observers;
    QLabel *m_summary;
    PageStatus m_status;
    QListView *m_sealerList;
    QListView *m_observerList;
    QTableView *m_historyTable;
    QPushButton *m_add;
    QPushButton *m_remove;
    //! A change verified in a block, waiting for the block sealed by the new list.
    struct Awaited {
        QList<QByteArray> proposed;
        quint64 afterBlock = 0;
    };
    std::optional<Awaited> m_awaited;
    std::optional<desk::SealerChangePlan> m_sending;
};

} // namespace credit::ui
