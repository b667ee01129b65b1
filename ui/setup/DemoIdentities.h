// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "common/Role.h"

#include <QList>
#include <QString>

namespace credit::ui {

//! One identity of the demo network (resources/demo/identities.json): an
//! institution's admin key, or a user account (开立查询用户) of one.
struct DemoIdentity {
    Role role = Role::Bank; //!< a user's is its institution's
    QString name; //!< the institution's name
    QString code; //!< unified social credit code (institutions only)
    QString address; //!< "0x…" of the key
    QString keyFile; //!< absolute (resource) path of its encrypted key file
    QString user; //!< the person's name for a user account; empty for an institution
    QString institution; //!< "0x…" of a user's institution; empty for an institution

    bool isUser() const { return !user.isEmpty(); }
    //! "张敏 @ 上海申江商业银行股份有限公司" for a user, the name for an institution.
    QString displayName() const;
};

//! The demo identities and their shared, public password ("demo-only").
struct DemoIdentities {
    QList<DemoIdentity> identities;
    QString password;

    //! The embedded copy (":/demo/identities.json").
    static QString embeddedPath();
    //! Parses identities.json; key file paths are resolved next to it. Each
    //! user follows its institution, whatever the order in the file.
    static Result<DemoIdentities> load(const QString &path);
};

} // namespace credit::ui
