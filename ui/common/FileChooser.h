// SPDX-License-Identifier: Apache-2.0
// Asks for a file without a nested event loop. QFileDialog's static getters
// run one: if the idle lock fires while the user is away from an open file
// dialog, the window under it is destroyed and the getter returns into a
// deleted object. This dialog is a child of parent and goes with it.
#pragma once

#include <QFileDialog>
#include <QString>
#include <QStringList>

#include <functional>

namespace credit::ui {

struct FileChoice {
    QString title;
    QString startPath; //!< folder, or a suggested file for saving
    QString filter;
    QFileDialog::AcceptMode mode = QFileDialog::AcceptOpen;
};

//! Opens the dialog window-modally and calls chosen(path) if the user picks a
//! file; nothing happens on cancel or if parent is destroyed first.
void chooseFile(QWidget *parent, const FileChoice &choice, std::function<void(const QString &)> chosen);
//! The same for one or more existing files (choice.mode is ignored).
void chooseFiles(QWidget *parent, const FileChoice &choice, std::function<void(const QStringList &)> chosen);

} // namespace credit::ui
