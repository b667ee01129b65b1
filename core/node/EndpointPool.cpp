// SPDX-License-Identifier: Apache-2.0
#include "node/EndpointPool.h"

#include "chain/RpcClient.h"

#include <algorithm>

namespace credit::chain {

namespace {
constexpr qint64 kFirstPauseMs = 2000;
constexpr qint64 kLongestPauseMs = 60000;
} // namespace

QString healthName(EndpointHealth health)
{
    switch (health) {
    case EndpointHealth::Untried:
        return QStringLiteral("Untried");
    case EndpointHealth::Serving:
        return QStringLiteral("Serving");
    case EndpointHealth::Unreachable:
        return QStringLiteral("Unreachable");
    case EndpointHealth::Quarantined:
        return QStringLiteral("Quarantined");
    }
    return QStringLiteral("Unknown");
}

EndpointPool::EndpointPool(const QStringList &urls, const RpcOptions &options)
{
    m_entries.reserve(size_t(urls.size()));
    for (const QString &url : urls) {
        Entry entry;
        entry.client = std::make_unique<RpcClient>(url, options);
        entry.status.url = entry.client->endpoint();
        m_entries.push_back(std::move(entry));
    }
}

EndpointPool::~EndpointPool() = default;

std::optional<qsizetype> EndpointPool::pick(qint64 nowMs) const
{
    if (m_current && m_entries[size_t(*m_current)].status.health == EndpointHealth::Serving)
        return m_current;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        if (e.status.health == EndpointHealth::Quarantined)
            continue;
        if (e.status.health == EndpointHealth::Unreachable && e.retryAtMs > nowMs)
            continue;
        return qsizetype(i);
    }
    return std::nullopt;
}

bool EndpointPool::isPaused(qsizetype index, qint64 nowMs) const
{
    const Entry &e = m_entries[size_t(index)];
    return e.status.health == EndpointHealth::Unreachable && e.retryAtMs > nowMs;
}

RpcClient &EndpointPool::client(qsizetype index)
{
    return *m_entries[size_t(index)].client;
}

QList<EndpointStatus> EndpointPool::statuses() const
{
    QList<EndpointStatus> all;
    for (const Entry &e : m_entries)
        all << e.status;
    return all;
}

bool EndpointPool::markServing(qsizetype index, quint64 head)
{
    if (m_entries[size_t(index)].status.health == EndpointHealth::Quarantined)
        return false;
    m_current = index;
    return markHealthy(index, head);
}

bool EndpointPool::markHealthy(qsizetype index, quint64 head)
{
    Entry &e = m_entries[size_t(index)];
    if (e.status.health == EndpointHealth::Quarantined)
        return false; // a quarantine is for the session, whatever it serves next
    const bool changed = e.status.health != EndpointHealth::Serving;
    e.status.health = EndpointHealth::Serving;
    e.status.reason.clear();
    e.status.head = std::max(e.status.head, head);
    e.failures = 0;
    return changed;
}

bool EndpointPool::markUnreachable(qsizetype index, const QString &reason, qint64 nowMs)
{
    Entry &e = m_entries[size_t(index)];
    if (e.status.health == EndpointHealth::Quarantined)
        return false;
    if (m_current == index)
        m_current.reset();
    const qint64 pause = std::min(kLongestPauseMs, kFirstPauseMs << std::min(e.failures, 5));
    ++e.failures;
    e.retryAtMs = nowMs + pause;
    const bool changed = e.status.health != EndpointHealth::Unreachable || e.status.reason != reason;
    e.status.health = EndpointHealth::Unreachable;
    e.status.reason = reason;
    return changed;
}

bool EndpointPool::quarantine(qsizetype index, const VerifyFailure &failure)
{
    Entry &e = m_entries[size_t(index)];
    if (e.status.health == EndpointHealth::Quarantined)
        return false;
    if (m_current == index)
        m_current.reset();
    e.status.health = EndpointHealth::Quarantined;
    e.status.reason = failure.message();
    e.status.failure = failure;
    return true;
}

} // namespace credit::chain
