// SPDX-License-Identifier: Apache-2.0
#include "ClippedText.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOption>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <limits>

namespace credit::test {

namespace {

constexpr int kTall = std::numeric_limits<int>::max() / 4; // "as much height as it likes" for wrapping

//! The widget's protected initStyleOption, reached lawfully through a member pointer.
template<typename Widget, typename Option> struct StyleOptionOf : Widget {
    static Option of(const Widget &widget)
    {
        Option option;
        void (Widget::*init)(Option *) const = &StyleOptionOf::initStyleOption;
        (widget.*init)(&option);
        return option;
    }
};

struct TabOptionOf : QTabBar {
    static QStyleOptionTab of(const QTabBar &bar, int tab)
    {
        QStyleOptionTab option;
        void (QTabBar::*init)(QStyleOptionTab *, int) const = &TabOptionOf::initStyleOption;
        (bar.*init)(&option, tab);
        return option;
    }
};

QString nameOf(const QWidget &widget)
{
    QStringList path;
    for (const QWidget *w = &widget; w; w = w->isWindow() ? nullptr : w->parentWidget())
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(w->objectName());
    return QStringLiteral("%1 (%2)").arg(path.join(u'/'), QString::fromLatin1(widget.metaObject()->className()));
}

//! Widest line of text (a label or cell may hold several).
int widestLine(const QFontMetrics &metrics, const QString &text, int flags = 0)
{
    int widest = 0;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\\n\\x{2028}]"))))
        widest = std::max(widest, metrics.size(flags, line).width());
    return widest;
}

//! Some of widget is inside every parent up to its window (visibleRegion() would not do:
//! a scroll area's own viewport covers it).
bool inSight(const QWidget &widget)
{
    QRect shown = widget.rect();
    for (const QWidget *w = &widget; !w->isWindow() && w->parentWidget(); w = w->parentWidget())
        shown = shown.translated(w->pos()) & w->parentWidget()->rect();
    return !shown.isEmpty();
}

class Finder {
public:
    QList<ClippedText> found;

    void add(const QWidget &widget, const QString &where, const QString &text, int needed, int given, bool tall = false,
        int column = -1)
    {
        if (needed > given)
            found.append({ where.isEmpty() ? nameOf(widget) : nameOf(widget) + u' ' + where, text, needed, given, tall,
                column });
    }

    //! Plain text wraps within width: too tall for height, or a word wider than width.
    void addWrapped(const QWidget &widget, const QString &where, const QFontMetrics &metrics, const QString &text,
        const QSize &room, int flags = 0)
    {
        const QRect wrapped = metrics.boundingRect(QRect(0, 0, room.width(), kTall), flags | Qt::TextWordWrap, text);
        if (wrapped.width() > room.width())
            add(widget, where, text, wrapped.width(), room.width());
        else
            add(widget, where, text, wrapped.height(), room.height(), true);
    }

    void label(const QLabel &label)
    {
        const QString text = label.text();
        if (text.isEmpty())
            return;
        const bool rich
            = label.textFormat() == Qt::RichText || (label.textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        if (rich) { // Qt's own layout of the document: what QLabel would need
            if (label.wordWrap())
                add(label, {}, text, label.heightForWidth(label.width()), label.height(), true);
            else
                add(label, {}, text, label.minimumSizeHint().width(), label.width());
            return;
        }
        const int margin = label.margin();
        QRect room = label.contentsRect().adjusted(margin, margin, -margin, -margin);
        int indent = label.indent();
        if (indent < 0 && label.frameWidth() > 0)
            indent = label.fontMetrics().horizontalAdvance(u'x') / 2;
        if (indent > 0 && (label.alignment() & (Qt::AlignLeft | Qt::AlignRight)))
            room.setWidth(room.width() - indent);
        const int mnemonic = label.buddy() ? Qt::TextShowMnemonic : 0;
        if (label.wordWrap())
            addWrapped(label, {}, label.fontMetrics(), text, room.size(), mnemonic);
        else
            add(label, {}, text, widestLine(label.fontMetrics(), text, mnemonic), room.width());
    }

    //! The text beside an icon in a button's contents rectangle (the style's CE_*Label).
    void buttonText(const QAbstractButton &button, const QStyleOptionButton &option, QStyle::SubElement contents)
    {
        if (option.text.isEmpty())
            return;
        int given = button.style()->subElementRect(contents, &option, &button).width();
        if (!option.icon.isNull())
            given -= option.iconSize.width() + 4;
        if (option.features & QStyleOptionButton::HasMenu)
            given -= button.style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, &button);
        add(button, {}, option.text, widestLine(button.fontMetrics(), option.text, Qt::TextShowMnemonic), given);
    }

    void button(const QAbstractButton &button)
    {
        if (const auto *push = qobject_cast<const QPushButton *>(&button))
            buttonText(
                button, StyleOptionOf<QPushButton, QStyleOptionButton>::of(*push), QStyle::SE_PushButtonContents);
        else if (const auto *check = qobject_cast<const QCheckBox *>(&button))
            buttonText(button, StyleOptionOf<QCheckBox, QStyleOptionButton>::of(*check), QStyle::SE_CheckBoxContents);
        else if (const auto *radio = qobject_cast<const QRadioButton *>(&button))
            buttonText(
                button, StyleOptionOf<QRadioButton, QStyleOptionButton>::of(*radio), QStyle::SE_RadioButtonContents);
        else if (!button.text().isEmpty() && button.sizeHint().width() > button.width()) // tool buttons and others
            add(button, {}, button.text(), button.sizeHint().width(), button.width());
    }

    //! An empty field's placeholder (the hint a clerk reads before typing) within the room
    //! QLineEdit paints it in: the contents rectangle less the text margins, its 2 px each
    //! side, and the space a clear button keeps (QLineEditPrivate's side widget: icon + 6,
    //! and a quarter icon of margin).
    void placeholder(const QLineEdit &edit)
    {
        if (!edit.text().isEmpty() || edit.placeholderText().isEmpty())
            return;
        const QStyleOptionFrame option = StyleOptionOf<QLineEdit, QStyleOptionFrame>::of(edit);
        const QRect contents = edit.style()->subElementRect(QStyle::SE_LineEditContents, &option, &edit);
        int given = contents.marginsRemoved(edit.textMargins()).width() - 2 * 2;
        if (edit.isClearButtonEnabled()) {
            const int icon = edit.height() < 34 ? 16 : 32;
            given -= icon + 6 + icon / 4;
        }
        add(edit, QStringLiteral("placeholder"), edit.placeholderText(),
            edit.fontMetrics().horizontalAdvance(edit.placeholderText()), given);
    }

    void groupBox(const QGroupBox &box)
    {
        if (box.title().isEmpty())
            return;
        const QStyleOptionGroupBox option = StyleOptionOf<QGroupBox, QStyleOptionGroupBox>::of(box);
        const QRect label
            = box.style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, &box) & box.rect();
        add(box, QStringLiteral("title"), box.title(),
            box.fontMetrics().size(Qt::TextShowMnemonic, box.title()).width(), label.width());
    }

    void tabs(const QTabBar &bar)
    {
        for (int i = 0; i < bar.count(); ++i) {
            if (!bar.isTabVisible(i) || bar.tabText(i).isEmpty())
                continue;
            const QStyleOptionTab option = TabOptionOf::of(bar, i);
            const int given = bar.style()->subElementRect(QStyle::SE_TabBarTabText, &option, &bar).width();
            add(bar, QStringLiteral("tab %1").arg(i), bar.tabText(i),
                bar.fontMetrics().size(Qt::TextShowMnemonic, bar.tabText(i)).width(), given);
        }
    }

    void header(const QHeaderView &header)
    {
        const QAbstractItemModel *model = header.model();
        if (!model)
            return;
        const bool horizontal = header.orientation() == Qt::Horizontal;
        for (int logical = 0; logical < header.count(); ++logical) {
            if (header.isSectionHidden(logical))
                continue;
            QStyleOptionHeader option;
            option.initFrom(&header);
            option.state |= horizontal ? QStyle::State_Horizontal : QStyle::State_None;
            option.orientation = header.orientation();
            option.section = logical;
            option.text = model->headerData(logical, header.orientation()).toString();
            option.rect = horizontal ? QRect(0, 0, header.sectionSize(logical), header.height())
                                     : QRect(0, 0, header.width(), header.sectionSize(logical));
            if (header.isSortIndicatorShown() && header.sortIndicatorSection() == logical)
                option.sortIndicator = header.sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown
                                                                                         : QStyleOptionHeader::SortUp;
            if (option.text.isEmpty())
                continue;
            QFont font = header.font();
            if (const QVariant f = model->headerData(logical, header.orientation(), Qt::FontRole); f.isValid())
                font = qvariant_cast<QFont>(f).resolve(font);
            const QRect room = header.style()->subElementRect(QStyle::SE_HeaderLabel, &option, &header);
            add(header, QStringLiteral("section %1").arg(logical), option.text,
                widestLine(QFontMetrics(font), option.text), horizontal ? room.width() : header.width());
            // A column the table cannot show whole at this size sits behind a
            // horizontal scroll bar: its header and cells are out of sight.
            if (horizontal) {
                const int start = header.sectionViewportPosition(logical);
                const int end = start + header.sectionSize(logical);
                if (start < 0 || end > header.viewport()->width())
                    add(header, QStringLiteral("section %1 (out of sight, behind a scroll bar)").arg(logical),
                        option.text, header.length(), header.viewport()->width());
            }
        }
    }

    bool wordWrap(const QAbstractItemView &view)
    {
        if (const auto *table = qobject_cast<const QTableView *>(&view))
            return table->wordWrap();
        if (const auto *tree = qobject_cast<const QTreeView *>(&view))
            return tree->wordWrap();
        if (const auto *list = qobject_cast<const QListView *>(&view))
            return list->wordWrap();
        return false;
    }

    void cell(const QAbstractItemView &view, const QModelIndex &index, bool wrap)
    {
        const QRect rect = view.visualRect(index);
        if (rect.isEmpty() || !rect.intersects(view.viewport()->rect()))
            return;
        const QVariant value = index.data(Qt::DisplayRole);
        if (!value.isValid())
            return;
        const auto *delegate = qobject_cast<const QStyledItemDelegate *>(view.itemDelegateForIndex(index));
        const QString text = delegate ? delegate->displayText(value, view.locale()) : value.toString();
        if (text.isEmpty())
            return;
        QFont font = view.font();
        if (const QVariant f = index.data(Qt::FontRole); f.isValid())
            font = qvariant_cast<QFont>(f).resolve(font);
        const QFontMetrics metrics(font);
        // QCommonStyle's item layout: the text sits inside a margin each side, after the decoration and check box.
        const int margin = view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1;
        int width = rect.width() - 2 * margin;
        if (index.data(Qt::DecorationRole).isValid()) {
            const int icon = view.iconSize().isValid()
                ? view.iconSize().width()
                : view.style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, &view);
            width -= icon + 2 * margin;
        }
        if (index.data(Qt::CheckStateRole).isValid())
            width -= view.style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, &view) + 2 * margin;
        if (wrap) { // a wrapping view shows more lines when the row is tall enough for them
            const QRect wrapped = metrics.boundingRect(QRect(0, 0, width, kTall), Qt::TextWordWrap, text);
            if (wrapped.width() <= width && wrapped.height() <= rect.height())
                return;
        }
        add(view, QStringLiteral("cell %1,%2").arg(index.row()).arg(index.column()), text,
            widestLine(metrics, text) + 2 * margin, width + 2 * margin, false, index.column());
    }

    void cells(const QAbstractItemView &view, const QModelIndex &parent)
    {
        const QAbstractItemModel *model = view.model();
        const auto *tree = qobject_cast<const QTreeView *>(&view);
        const bool wrap = wordWrap(view);
        for (int row = 0; row < model->rowCount(parent); ++row)
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                cell(view, index, wrap);
                if (tree && column == 0 && tree->isExpanded(index))
                    cells(view, index);
            }
    }

    void visit(const QWidget &widget)
    {
        if (!widget.isVisible() || !inSight(widget))
            return;
        if (const auto *l = qobject_cast<const QLabel *>(&widget))
            label(*l);
        else if (const auto *b = qobject_cast<const QAbstractButton *>(&widget))
            button(*b);
        else if (const auto *g = qobject_cast<const QGroupBox *>(&widget))
            groupBox(*g);
        else if (const auto *e = qobject_cast<const QLineEdit *>(&widget))
            placeholder(*e);
        else if (const auto *t = qobject_cast<const QTabBar *>(&widget))
            tabs(*t);
        else if (const auto *h = qobject_cast<const QHeaderView *>(&widget))
            header(*h);
        else if (const auto *v = qobject_cast<const QAbstractItemView *>(&widget); v && v->model())
            cells(*v, v->rootIndex());
        for (const QObject *child : widget.children())
            if (const auto *w = qobject_cast<const QWidget *>(child); w && !w->isWindow())
                visit(*w);
    }
};

} // namespace

QString ClippedText::describe() const
{
    return QStringLiteral("%1: \"%2\" needs %3 px %4, has %5")
        .arg(widget, text)
        .arg(needed)
        .arg(tall ? QStringLiteral("high") : QStringLiteral("wide"))
        .arg(given);
}

QList<ClippedText> findClippedText(const QWidget &root)
{
    Finder finder;
    finder.visit(root);
    return finder.found;
}

} // namespace credit::test
