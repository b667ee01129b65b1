// SPDX-License-Identifier: Apache-2.0
#include "node/ComponentVersions.h"

#include "chain/CurlTransport.h"
#include "crypto/LibraryVersion.h"
#include "store/Sqlite.h"

namespace credit::chain {

QList<ComponentVersion> coreComponents()
{
    return {
        { QStringLiteral("OpenSSL"), crypto::openSslVersion(), QStringLiteral("Apache-2.0") },
        { QStringLiteral("libcurl"), curlVersion(), QStringLiteral("curl") },
        { QStringLiteral("SQLite"), store::sqliteVersion(), QStringLiteral("blessing (public domain)") },
    };
}

} // namespace credit::chain
