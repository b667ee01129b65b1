// SPDX-License-Identifier: Apache-2.0
#include "common/ListActions.h"
#include "icons/ActionIcons.h"

#include "common/FileChooser.h"
#include "common/ListExport.h"

#include <QDate>
#include <QDir>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QAbstractProxyModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>

#include <memory>

namespace credit::ui {

ListActions::ListActions(QTableView *view, QString title, QWidget *page)
    : QObject(page), m_view(view), m_title(std::move(title)), m_page(page),
      m_export(new QPushButton(themedIcon(QStringLiteral("document-save-as")), tr("Export CSV…"), page)),
      m_print(new QPushButton(themedIcon(QStringLiteral("document-print")), tr("Print…"), page))
{
    // Shown and total rows follow the view's model and the model it filters.
    for (QAbstractItemModel *model = view->model(); model;) {
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(model, signal, this, &ListActions::updateCount);
        connect(model, &QAbstractItemModel::modelReset, this, &ListActions::updateCount);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ListActions::updateCount);
        auto *proxy = qobject_cast<QAbstractProxyModel *>(model);
        model = proxy ? proxy->sourceModel() : nullptr;
    }
    m_export->setObjectName(QStringLiteral("exportListButton"));
    m_export->setToolTip(tr("Save this list, as shown (filtered and sorted), for Excel"));
    m_print->setObjectName(QStringLiteral("printListButton"));
    m_print->setToolTip(tr("Print this list, as shown (filtered and sorted)"));
    connect(m_export, &QPushButton::clicked, this, &ListActions::exportCsv);
    connect(m_print, &QPushButton::clicked, this, &ListActions::print);
}

QLabel *ListActions::countLabel()
{
    // Made when a page asks for it: a page with a count of its own (the disputes) has no second one.
    if (!m_count) {
        m_count = new QLabel(m_page);
        m_count->setObjectName(QStringLiteral("listCount"));
        updateCount();
    }
    return m_count;
}

void ListActions::updateCount()
{
    if (!m_count)
        return;
    QAbstractItemModel *shownModel = m_view->model();
    if (!shownModel) {
        m_count->clear();
        return;
    }
    QAbstractItemModel *all = shownModel;
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(all))
        all = proxy->sourceModel();
    const int shown = shownModel->rowCount();
    const int total = all ? all->rowCount() : shown;
    m_count->setText(shown == total ? tr("%1 in all").arg(QLocale().toString(total))
                                    : tr("%1 of %2 shown").arg(QLocale().toString(shown), QLocale().toString(total)));
}

void ListActions::exportCsv()
{
    FileChoice choice;
    choice.title = tr("Export %1").arg(m_title);
    choice.startPath
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("%1 %2.csv").arg(m_title, QDate::currentDate().toString(Qt::ISODate)));
    choice.filter = tr("CSV for Excel (*.csv)");
    choice.mode = QFileDialog::AcceptSave;
    // The list is read when the user has chosen: what is written is what is shown then.
    chooseFile(m_page, choice, [this](const QString &path) {
        const auto written = writeListCsv(snapshotOf(*m_view, m_title), path);
        if (written)
            tell(*written == 1 ? tr("1 row exported to %1.").arg(QDir::toNativeSeparators(path))
                               : tr("%1 rows exported to %2.").arg(*written).arg(QDir::toNativeSeparators(path)),
                false);
        else
            tell(written.error().message, true);
    });
}

void ListActions::print()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(m_title);
    auto *dialog = new QPrintDialog(printer.get(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print %1").arg(m_title));
    connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), this,
        [this, printer](QPrinter *) { printList(snapshotOf(*m_view, m_title), *printer); });
    dialog->open(); // never exec(): the idle lock may close the window under it
}

void ListActions::tell(const QString &text, bool failed)
{
    auto *box = new QMessageBox(
        failed ? QMessageBox::Warning : QMessageBox::Information, m_title, text, QMessageBox::Ok, m_page);
    box->setObjectName(QStringLiteral("listExportMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace credit::ui
