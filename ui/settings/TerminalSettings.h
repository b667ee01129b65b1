// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace credit::ui {

//! How the terminal reaches a chain.
enum class NetworkMode { Unset, Demo, Network };

//! Every setting the terminal keeps between runs, typed. The only place that
//! knows QSettings keys: widgets ask this class, never QSettings.
class TerminalSettings final {
public:
    //! Over any QSettings (tests pass an IniFormat file in a temp dir). policy:
    //! what the machine's IT pre-set (read-only; its keys win over the user's).
    explicit TerminalSettings(std::unique_ptr<QSettings> settings, std::unique_ptr<QSettings> policy = nullptr);
    //! The user's settings in the platform's native store, under the machine's policy (SystemPolicy).
    static std::unique_ptr<TerminalSettings> forUser();

    //! The machine's policy fixes the network (mode, profile or endpoints); the user cannot change it.
    bool networkSetByPolicy() const;
    //! What the policy fixes the network to: Unset when it leaves the choice to
    //! the user, Network when it names a profile or endpoints (with or without a mode).
    NetworkMode policyMode() const;
    bool idleLockSetByPolicy() const;
    bool languageSetByPolicy() const;
    ~TerminalSettings();
    TerminalSettings(const TerminalSettings &) = delete;
    TerminalSettings &operator=(const TerminalSettings &) = delete;

    //! True once first-start setup chose a mode and a key file.
    bool isConfigured() const;

    NetworkMode mode() const;
    void setMode(NetworkMode mode);
    QString profilePath() const; //!< network profile JSON (demo: the embedded one)
    void setProfilePath(const QString &path);
    QStringList endpoints() const; //!< used when no profile file is given
    void setEndpoints(const QStringList &urls);
    QString genesisHash() const; //!< "0x…" hex, with endpoints
    void setGenesisHash(const QString &hex);
    QString contractAddress() const; //!< "0x…" hex, with endpoints
    void setContractAddress(const QString &hex);

    QString keyFilePath() const;
    void setKeyFilePath(const QString &path);
    QString identityAddress() const; //!< "0x…" account of the chosen identity
    void setIdentityAddress(const QString &address);
    QString identityName() const;
    void setIdentityName(const QString &name);
    QString identityRole() const; //!< "bank", "bureau", "regulator", "mediator", "operator"
    void setIdentityRole(const QString &role);

    int idleLockMinutes() const; //!< 0 = never lock
    void setIdleLockMinutes(int minutes);
    QString language() const; //!< "" = system locale, else "zh_CN" or "en"
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    //! A table's header (column widths, order, sort) by the table's objectName.
    QByteArray tableHeaderState(const QString &table) const;
    void setTableHeaderState(const QString &table, const QByteArray &state);
    //! True once the user has dragged a column of that table to a width (fitted widths are not a choice).
    bool tableWidthsChosen(const QString &table) const;
    void setTableWidthsChosen(const QString &table, bool chosen);

    //! Writes pending changes to permanent storage.
    void sync();

    static constexpr int kDefaultIdleLockMinutes = 10;

private:
    //! The policy's value where it sets key, else the user's.
    QVariant read(const QString &key, const QVariant &fallback = {}) const;
    bool inPolicy(const QString &key) const;
    //! A network key: all from the policy when it sets the network, else all the user's.
    QVariant readNetwork(const QString &key) const;

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QSettings> m_policy;
};

} // namespace credit::ui
