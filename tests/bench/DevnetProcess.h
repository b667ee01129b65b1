// SPDX-License-Identifier: Apache-2.0
// A credit-devnet process serving an existing chain folder on a free loopback
// port, so the benchmark's own memory figures are the sync side's alone.
#pragma once

#include "common/Result.h"

#include <QProcess>
#include <QString>

#include <memory>

namespace credit::bench {

class DevnetProcess final {
public:
    //! Starts `program` on the chain and waits for its "ready at URL" line.
    static Result<std::unique_ptr<DevnetProcess>> start(
        const QString &program, const QString &genesisPath, const QString &dataDir);
    ~DevnetProcess();
    DevnetProcess(const DevnetProcess &) = delete;
    DevnetProcess &operator=(const DevnetProcess &) = delete;

    const QString &url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }

private:
    DevnetProcess() = default;
    QProcess m_process;
    QString m_url;
};

} // namespace credit::bench
