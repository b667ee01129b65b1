// SPDX-License-Identifier: Apache-2.0
#include "regulator/ChoiceButton.h"

#include <QMenu>
#include <QSignalBlocker>

namespace credit::ui {

ChoiceButton::ChoiceButton(const QString &caption, QWidget *parent)
    : QToolButton(parent), m_caption(caption), m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    m_any = m_menu->addAction(tr("Any"));
    m_any->setObjectName(QStringLiteral("any"));
    connect(m_any, &QAction::triggered, this, [this] {
        for (QAction *action : m_menu->actions()) {
            if (action != m_any && !action->isSeparator()) {
                const QSignalBlocker quiet(action); // one changed() for the whole clearing
                action->setChecked(false);
            }
        }
        updateText();
        Q_EMIT changed();
    });
    m_menu->addSeparator();
    updateText();
}

QAction *ChoiceButton::actionOf(const QString &key) const
{
    for (QAction *action : m_menu->actions())
        if (action != m_any && !action->isSeparator() && action->data().toString() == key)
            return action;
    return nullptr;
}

QAction *ChoiceButton::addChoice(const Choice &choice)
{
    QAction *action = m_menu->addAction(choice.label.isEmpty() ? choice.key : choice.label);
    action->setData(choice.key);
    action->setCheckable(true);
    connect(action, &QAction::toggled, this, [this] {
        updateText();
        Q_EMIT changed();
    });
    return action;
}

void ChoiceButton::offer(const QList<Choice> &choices)
{
    for (const Choice &choice : choices) {
        if (QAction *known = actionOf(choice.key)) {
            if (!choice.label.isEmpty())
                known->setText(choice.label);
        } else {
            addChoice(choice);
        }
    }
    updateText();
}

QStringList ChoiceButton::checkedKeys() const
{
    QStringList keys;
    for (QAction *action : m_menu->actions())
        if (action != m_any && action->isChecked())
            keys << action->data().toString();
    return keys;
}

QStringList ChoiceButton::checkedLabels() const
{
    QStringList labels;
    for (QAction *action : m_menu->actions())
        if (action != m_any && action->isChecked())
            labels << action->text();
    return labels;
}

void ChoiceButton::setCheckedKeys(const QStringList &keys)
{
    for (const QString &key : keys)
        if (!actionOf(key))
            addChoice({ key, key });
    for (QAction *action : m_menu->actions()) {
        if (action == m_any || action->isSeparator())
            continue;
        const QSignalBlocker quiet(action);
        action->setChecked(keys.contains(action->data().toString()));
    }
    updateText();
}

void ChoiceButton::toggle(const QString &key, bool checked)
{
    if (QAction *action = actionOf(key))
        action->setChecked(checked);
}

void ChoiceButton::updateText()
{
    const QStringList labels = checkedLabels();
    const QString chosen = labels.isEmpty() ? tr("any")
        : labels.size() == 1                ? labels.first()
                                            : tr("%n chosen", nullptr, static_cast<int>(labels.size()));
    setText(tr("%1: %2").arg(m_caption, chosen));
    m_any->setEnabled(!labels.isEmpty());
}

} // namespace credit::ui
