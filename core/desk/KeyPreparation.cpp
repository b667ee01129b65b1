// SPDX-License-Identifier: Apache-2.0
#include "desk/KeyPreparation.h"

#include "crypto/KeyFile.h"

#include <QDir>

namespace credit::desk {

namespace {

QString hexAddress(const QByteArray &address)
{
    return QStringLiteral("0x") + QString::fromLatin1(address.toHex());
}

Result<PreparedKey> saveNew(const crypto::Sm2PrivateKey &key, const KeyRequest &request)
{
    if (!QDir().mkpath(request.keysDir))
        return makeError(ErrorKind::Io, QStringLiteral("cannot create the folder %1").arg(request.keysDir));
    const QString address = hexAddress(key.address());
    const QString path = QDir(request.keysDir).filePath(address + QStringLiteral(".pem"));
    if (QFileInfo::exists(path))
        return makeError(ErrorKind::InvalidInput,
            QStringLiteral("%1 already exists; unlock it with its password instead").arg(path));
    if (auto saved = crypto::keyfile::save(path, key, request.password); !saved)
        return saved.error();
    return PreparedKey { path, address };
}

} // namespace

Result<PreparedKey> prepareKey(KeyRequest request)
{
    struct Wipe {
        QByteArray &bytes;
        ~Wipe() { bytes.fill('\0'); }
    } wipe { request.password };

    switch (request.source) {
    case KeySource::ExistingEncrypted: {
        auto pem = crypto::keyfile::readFile(request.sourcePath);
        if (!pem)
            return pem.error();
        auto info = crypto::keyfile::inspectPem(*pem);
        if (!info)
            return info.error();
        if (!info->encrypted)
            return makeError(ErrorKind::InvalidInput,
                QStringLiteral("%1 is not encrypted; import it to protect it with a password").arg(request.sourcePath));
        // The account is known only after unlocking; the unlock dialog will tell it.
        return PreparedKey { request.sourcePath, QString() };
    }
    case KeySource::ImportPlain: {
        auto pem = crypto::keyfile::readFile(request.sourcePath);
        if (!pem)
            return pem.error();
        auto key = crypto::keyfile::importPlainPem(*pem);
        pem->fill('\0');
        if (!key)
            return key.error();
        return saveNew(*key, request);
    }
    case KeySource::CreateNew: {
        auto key = crypto::Sm2PrivateKey::generate();
        if (!key)
            return key.error();
        return saveNew(*key, request);
    }
    }
    return makeError(ErrorKind::Internal, QStringLiteral("unknown key source"));
}

} // namespace credit::desk
