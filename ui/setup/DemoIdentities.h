// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "common/Role.h"

#include <QList>
#include <QString>

namespace credit::ui {

//! One identity of the demo network (resources/demo/identities.json).
struct DemoIdentity {
    Role role = Role::Bank;
    QString name;
    QString code; //!< unified social credit code
    QString address; //!< "0x…"
    QString keyFile; //!< absolute (resource) path of its encrypted key file
};

//! The demo identities and their shared, public password ("demo-only").
struct DemoIdentities {
    QList<DemoIdentity> identities;
    QString password;

    //! The embedded copy (":/demo/identities.json").
    static QString embeddedPath();
    //! Parses identities.json; key file paths are resolved next to it.
    static Result<DemoIdentities> load(const QString &path);
};

} // namespace credit::ui
