// SPDX-License-Identifier: Apache-2.0
#include "cli/PasswordInput.h"

#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace credit::cli {

namespace {

crypto::SecretBytes readLine()
{
    crypto::SecretBytes buf(1024);
    if (!std::fgets(buf.data(), static_cast<int>(buf.size()), stdin))
        return {};
    qsizetype n = 0;
    while (n < buf.size() && buf.data()[n] != '\0' && buf.data()[n] != '\n' && buf.data()[n] != '\r')
        ++n;
    return crypto::SecretBytes(buf.data(), n);
}

} // namespace

Result<crypto::SecretBytes> readPassword(const QString &prompt, bool confirm)
{
    if (const char *env = std::getenv(kPasswordEnv); env && *env)
        return crypto::SecretBytes(env, static_cast<qsizetype>(std::strlen(env)));

    QTextStream err(stderr);
    TerminalEchoOff echoOff;
    if (echoOff.isTerminal()) {
        err << prompt << ": ";
        err.flush();
    }
    crypto::SecretBytes first = readLine();
    if (echoOff.isTerminal())
        err << '\n';
    if (first.isEmpty())
        return makeError(ErrorKind::InvalidInput,
            QStringLiteral("no password given: type one, or set %1").arg(QLatin1String(kPasswordEnv)));
    if (confirm && echoOff.isTerminal()) {
        err << QStringLiteral("Repeat the password: ");
        err.flush();
        crypto::SecretBytes second = readLine();
        err << '\n';
        if (second.view() != first.view())
            return makeError(ErrorKind::InvalidInput, QStringLiteral("the two passwords differ; nothing was written"));
    }
    return first;
}

} // namespace credit::cli
