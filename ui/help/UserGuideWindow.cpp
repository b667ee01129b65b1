// SPDX-License-Identifier: Apache-2.0
#include "help/UserGuideWindow.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace credit::ui {

UserGuideWindow::UserGuideWindow(Role role, const QLocale &locale, QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("User guide"));
    // Not modal, with the window's own buttons: it stays open beside the main window.
    setModal(false);
    setWindowFlag(Qt::WindowMinMaxButtonsHint);
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guideFor(locale)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(680, 720);
    showSection(role);
}

QString UserGuideWindow::guideFor(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral(":/help/user-guide.zh_CN.html")
                                                 : QStringLiteral(":/help/user-guide.en.html");
}

QString UserGuideWindow::sectionFor(Role role)
{
    return roleKey(role);
}

void UserGuideWindow::showSection(Role role)
{
    m_browser->scrollToAnchor(sectionFor(role));
}

} // namespace credit::ui
