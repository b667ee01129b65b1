// SPDX-License-Identifier: Apache-2.0
#include "PlaceholderWindow.h"

#include <QLabel>

namespace credit::ui {

PlaceholderWindow::PlaceholderWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("CreditChain Terminal"));
    auto *label = new QLabel(tr("CreditChain Terminal is being built: the demo network arrives with the chain and light node."), this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    setCentralWidget(label);
    resize(900, 600);
}

} // namespace credit::ui
