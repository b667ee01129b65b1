// SPDX-License-Identifier: Apache-2.0
#include "crypto/OpenSslUtil.h"

#include <openssl/err.h>

#include <QtGlobal>

namespace credit::crypto {

QString openSslErrorText()
{
    unsigned long code = 0;
    unsigned long last = 0;
    while ((code = ERR_get_error()) != 0)
        last = code;
    if (last == 0)
        return QStringLiteral("no detail from OpenSSL");
    char buf[256];
    ERR_error_string_n(last, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

Error openSslError(ErrorKind kind, const QString &what)
{
    return makeError(kind, QStringLiteral("%1 (%2)").arg(what, openSslErrorText()));
}

void fatalOpenSsl(const char *what)
{
    qFatal("OpenSSL failure in %s: %s (is this OpenSSL 3 with SM2/SM3/SM4 enabled?)", what,
        qPrintable(openSslErrorText()));
}

} // namespace credit::crypto
