// SPDX-License-Identifier: Apache-2.0
#include "viewer/SearchBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QToolButton>

namespace credit::ui {

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_previous(new QToolButton(this)), m_next(new QToolButton(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("searchBar"));
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setPlaceholderText(tr("Find in report"));
    m_edit->setClearButtonEnabled(true);
    m_previous->setObjectName(QStringLiteral("searchPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next->setObjectName(QStringLiteral("searchNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter)"));
    m_status->setObjectName(QStringLiteral("searchStatus"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("searchClose"));
    close->setText(tr("Close"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(close);

    // Return is taken here, not by QLineEdit: it lets the key on to the window,
    // where a dialog's default button (Export, Deliver…) would be pressed.
    m_edit->installEventFilter(this);
    connect(m_previous, &QToolButton::clicked, this, [this] { request(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { request(false); });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, close, &QToolButton::click);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    connect(m_edit, &QLineEdit::textChanged, this, [this] { setStatus(QString(), false); });
}

void SearchBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchBar::setStatus(const QString &text, bool notFound)
{
    m_status->setText(text);
    m_status->setProperty("notFound", notFound);
    m_status->setStyleSheet(notFound ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_edit->setStyleSheet(notFound ? QStringLiteral("background: #fde7ea;") : QString());
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))) {
            // ShortcutOverride accepted: no window shortcut on Return; KeyPress: the search itself.
            event->accept();
            if (event->type() == QEvent::KeyPress)
                request(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString SearchBar::text() const
{
    return m_edit->text();
}

void SearchBar::request(bool backwards)
{
    const QString t = m_edit->text().trimmed();
    if (!t.isEmpty())
        Q_EMIT findRequested(t, backwards);
}

} // namespace credit::ui
