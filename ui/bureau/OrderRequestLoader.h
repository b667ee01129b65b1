// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/OrderRequest.h"

#include <QObject>

namespace credit::ui {

class TerminalContext;

//! Decrypts an order's request document off the GUI thread: asks the node
//! which envelope the order names, then opens it through the session (which
//! fetches only envelopes a verified block refers to and checks their hash),
//! parses it and checks that it is this order's request.
class OrderRequestLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderRequestLoader)
public:
    //! context must outlive the loader.
    explicit OrderRequestLoader(TerminalContext &context, QObject *parent = nullptr);

    //! Starts loading; the answer comes as loaded() or failed() with this orderId.
    void load(quint64 orderId);

Q_SIGNALS:
    void loaded(quint64 orderId, const credit::market::OrderRequest &request);
    void failed(quint64 orderId, const QString &message);

private:
    void open(quint64 orderId, const QByteArray &documentHash);

    TerminalContext &m_context;
};

} // namespace credit::ui
