// SPDX-License-Identifier: Apache-2.0
// Terminal → Preferences: the idle time before the key is locked again and
// the language. Saved through TerminalSettings; the lock time applies at once
// (preferencesChanged), the language at the next start.
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace credit::ui {

class TerminalSettings;

class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    //! settings must outlive the dialog.
    explicit PreferencesDialog(TerminalSettings &settings, QWidget *parent = nullptr);

Q_SIGNALS:
    //! Saved; idleMinutes is the new lock time (0 = never).
    void preferencesChanged(int idleMinutes);

private:
    void save();

    TerminalSettings &m_settings;
    QSpinBox *m_idle;
    QComboBox *m_language;
};

} // namespace credit::ui
