// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/AuthorisationDesk.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace credit::ui {

//! The bank's authorisations, one row each, from verified blocks: the
//! enterprise (once its letter is opened; "…" until then), what it covers,
//! its validity and status (expiring soon highlighted, revoked with the
//! reason), how often it was used and who recorded it.
class AuthorisationsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorisationsModel)
public:
    enum Column {
        Enterprise,
        CreditCode,
        Covers,
        Purpose,
        ValidFrom,
        ValidUntil,
        Status,
        Uses,
        RecordedBy,
        ColumnCount
    };
    //! What a column sorts by: dates and counts as numbers, the rest as shown.
    static constexpr int kSortRole = Qt::UserRole + 1;
    //! Enterprise, code, purpose and what it covers in one text: what the page's search matches.
    static constexpr int kSearchRole = Qt::UserRole + 2;
    //! Days left within which a valid authorisation is shown as expiring soon.
    static constexpr int kExpiringDays = 30;

    using QAbstractTableModel::QAbstractTableModel;

    //! nowMs: the bank's clock, against which validity is judged.
    void setAuthorisations(QList<market::AuthorisationInfo> rows, quint64 nowMs);
    //! Product names by id (the catalogue), for the Covers column.
    void setProductNames(QHash<quint64, QString> names);
    //! Names of the institution's user accounts, for Recorded by.
    void setUserNames(QHash<QByteArray, QString> names, QString institutionName);
    void setLetter(const desk::AuthorisationLetterView &letter);
    void setLetterProblem(quint64 authorisationId, const QString &problem);
    void setBusy(QSet<quint64> ids);

    const market::AuthorisationInfo &authorisation(int row) const { return m_rows.at(row); }
    //! The row of an authorisation, or -1.
    int rowOf(quint64 authorisationId) const;
    //! The enterprise's name once its letter is open; empty until then.
    QString enterpriseName(quint64 authorisationId) const;
    //! Status in words as the Status column shows it.
    QString statusText(const market::AuthorisationInfo &a) const;
    QString coversText(const market::AuthorisationInfo &a) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Letter {
        QString name, code, problem;
    };
    QVariant display(const market::AuthorisationInfo &a, int column) const;
    int daysLeft(const market::AuthorisationInfo &a) const;
    bool expiringSoon(const market::AuthorisationInfo &a) const;
    void rowChanged(quint64 authorisationId);

    QList<market::AuthorisationInfo> m_rows;
    quint64 m_nowMs = 0;
    QHash<quint64, QString> m_productNames;
    QHash<QByteArray, QString> m_userNames;
    QString m_institutionName;
    QHash<quint64, Letter> m_letters;
    QSet<quint64> m_busy;
};

//! "2026-12-05": a validity bound (block time, ms) as the letter's China-time
//! day; an end bound is the day before the midnight it ends at.
QString validityDay(quint64 ms, bool end);

} // namespace credit::ui
