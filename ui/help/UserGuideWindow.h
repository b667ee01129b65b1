// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Role.h"

#include <QDialog>
#include <QLocale>

class QTextBrowser;

namespace credit::ui {

//! Help → User guide: a short guide per role, what each page does, the order's
//! life, Lock and evidence packs — in the terminal's language, from the guide
//! bundled for it (":/help/user-guide.<language>.html"). A window of its own:
//! it stays open beside the pages while the user works.
class UserGuideWindow final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideWindow)
public:
    //! Opens at role's section, in locale's language (English when there is no guide in it).
    explicit UserGuideWindow(Role role, const QLocale &locale = QLocale(), QWidget *parent = nullptr);

    //! Scrolls to role's section.
    void showSection(Role role);
    //! The bundled guide shown, e.g. ":/help/user-guide.zh_CN.html".
    static QString guideFor(const QLocale &locale);
    //! The anchor of role's section ("bank", "bureau", …).
    static QString sectionFor(Role role);

private:
    QTextBrowser *m_browser;
};

} // namespace credit::ui
