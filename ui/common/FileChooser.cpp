// SPDX-License-Identifier: Apache-2.0
#include "common/FileChooser.h"

namespace credit::ui {

void chooseFile(QWidget *parent, const FileChoice &choice, std::function<void(const QString &)> chosen)
{
    auto *dialog = new QFileDialog(parent, choice.title, choice.startPath, choice.filter);
    dialog->setObjectName(QStringLiteral("fileChooser"));
    dialog->setAcceptMode(choice.mode);
    dialog->setFileMode(choice.mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (choice.mode == QFileDialog::AcceptSave && choice.startPath.contains(u'.'))
        dialog->selectFile(choice.startPath);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [chosen = std::move(chosen)](const QString &path) {
        if (!path.isEmpty())
            chosen(path);
    });
    dialog->open();
}

void chooseFiles(QWidget *parent, const FileChoice &choice, std::function<void(const QStringList &)> chosen)
{
    auto *dialog = new QFileDialog(parent, choice.title, choice.startPath, choice.filter);
    dialog->setObjectName(QStringLiteral("filesChooser"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, &QFileDialog::filesSelected, parent, [chosen = std::move(chosen)](const QStringList &paths) {
            if (!paths.isEmpty())
                chosen(paths);
        });
    dialog->open();
}

} // namespace credit::ui
