// SPDX-License-Identifier: Apache-2.0
// Linux: VmHWM / VmRSS from /proc/self/status; "5" written to
// /proc/self/clear_refs resets VmHWM (proc(5)).
#include "PeakRss.h"

#include <QFile>

namespace credit::bench {

namespace {

qint64 statusField(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(name + ':')) {
            bool ok = false;
            const qint64 kib = line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kib : -1;
        }
    return -1;
}

} // namespace

qint64 peakRssKib() { return statusField(QByteArrayLiteral("VmHWM")); }

qint64 currentRssKib() { return statusField(QByteArrayLiteral("VmRSS")); }

bool resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

} // namespace credit::bench
