// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace credit::ui {

//! A 64-byte node id as it fits a column: its first and last 8 hex digits ("de67cdfe…e35af066").
QString shortNodeId(const QByteArray &nodeId);
//! All 128 hex digits, as FISCO's console and getSealerList print it.
QString fullNodeId(const QByteArray &nodeId);

} // namespace credit::ui
