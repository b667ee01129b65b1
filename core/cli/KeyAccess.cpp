// SPDX-License-Identifier: Apache-2.0
#include "cli/KeyAccess.h"

#include "cli/PasswordInput.h"
#include "crypto/KeyFile.h"

namespace credit::cli {

Result<crypto::Sm2PrivateKey> openKey(const QString &path)
{
    auto pem = crypto::keyfile::readFile(path);
    if (!pem)
        return pem.error();
    auto info = crypto::keyfile::inspectPem(*pem);
    if (!info)
        return info.error();
    if (!info->encrypted)
        return crypto::keyfile::importPlainPem(*pem);
    auto password = readPassword(QStringLiteral("Password for %1").arg(path), false);
    if (!password)
        return password.error();
    return crypto::keyfile::fromEncryptedPem(*pem, password->view());
}

} // namespace credit::cli
