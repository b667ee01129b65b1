// SPDX-License-Identifier: Apache-2.0
// The dispute mediator's use-cases, as the screens (and tests' fakes) see them.
#pragma once

#include "desk/DisputeCase.h"
#include "desk/TransactionTracker.h"
#include "market/DisputeResolution.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace credit::desk {

//! What a mediator (金融纠纷调解组织) does: read what a dispute's grant lets it
//! read, find orders by the enterprise they are about, and record the
//! outcome on chain. Every call returns at once; the work runs on the
//! session's chain worker and comes back as a signal on the GUI thread.
class MediatorDesk : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediatorDesk)
public:
    using QObject::QObject;
    ~MediatorDesk() override = default;

    //! resolveDispute, keyed by order id.
    virtual TransactionTracker &transactions() = 0;

    //! Opens the dispute's grant and the copies it names: caseOpened or caseFailed.
    virtual void openCase(quint64 orderId) = 0;
    //! Records the outcome with resolveDispute (through transactions()); false
    //! (nothing sent) while a transaction for the order is pending, or when
    //! the resolution has no note.
    virtual bool resolveDispute(quint64 orderId, const market::DisputeResolution &resolution) = 0;
    //! The orders whose request we can decrypt (those of disputes assigned to
    //! us) naming an enterprise whose credit code is `text` or whose name
    //! contains it: enterpriseSearched. Nothing about any other order is read.
    virtual void findByEnterprise(const QString &text) = 0;

Q_SIGNALS:
    void caseOpened(const credit::desk::DisputeCaseFiles &files);
    void caseFailed(quint64 orderId, const QString &message);
    //! The answer to findByEnterprise(text); problem is non-empty when some requests could not be read.
    void enterpriseSearched(const QString &text, const QList<quint64> &orderIds, const QString &problem);
};

} // namespace credit::desk
