// SPDX-License-Identifier: Apache-2.0
// A drop-down of checkable choices ("Bank: any", "Bank: 上海银行",
// "Bank: 3 chosen"): nothing checked means any.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QToolButton>

class QMenu;

namespace credit::ui {

struct Choice {
    QString key;
    QString label;
};

class ChoiceButton final : public QToolButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceButton)
public:
    //! caption: what is chosen ("Bank"), shown before the choice.
    explicit ChoiceButton(const QString &caption, QWidget *parent = nullptr);

    //! Adds choices not offered yet and relabels known ones; checked keys stay checked
    //! (a narrow filter's answer names fewer choices than the whole chain has).
    void offer(const QList<Choice> &choices);
    QStringList checkedKeys() const;
    //! Checks exactly keys (offering a key not known yet under its own text); no changed() signal.
    void setCheckedKeys(const QStringList &keys);
    //! The checked choices' labels.
    QStringList checkedLabels() const;
    //! Checks or unchecks key as a user would (emits changed()).
    void toggle(const QString &key, bool checked);

Q_SIGNALS:
    void changed();

private:
    QAction *actionOf(const QString &key) const;
    QAction *addChoice(const Choice &choice);
    void updateText();

    QString m_caption;
    QMenu *m_menu;
    QAction *m_any;
};

} // namespace credit::ui
