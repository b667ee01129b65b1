// SPDX-License-Identifier: Apache-2.0
// A page's busy indicator (the desk is computing) and its one-line
// message (red for an error), made and shown the same way on every page.
#pragma once

#include <QString>

class QLabel;
class QProgressBar;
class QWidget;

namespace credit::ui {

class PageStatus final {
public:
    //! Children of page, named prefix + "Busy" and prefix + "Message"; both hidden.
    PageStatus(QWidget *page, const QString &prefix);

    QProgressBar *busy() const { return m_busy; }
    QLabel *message() const { return m_message; }
    void setBusy(bool busy, const QString &what) const;
    //! An empty text hides the message.
    void showMessage(const QString &text, bool error = false) const;

private:
    QProgressBar *m_busy;
    QLabel *m_message;
};

} // namespace credit::ui
