// SPDX-License-Identifier: Apache-2.0
#include "DevnetProcess.h"

#include <QRegularExpression>

namespace credit::bench {

Result<std::unique_ptr<DevnetProcess>> DevnetProcess::start(
    const QString &program, const QString &genesisPath, const QString &dataDir)
{
    std::unique_ptr<DevnetProcess> d(new DevnetProcess());
    d->m_process.setProgram(program);
    d->m_process.setArguments({ QStringLiteral("--genesis"), genesisPath, QStringLiteral("--data"), dataDir,
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
    d->m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    d->m_process.start();
    if (!d->m_process.waitForStarted(10000))
        return makeError(
            ErrorKind::Io, QStringLiteral("%1 did not start: %2").arg(program, d->m_process.errorString()));
    while (!d->m_process.canReadLine())
        if (!d->m_process.waitForReadyRead(60000))
            return makeError(ErrorKind::Io, QStringLiteral("credit-devnet did not report ready"));
    const QString line = QString::fromUtf8(d->m_process.readLine());
    const auto match = QRegularExpression(QStringLiteral("ready at (http://\\S+)")).match(line);
    if (!match.hasMatch())
        return makeError(ErrorKind::Io, QStringLiteral("credit-devnet said: %1").arg(line));
    d->m_url = match.captured(1);
    return d;
}

DevnetProcess::~DevnetProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace credit::bench
