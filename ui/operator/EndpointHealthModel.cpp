// SPDX-License-Identifier: Apache-2.0
#include "operator/EndpointHealthModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace credit::ui {

void EndpointHealthModel::setHealth(desk::NetworkHealth health)
{
    beginResetModel();
    m_health = std::move(health);
    endResetModel();
}

int EndpointHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_health.endpoints.size());
}

int EndpointHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EndpointHealthModel::stateText(desk::EndpointHealth::State state)
{
    switch (state) {
    case desk::EndpointHealth::State::Serving:
        return tr("Serving");
    case desk::EndpointHealth::State::Unreachable:
        return tr("Unreachable");
    case desk::EndpointHealth::State::Quarantined:
        return tr("Quarantined");
    case desk::EndpointHealth::State::Untried:
        break;
    }
    return tr("Not used yet");
}

QString EndpointHealthModel::agreementText(const desk::EndpointHealth &endpoint) const
{
    if (!endpoint.agrees)
        return endpoint.height ? tr("Not compared") : tr("No answer");
    return *endpoint.agrees
        ? tr("Same block %1 as verified").arg(QLocale().toString(m_health.comparedHeight))
        : tr("DIFFERENT block %1: not the chain we verified").arg(QLocale().toString(m_health.comparedHeight));
}

QVariant EndpointHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_health.endpoints.size())
        return {};
    const desk::EndpointHealth &e = m_health.endpoints.at(index.row());
    const bool problem = e.state == desk::EndpointHealth::State::Unreachable
        || e.state == desk::EndpointHealth::State::Quarantined || !e.height || (e.agrees && !*e.agrees);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Endpoint:
            return e.url;
        case State:
            return e.reason.isEmpty() ? stateText(e.state) : tr("%1: %2").arg(stateText(e.state), e.reason);
        case Height:
            return e.height ? QLocale().toString(*e.height) : tr("—");
        case Latency:
            return e.latencyMs >= 0 ? tr("%1 ms").arg(QLocale().toString(e.latencyMs)) : tr("—");
        case Agreement:
            return agreementText(e);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return e.probeError.isEmpty() ? QVariant() : QVariant(e.probeError);
    case Qt::ForegroundRole:
        return problem ? QVariant(QBrush(QColor(0xb0, 0x00, 0x20))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Height || index.column() == Latency
            ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case kProblemRole:
        return problem;
    default:
        return {};
    }
}

QVariant EndpointHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Endpoint:
        return tr("Endpoint");
    case State:
        return tr("Light node's view");
    case Height:
        return tr("Height");
    case Latency:
        return tr("Round trip");
    case Agreement:
        return tr("Agrees with the verified chain");
    default:
        return {};
    }
}

} // namespace credit::ui
