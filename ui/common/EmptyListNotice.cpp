// SPDX-License-Identifier: Apache-2.0
#include "common/EmptyListNotice.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace credit::ui {

EmptyListNotice::EmptyListNotice(QAbstractItemView *view, QString nothingYet)
    : QWidget(view->viewport()), m_view(view), m_nothingYet(std::move(nothingYet)), m_text(new QLabel(this)),
      m_clear(new QPushButton(tr("Clear search and filters"), this))
{
    setObjectName(QStringLiteral("emptyListNotice"));
    m_text->setObjectName(QStringLiteral("emptyListText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->hide();
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_clearFilters)
            m_clearFilters();
        refresh();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text);
    layout->addWidget(m_clear, 0, Qt::AlignHCenter);
    layout->addStretch();

    QAbstractItemModel *model = view->model();
    Q_ASSERT_X(model, "EmptyListNotice", "the view's model is set first");
    // The rows shown, and behind a proxy the rows it filters: whether there is nothing yet or nothing that matches.
    QList<QAbstractItemModel *> followed { model };
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model); proxy && proxy->sourceModel())
        followed << proxy->sourceModel();
    for (QAbstractItemModel *m : std::as_const(followed)) {
        connect(m, &QAbstractItemModel::modelReset, this, &EmptyListNotice::refresh);
        connect(m, &QAbstractItemModel::layoutChanged, this, &EmptyListNotice::refresh);
        connect(m, &QAbstractItemModel::rowsInserted, this, &EmptyListNotice::refresh);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &EmptyListNotice::refresh);
    }
    view->viewport()->installEventFilter(this);
    setGeometry(view->viewport()->rect());
    refresh();
}

void EmptyListNotice::setFilters(std::function<QString()> filteredText, std::function<void()> clear)
{
    m_filteredText = std::move(filteredText);
    m_clearFilters = std::move(clear);
    refresh();
}

void EmptyListNotice::setFilters(
    QLineEdit *search, const QString &searchMiss, const QString &filtersMiss, std::function<void()> clearOtherFilters)
{
    setFilters(
        [search, searchMiss, filtersMiss] {
            const QString text = search->text().trimmed();
            return text.isEmpty() ? filtersMiss : searchMiss.arg(text);
        },
        [search, clear = std::move(clearOtherFilters)] {
            search->clear();
            clear();
        });
    // Still nothing shown as the search grows: the rows do not change, the text does.
    connect(search, &QLineEdit::textChanged, this, &EmptyListNotice::refresh);
}

void EmptyListNotice::refresh()
{
    const QAbstractItemModel *model = m_view->model();
    if (model->rowCount() > 0) {
        hide();
        return;
    }
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
    const bool filteredOut = proxy && proxy->sourceModel() && proxy->sourceModel()->rowCount() > 0;
    m_text->setText(filteredOut && m_filteredText ? m_filteredText() : m_nothingYet);
    m_clear->setVisible(filteredOut && m_clearFilters);
    show();
    raise();
}

QString EmptyListNotice::text() const
{
    return isHidden() ? QString() : m_text->text();
}

bool EmptyListNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace credit::ui
