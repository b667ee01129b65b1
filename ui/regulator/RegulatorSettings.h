// SPDX-License-Identifier: Apache-2.0
// What the regulator's pages keep between runs: the last filter and the
// anomaly rules' settings. The only place that knows their QSettings keys.
#pragma once

#include "market/SupervisionRecords.h"

#include <QSettings>

#include <memory>

namespace credit::ui {

class RegulatorSettings final {
public:
    //! Over any QSettings (tests pass an IniFormat file in a temp dir).
    explicit RegulatorSettings(std::unique_ptr<QSettings> settings);
    ~RegulatorSettings();
    RegulatorSettings(const RegulatorSettings &) = delete;
    RegulatorSettings &operator=(const RegulatorSettings &) = delete;

    market::SupervisionFilter filter() const;
    void setFilter(const market::SupervisionFilter &filter);
    //! The defaults of market::AnomalySettings where nothing was stored; values out of range are clamped.
    market::AnomalySettings anomalySettings() const;
    void setAnomalySettings(const market::AnomalySettings &settings);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace credit::ui
