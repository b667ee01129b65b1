// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/MediatorDesk.h"

#include <QHash>

namespace credit::desk {

class DeskSession;

//! MediatorDesk on a signed-in session: the grants and copies are opened on
//! its chain worker; decrypted requests are kept in memory only, for the
//! session (a search by enterprise reads each one once).
class ChainMediatorDesk final : public MediatorDesk {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainMediatorDesk)
public:
    //! session must outlive the desk.
    explicit ChainMediatorDesk(DeskSession &session, QObject *parent = nullptr);

    TransactionTracker &transactions() override { return *m_tracker; }
    void openCase(quint64 orderId) override;
    bool resolveDispute(quint64 orderId, const market::DisputeResolution &resolution) override;
    void findByEnterprise(const QString &text) override;

    //! Does request name the enterprise `text` (its exact credit code, any case, or part of its name)?
    static bool matchesEnterprise(const market::OrderRequest &request, const QString &text);

private:
    DisputeCaseSource source(bool withReport) const;

    DeskSession &m_session;
    TransactionTracker *m_tracker; // child
    QHash<quint64, market::OrderRequest> m_requests; // decrypted this session
};

} // namespace credit::desk
