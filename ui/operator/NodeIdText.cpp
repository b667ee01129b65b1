// SPDX-License-Identifier: Apache-2.0
#include "operator/NodeIdText.h"

namespace credit::ui {

QString shortNodeId(const QByteArray &nodeId)
{
    const QString hex = fullNodeId(nodeId);
    return hex.size() <= 16 ? hex : hex.left(8) + QChar(0x2026) + hex.right(8);
}

QString fullNodeId(const QByteArray &nodeId)
{
    return QString::fromLatin1(nodeId.toHex());
}

} // namespace credit::ui
