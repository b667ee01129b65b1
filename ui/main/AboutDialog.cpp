// SPDX-License-Identifier: Apache-2.0
#include "main/AboutDialog.h"

#include "node/ComponentVersions.h"
#include "viewer/PdfDocument.h"

#include <QCoreApplication>
#include <QtCharts/qtchartsversion.h>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace credit::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About CreditChain Terminal"));

    auto *title = new QLabel(tr("<b>CreditChain Terminal</b> %1").arg(QCoreApplication::applicationVersion()), this);
    title->setObjectName(QStringLiteral("aboutVersion"));
    auto *licence = new QLabel(
        tr("The terminal's own source code is licensed under the Apache License 2.0. The program as distributed "
           "links Poppler, which is licensed under the GNU GPL version 2 or later, and Qt Charts, which is licensed "
           "under the GNU GPL version 3; Apache-2.0 code may be combined with GPL version 3 only, so the distributed "
           "program as a whole is licensed under the GNU General Public License version 3."),
        this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);

    struct Row {
        QString name, version, licence;
    };
    QList<Row> rows { { QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only") },
        // Qt Charts has no run-time version call: the one it was built against (Debian's
        // package and the MSI's windeployqt ship that same release).
        { QStringLiteral("Qt Charts"), QStringLiteral(QTCHARTS_VERSION_STR), QStringLiteral("GPL-3.0-only") },
        { QStringLiteral("Poppler"), PdfDocument::popplerVersion(), QStringLiteral("GPL-2.0-or-later") } };
    for (const chain::ComponentVersion &c : chain::coreComponents())
        rows.append({ c.name, c.version, c.licence });
    auto *table = new QTableWidget(int(rows.size()), 3, this);
    table->setObjectName(QStringLiteral("aboutComponents"));
    table->setHorizontalHeaderLabels({ tr("Component"), tr("Version"), tr("Licence") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].name));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].version));
        table->setItem(r, 2, new QTableWidgetItem(rows[r].licence));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(licence);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace credit::ui
