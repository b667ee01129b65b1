// SPDX-License-Identifier: Apache-2.0
// The bank's authorisation desk for page tests: serves the authorisations and
// uses the test set, records what the page asks; the test emits the outcomes.
#pragma once

#include "desk/AuthorisationDesk.h"

#include <QHash>
#include <QSet>

namespace credit::test {

class FakeAuthorisationDesk final : public desk::AuthorisationDesk {
public:
    QList<market::AuthorisationInfo> list;
    QHash<quint64, QList<market::AuthorisationUse>> useLists;
    QSet<quint64> busy;
    QList<desk::AuthorisationDraft> recorded;
    QList<QPair<quint64, QString>> revoked;
    QList<QList<quint64>> letterRequests;
    QString recordRefusal; //!< not empty: recordAuthorisation refuses with it (nothing sent)

    Result<QList<market::AuthorisationInfo>> authorisations() override { return list; }
    Result<QList<market::AuthorisationUse>> uses(quint64 id) override { return useLists.value(id); }
    Result<quint64> recordAuthorisation(const desk::AuthorisationDraft &draft) override
    {
        if (!recordRefusal.isEmpty())
            return makeError(ErrorKind::InvalidInput, recordRefusal);
        recorded << draft;
        return quint64(1000 + recorded.size());
    }
    void revokeAuthorisation(quint64 id, const QString &reason) override
    {
        revoked << qMakePair(id, reason);
        busy.insert(id);
    }
    bool isBusy(quint64 id) const override { return busy.contains(id); }
    void openLetters(const QList<quint64> &ids) override { letterRequests << ids; }
};

} // namespace credit::test
