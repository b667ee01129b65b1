// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "setup/DemoIdentities.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace credit::ui {

//! Lists the demo network's identities (role badge, role, name) to act as.
class IdentityPickerPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityPickerPage)
public:
    explicit IdentityPickerPage(QWidget *parent = nullptr);

    //! Fills the list; an error is shown in place of the list.
    void setIdentities(const Result<DemoIdentities> &identities);
    //! The demo network's state, shown above the list while it starts.
    void setNetworkStatus(const QString &text);

Q_SIGNALS:
    void chosen(const credit::ui::DemoIdentity &identity);
    void back();

private:
    void choose();

    QStandardItemModel *m_model;
    QListView *m_list;
    QLabel *m_status;
    QPushButton *m_choose;
    QList<DemoIdentity> m_identities;
};

} // namespace credit::ui
