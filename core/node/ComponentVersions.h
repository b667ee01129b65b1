// SPDX-License-Identifier: Apache-2.0
// The libraries core runs with, their versions as loaded and their licences:
// what the About dialog lists. Here, at the top of core, because this layer
// links every one of them (OpenSSL through crypto, libcurl through chain,
// SQLite through store).
#pragma once

#include <QList>
#include <QString>

namespace credit::chain {

struct ComponentVersion {
    QString name;
    QString version;
    QString licence; //!< SPDX identifier or the licence's own name
};

//! OpenSSL, libcurl and SQLite, as loaded at run time.
QList<ComponentVersion> coreComponents();

} // namespace credit::chain
