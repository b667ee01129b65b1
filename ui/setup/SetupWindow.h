// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QStackedWidget;

namespace credit::ui {

class ConnectPage;
class IdentityPickerPage;
class TerminalSettings;
class WelcomePage;
struct DemoIdentity;
struct NetworkChoice;

//! The first-start window: welcome, then the demo identity picker or the
//! network connection page. Writes the choice to the settings.
class SetupWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWindow)
public:
    //! settings must outlive the window; keysDir receives imported and new keys.
    SetupWindow(TerminalSettings &settings, const QString &keysDir, QWidget *parent = nullptr);

    //! The demo network's state as the picker shows it.
    void setDemoNetworkStatus(const QString &text);
    //! Opens on the choice of identity for the settings' network (after sign
    //! out): the demo's identity list, or the connection page with the
    //! network and key file used so far.
    void showIdentityChoice();

Q_SIGNALS:
    //! The user chose the demo: start the embedded chain now, while they pick.
    void demoRequested();
    //! Settings are written; the terminal can unlock and start.
    void completed();

private:
    void showDemoPicker();
    void useDemoIdentity(const DemoIdentity &identity);
    void useNetwork(const NetworkChoice &choice);

    TerminalSettings &m_settings;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    IdentityPickerPage *m_picker;
    ConnectPage *m_connect;
};

} // namespace credit::ui
