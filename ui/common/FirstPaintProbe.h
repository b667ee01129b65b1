// SPDX-License-Identifier: Apache-2.0
// For start-up timing (credit-terminal --quit-when-shown): quits the event
// loop right after the first top-level window has painted, i.e. when the
// user could first interact with it.
#pragma once

#include <QObject>

namespace credit::ui {

class FirstPaintProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)
public:
    //! Watches every widget of the application from now on.
    explicit FirstPaintProbe(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_fired = false;
};

} // namespace credit::ui
