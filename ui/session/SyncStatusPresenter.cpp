// SPDX-License-Identifier: Apache-2.0
#include "session/SyncStatusPresenter.h"

#include "node/LightNode.h"
#include "common/HexText.h"
#include "main/StatusBarController.h"

#include <cmath>

namespace credit::ui {

SyncStatusPresenter::SyncStatusPresenter(chain::LightNode &node, StatusBarController &status, QObject *parent)
    : QObject(parent), m_node(node), m_status(status)
{
    connect(&node, &chain::LightNode::progressChanged, this, &SyncStatusPresenter::onProgress);
    connect(&node, &chain::LightNode::endpointChanged, this, &SyncStatusPresenter::onEndpoint);
    connect(&node, &chain::LightNode::blocksCommitted, this,
        [this](quint64, quint64 to) { m_status.setLocalHeight(static_cast<qint64>(to)); });
    connect(&node, &chain::LightNode::caughtUp, this, [this](quint64 height) {
        m_status.setLocalHeight(static_cast<qint64>(height));
        m_status.setChainHeight(static_cast<qint64>(height));
        m_status.setSynced();
    });
    connect(&node, &chain::LightNode::alarmRaised, this,
        [this](const chain::SyncAlarm &alarm) { m_status.raiseAlarm(describe(alarm)); });
    connect(&node, &chain::LightNode::syncFailed, this, [this](const QString &) { m_status.setEndpoint(QString()); });
    // The node may have been running before this presenter (it verified who
    // signed in first): start from the endpoint it serves from now.
    for (const chain::EndpointStatus &e : node.endpoints())
        if (e.health == chain::EndpointHealth::Serving) {
            m_status.setEndpoint(e.url);
            break;
        }
}

void SyncStatusPresenter::onProgress(const chain::SyncProgress &p)
{
    m_status.setChainHeight(static_cast<qint64>(p.target));
    m_status.setLocalHeight(static_cast<qint64>(p.height));
    const double rate = p.blocksPerSecond > 0 ? p.blocksPerSecond : -1;
    const qint64 eta = rate > 0 ? static_cast<qint64>(std::ceil(double(p.target - p.height) / rate)) : -1;
    if (p.height < p.target)
        m_status.setSyncProgress(static_cast<qint64>(p.height), static_cast<qint64>(p.target), rate, eta);
    else
        m_status.setSynced();
}

void SyncStatusPresenter::onEndpoint(const chain::EndpointStatus &status)
{
    if (status.health == chain::EndpointHealth::Serving) {
        m_status.setEndpoint(status.url);
        return;
    }
    // The endpoint in use went away: show whichever still serves, if any.
    for (const chain::EndpointStatus &e : m_node.endpoints())
        if (e.health == chain::EndpointHealth::Serving) {
            m_status.setEndpoint(e.url);
            return;
        }
    m_status.setEndpoint(QString());
}

QString SyncStatusPresenter::describe(const chain::SyncAlarm &alarm)
{
    if (alarm.kind == chain::SyncAlarm::Kind::Conflict)
        return tr("Two endpoints serve different blocks at height %1, and both carry a valid sealer quorum: %2 serves "
                  "%3, the verified block stored here is %4. The chain has forked or its sealers signed twice. "
                  "Syncing has stopped so that neither version is chosen silently. Report both hashes to the "
                  "network operator.")
            .arg(alarm.block)
            .arg(alarm.endpoint, prefixedHexText(alarm.servedHash), prefixedHexText(alarm.storedHash));
    return tr("The endpoint %1 served block %2, which breaks the rule \"%3\". Nothing it served was stored and it "
              "is no longer used in this session; syncing continues from the other endpoints. Report this to the "
              "endpoint's operator.")
        .arg(alarm.endpoint)
        .arg(alarm.block)
        .arg(alarm.rule);
}

} // namespace credit::ui
