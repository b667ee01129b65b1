// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/EvidenceDesk.h"

#include <memory>

namespace credit::chain {
class CancelToken;
}

namespace credit::desk {

class DeskSession;

//! EvidenceDesk on a signed-in session: exports run on its chain worker (a
//! node fills in what the store does not keep), verification on the same
//! worker with no network at all.
class ChainEvidenceDesk final : public EvidenceDesk {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainEvidenceDesk)
public:
    //! session must outlive the desk.
    explicit ChainEvidenceDesk(DeskSession &session, QObject *parent = nullptr);
    ~ChainEvidenceDesk() override;

    void exportPack(quint64 orderId, const QString &bundlePath) override;
    void cancelExport() override;
    void verifyPack(const QString &bundlePath, const QStringList &documentPaths) override;
    QFuture<Result<market::OrderRequest>> readRequest(quint64 orderId) override;

private:
    DeskSession &m_session;
    std::shared_ptr<chain::CancelToken> m_cancel; // the export in flight
};

} // namespace credit::desk
