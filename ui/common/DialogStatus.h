// SPDX-License-Identifier: Apache-2.0
// A dialog's status line while it prepares and sends something: one text (red
// for an error) and a busy bar shown only while work runs, made and switched
// the same way in every such dialog. The dialog places both and enables its
// own buttons after each change.
#pragma once

#include <QString>

class QLabel;
class QProgressBar;
class QWidget;

namespace credit::ui {

class DialogStatus final {
public:
    //! Children of dialog, named textName and progressName; the bar hidden.
    DialogStatus(QWidget *dialog, const QString &textName, const QString &progressName);

    QLabel *text() const { return m_text; }
    QProgressBar *progress() const { return m_progress; }
    bool isBusy() const { return m_busy; }
    //! Work runs: the text says what, the bar moves.
    void setBusy(const QString &text);
    //! Work is over: the text says how it went, in red when error.
    void setIdle(const QString &text, bool error = false);

private:
    QLabel *m_text;
    QProgressBar *m_progress;
    bool m_busy = false;
};

} // namespace credit::ui
