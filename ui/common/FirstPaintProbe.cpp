// SPDX-License-Identifier: Apache-2.0
#include "common/FirstPaintProbe.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace credit::ui {

FirstPaintProbe::FirstPaintProbe(QObject *parent) : QObject(parent)
{
    qApp->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_fired && event->type() == QEvent::Paint) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->isWindow()) {
            m_fired = true;
            // After this paint has finished, not during it.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace credit::ui
