// SPDX-License-Identifier: Apache-2.0
// The regulator's filter: placed between two dates (China time, as the
// engine counts), and banks, bureaus, series, regions (several of each may be
// chosen; none means any). The institutions and regions offered are those the
// last figures named.
#pragma once

#include "market/SupervisionRecords.h"

#include <QWidget>

class QDateEdit;

namespace credit::ui {

class ChoiceButton;
class RegulatorSettings;

class SupervisionFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionFilterBar)
public:
    //! store (may be null) gives the last filter and keeps each new one; it must outlive the bar.
    explicit SupervisionFilterBar(RegulatorSettings *store = nullptr, QWidget *parent = nullptr);

    market::SupervisionFilter filter() const;
    //! Shows filter (without filterChanged).
    void setFilter(const market::SupervisionFilter &filter);
    //! Offers the banks, bureaus and regions the figures name (keeping what is chosen).
    void offerChoicesFrom(const market::SupervisionFigures &figures);
    //! The filter in words, for the report and the anomalies page.
    QString description() const;

    ChoiceButton *banks() const { return m_banks; }
    ChoiceButton *bureaus() const { return m_bureaus; }
    ChoiceButton *series() const { return m_series; }
    ChoiceButton *regions() const { return m_regions; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }

Q_SIGNALS:
    void filterChanged(const market::SupervisionFilter &filter);

private:
    void onChanged();

    RegulatorSettings *m_store;
    QDateEdit *m_from;
    QDateEdit *m_to;
    ChoiceButton *m_banks;
    ChoiceButton *m_bureaus;
    ChoiceButton *m_series;
    ChoiceButton *m_regions;
    bool m_showing = false;
};

} // namespace credit::ui
