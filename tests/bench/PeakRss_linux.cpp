// SPDX-License-Identifier: Apache-2.0
// Linux: VmHWM / VmRSS from /proc/self/status; "5" written to
// /proc/self/clear_refs resets VmHWM (proc(5)).
#include "PeakRss.h"

#include <QFile>

#include <unistd.h>

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

qint64 peakRssKib()
{
    return statusField(QByteArrayLiteral("VmHWM"));
}

qint64 currentRssKib()
{
    return statusField(QByteArrayLiteral("VmRSS"));
}

bool resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

double cpuSeconds(qint64 pid)
{
    QFile stat(pid ? QStringLiteral("/proc/%1/stat").arg(pid) : QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields[11].toLongLong() + fields[12].toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
}

} // namespace credit::bench
