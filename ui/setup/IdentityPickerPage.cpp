// SPDX-License-Identifier: Apache-2.0
#include "setup/IdentityPickerPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace credit::ui {

IdentityPickerPage::IdentityPickerPage(QWidget *parent)
    : QWidget(parent), m_model(new QStandardItemModel(this)), m_list(new QListView(this)), m_status(new QLabel(this)),
      m_choose(new QPushButton(tr("Use this identity"), this))
{
    setObjectName(QStringLiteral("identityPickerPage"));
    auto *title = new QLabel(tr("Choose who you are on the demo network"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *warning = new QLabel(tr("Demo keys are public knowledge (password: demo-only). "
                                  "Never use them, or the demo network, for real data."),
        this);
    warning->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("demoNetworkStatus"));
    m_status->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("identityList"));
    m_list->setModel(m_model);
    m_list->setIconSize(QSize(32, 32));
    m_list->setSpacing(2);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list, &QListView::doubleClicked, this, &IdentityPickerPage::choose);

    m_choose->setObjectName(QStringLiteral("chooseIdentityButton"));
    m_choose->setDefault(true);
    m_choose->setEnabled(false);
    auto *backButton = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    backButton->setObjectName(QStringLiteral("backButton"));
    connect(m_choose, &QPushButton::clicked, this, &IdentityPickerPage::choose);
    connect(backButton, &QPushButton::clicked, this, &IdentityPickerPage::back);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { m_choose->setEnabled(current.isValid()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(backButton);
    buttons->addStretch(1);
    buttons->addWidget(m_choose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addWidget(title);
    layout->addWidget(warning);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void IdentityPickerPage::setIdentities(const Result<DemoIdentities> &identities)
{
    m_model->clear();
    m_identities.clear();
    if (!identities) {
        m_status->setText(tr("The demo identities could not be read: %1").arg(identities.error().message));
        return;
    }
    m_identities = identities->identities;
    for (const DemoIdentity &id : std::as_const(m_identities)) {
        auto *item = new QStandardItem(roleIcon(id.role), tr("%1 — %2").arg(roleLabel(id.role), id.displayName()));
        item->setToolTip(id.isUser() ? tr("User account %1 of %2, signs for it").arg(id.address, id.name)
                                     : tr("Unified social credit code %1, account %2").arg(id.code, id.address));
        m_model->appendRow(item);
    }
}

void IdentityPickerPage::setNetworkStatus(const QString &text)
{
    m_status->setText(text);
}

void IdentityPickerPage::choose()
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_identities.size())
        return;
    Q_EMIT chosen(m_identities.at(row));
}

} // namespace credit::ui
