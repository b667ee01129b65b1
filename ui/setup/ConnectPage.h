// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "desk/KeyPreparation.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace credit::ui {

//! What "Connect to a network" settled on.
struct NetworkChoice {
    QString profilePath; //!< set when a profile file was chosen
    QStringList endpoints; //!< else these three
    QString genesisHash;
    QString contractAddress;
    desk::PreparedKey key;
    //! The network came from the machine's policy: it is read from there at
    //! every start, never copied into the user's settings (where it would
    //! outlive a change of the policy).
    bool givenByPolicy = false;
    // No role or institution name: the verified chain says who the key is at unlock.
};

//! The network (profile file or endpoint URLs + genesis hash + contract) and
//! the key (existing encrypted file, FISCO SDK PEM to protect, or a new key).
class ConnectPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPage)
public:
    //! keysDir: where imported and new keys are written (encrypted).
    explicit ConnectPage(const QString &keysDir, QWidget *parent = nullptr);
    ~ConnectPage() override;

    //! The network the institution's IT pre-set for this computer (machine
    //! policy): shown in disabled fields with the reason, and used as is.
    void setGivenNetwork(const NetworkChoice &network);
    bool networkGiven() const { return m_networkGiven; }
    //! The network and key file used so far (signing out to choose another
    //! identity): shown for the user to change; a network given by policy stays.
    void setChosenNetwork(const NetworkChoice &network);

Q_SIGNALS:
    void completed(const credit::ui::NetworkChoice &choice);
    void back();

private:
    QWidget *buildNetworkBox();
    QWidget *buildKeyBox();
    void showNetwork(const NetworkChoice &network);
    void updateEnabled();
    //! The network part, checked; an error names the field to fix.
    Result<NetworkChoice> readNetwork() const;
    void finish();
    void keyPrepared();
    void showMessage(const QString &text);

    QString m_keysDir;
    QRadioButton *m_useProfile = nullptr;
    QRadioButton *m_useEndpoints = nullptr;
    QLineEdit *m_profile = nullptr;
    QPushButton *m_browseProfile = nullptr;
    QLabel *m_policyNote = nullptr;
    bool m_networkGiven = false;
    QLineEdit *m_endpoints = nullptr;
    QLineEdit *m_genesis = nullptr;
    QLineEdit *m_contract = nullptr;
    QRadioButton *m_existingKey = nullptr;
    QRadioButton *m_importKey = nullptr;
    QRadioButton *m_createKey = nullptr;
    QLineEdit *m_keySource = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_repeatPassword = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_finish = nullptr;
    NetworkChoice m_pending;
    QFutureWatcher<Result<desk::PreparedKey>> m_watcher;
};

} // namespace credit::ui
