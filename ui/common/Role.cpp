// SPDX-License-Identifier: Apache-2.0
#include "common/Role.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace credit::ui {

Role roleOf(market::Role role)
{
    switch (role) {
    case market::Role::Bureau:
        return Role::Bureau;
    case market::Role::Bank:
        return Role::Bank;
    case market::Role::Regulator:
        return Role::Regulator;
    case market::Role::Mediator:
        return Role::Mediator;
    case market::Role::Operator:
        return Role::Operator;
    }
    return Role::Bank;
}

Role roleFromKey(const QString &key)
{
    if (key == u"bureau")
        return Role::Bureau;
    if (key == u"regulator")
        return Role::Regulator;
    if (key == u"mediator")
        return Role::Mediator;
    if (key == u"operator")
        return Role::Operator;
    return Role::Bank;
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Bank:
        return QStringLiteral("bank");
    case Role::Bureau:
        return QStringLiteral("bureau");
    case Role::Regulator:
        return QStringLiteral("regulator");
    case Role::Mediator:
        return QStringLiteral("mediator");
    case Role::Operator:
        return QStringLiteral("operator");
    }
    return QStringLiteral("bank");
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Bank:
        return QCoreApplication::translate("Role", "Inquiring institution");
    case Role::Bureau:
        return QCoreApplication::translate("Role", "Credit bureau");
    case Role::Regulator:
        return QCoreApplication::translate("Role", "Regulator");
    case Role::Mediator:
        return QCoreApplication::translate("Role", "Mediation organisation");
    case Role::Operator:
        return QCoreApplication::translate("Role", "Chain operator");
    }
    return {};
}

QIcon roleIcon(Role role)
{
    struct Badge {
        QColor colour;
        QString initial;
    };
    // The initial is the first character of the Chinese role name; it is a glyph, not text to translate.
    const Badge badge = [role]() -> Badge {
        switch (role) {
        case Role::Bank:
            return { QColor(0x1f, 0x6f, 0xb2), QStringLiteral("\u94f6") }; // 银
        case Role::Bureau:
            return { QColor(0x2e, 0x8b, 0x57), QStringLiteral("\u5f81") }; // 征
        case Role::Regulator:
            return { QColor(0xb0, 0x3a, 0x2e), QStringLiteral("\u76d1") }; // 监
        case Role::Mediator:
            return { QColor(0x8a, 0x5a, 0xb5), QStringLiteral("\u8c03") }; // 调
        case Role::Operator:
            return { QColor(0x60, 0x6c, 0x78), QStringLiteral("\u8fd0") }; // 运
        }
        return { Qt::gray, QString() };
    }();
    QIcon icon;
    for (const int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(badge.colour);
        painter.drawEllipse(pixmap.rect().adjusted(1, 1, -1, -1));
        QFont font = painter.font();
        font.setPixelSize(size * 6 / 10);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(pixmap.rect(), Qt::AlignCenter, badge.initial);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace credit::ui
