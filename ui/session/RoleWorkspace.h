// SPDX-License-Identifier: Apache-2.0
// Puts a role's real pages into its main window and keeps them fed from the
// verified store: one place that knows which page each role gets.
#pragma once

#include <QObject>

#include <memory>

namespace credit::desk {
class ChainBankDesk;
class ChainBureauDesk;
class ChainMediatorDesk;
class ChainOperatorDesk;
class ChainRegulatorDesk;
class ChainEvidenceDesk;
class DeskSession;
} // namespace credit::desk

namespace credit::ui {

class EvidenceActions;
class MainWindow;
class RegulatorSettings;

class RoleWorkspace final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleWorkspace)
public:
    //! Both must outlive the workspace.
    RoleWorkspace(MainWindow &window, desk::DeskSession &context, QObject *parent = nullptr);
    ~RoleWorkspace() override;

    //! Re-reads what the pages show from the store (on every commit).
    void refresh();

private:
    MainWindow &m_window;
    desk::DeskSession &m_context;
    //! The role's desk (one of them): outlives the pages and dialogs that use it,
    //! so closing a window never loses an order in flight.
    desk::ChainBankDesk *m_bank = nullptr;
    desk::ChainBureauDesk *m_bureau = nullptr;
    desk::ChainMediatorDesk *m_mediator = nullptr;
    desk::ChainRegulatorDesk *m_regulator = nullptr;
    desk::ChainOperatorDesk *m_operator = nullptr;
    //! The regulator's last filter and anomaly rules (kept between runs).
    std::unique_ptr<RegulatorSettings> m_regulatorSettings;
    //! Every role's: export a pack of an order it sees, check one it was sent.
    desk::ChainEvidenceDesk *m_evidence = nullptr;
    EvidenceActions *m_evidenceActions = nullptr;
};

} // namespace credit::ui
