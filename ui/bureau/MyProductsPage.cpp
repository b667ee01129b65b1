// SPDX-License-Identifier: Apache-2.0
#include "bureau/MyProductsPage.h"

#include "bureau/BureauProductsModel.h"
#include "bureau/ProductEditorDialog.h"
#include "desk/ActionError.h"
#include "desk/BureauDesk.h"
#include "desk/MarketReader.h"
#include "market/MarketRecords.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace credit::ui {

MyProductsPage::MyProductsPage(desk::MarketReader &reader, desk::BureauDesk &desk, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_desk(desk), m_tracker(&desk.productTransactions()),
      m_model(new BureauProductsModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("myProductsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BureauProductsModel::kSortRole);
    m_proxy->setFilterRole(BureauProductsModel::kListedRole);
    m_proxy->setFilterKeyColumn(BureauProductsModel::Status);
    buildLayout();

    connect(&m_reader, &desk::MarketReader::blocksCommitted, this, &MyProductsPage::refresh);
    connect(m_tracker, &desk::TransactionTracker::sent, this, [this](quint64 id, const QByteArray &, quint64 block) {
        showMessage(tr("Product %1: sent, in block %2. It is confirmed when the light node has verified that block.")
                        .arg(id)
                        .arg(block));
    });
    connect(m_tracker, &desk::TransactionTracker::confirmed, this, [this](quint64 id, quint64, bool succeeded) {
        m_model->setPendingText(id, {});
        refresh();
        if (succeeded)
            showMessage(tr("Product %1: confirmed in a verified block.").arg(id));
        else
            showMessage(
                tr("Product %1: the chain recorded the transaction as failed. Refresh and try again.").arg(id), true);
    });
    connect(m_tracker, &desk::TransactionTracker::failed, this, [this](quint64 id, const Error &error) {
        m_model->setPendingText(id, {});
        m_model->removeUnconfirmed(id);
        showMessage(tr("Product %1: %2").arg(id).arg(desk::describeActionError(error)), true);
        updateButtons();
    });
    refresh();
}

void MyProductsPage::buildLayout()
{
    m_new = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("New product…"), this);
    m_new->setObjectName(QStringLiteral("newProductButton"));
    m_new->setShortcut(QKeySequence::New);
    m_edit = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editProductButton"));
    m_delist = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delist…"), this);
    m_delist->setObjectName(QStringLiteral("delistProductButton"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("productStatusFilter"));
    m_statusFilter->addItem(tr("All products"), QString());
    m_statusFilter->addItem(tr("Listed"), QStringLiteral("listed"));
    m_statusFilter->addItem(tr("Delisted"), QStringLiteral("delisted"));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_statusFilter->currentData().toString();
        m_proxy->setFilterRegularExpression(status.isEmpty() ? QString() : QStringLiteral("^%1$").arg(status));
    });
    connect(m_new, &QPushButton::clicked, this, &MyProductsPage::createProduct);
    connect(m_edit, &QPushButton::clicked, this, &MyProductsPage::editProduct);
    connect(m_delist, &QPushButton::clicked, this, &MyProductsPage::delistProduct);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("myProductsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BureauProductsModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(BureauProductsModel::Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MyProductsPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &MyProductsPage::editProduct);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("myProductsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_delist);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_statusFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    updateButtons();
}

void MyProductsPage::refresh()
{
    if (!m_reader.isReady())
        return;
    auto products = m_reader.products(true);
    if (!products) {
        showMessage(tr("The local store cannot be read: %1").arg(products.error().message), true);
        return;
    }
    QList<market::ProductInfo> mine;
    m_allIds.clear();
    for (const market::ProductInfo &p : std::as_const(*products)) {
        m_allIds.insert(p.productId);
        if (p.bureau == m_reader.self())
            mine << p;
    }
    const quint64 selected = selectedRow() >= 0 ? m_model->product(selectedRow()).productId : 0;
    m_model->setProducts(std::move(mine));
    if (const int row = m_model->rowOf(selected); selected != 0 && row >= 0)
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    updateButtons();
}

int MyProductsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void MyProductsPage::updateButtons()
{
    const int row = selectedRow();
    const bool usable
        = row >= 0 && m_model->product(row).listed && !m_tracker->isPending(m_model->product(row).productId);
    m_edit->setEnabled(usable);
    m_delist->setEnabled(usable);
}

void MyProductsPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

void MyProductsPage::createProduct()
{
    quint64 next = 1;
    for (const quint64 id : std::as_const(m_allIds))
        next = std::max(next, id + 1);
    for (int row = 0; row < m_model->rowCount(); ++row)
        next = std::max(next, m_model->product(row).productId + 1);
    auto *dialog = new ProductEditorDialog(m_allIds, next, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { sendListing(dialog->listing()); });
    dialog->open();
}

void MyProductsPage::editProduct()
{
    const int row = selectedRow();
    if (row < 0 || !m_edit->isEnabled())
        return;
    auto *dialog = new ProductEditorDialog(m_model->product(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { sendUpdate(dialog->listing()); });
    dialog->open();
}

void MyProductsPage::delistProduct()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const market::ProductInfo product = m_model->product(row);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delist product"),
        tr("Delist \"%1\" (%2)? Banks can no longer order it; orders already placed are "
           "not affected. This cannot be undone.")
            .arg(product.name)
            .arg(product.productId),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("delistConfirmBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, this, [this, box, id = product.productId] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        if (m_desk.delistProduct(id))
            m_model->setPendingText(id, tr("Delisting…"));
        updateButtons();
    });
    box->open();
}

void MyProductsPage::sendListing(const market::calls::ProductListing &listing)
{
    if (!m_desk.listProduct(listing))
        return;
    market::ProductInfo shown;
    shown.productId = listing.productId;
    shown.bureau = m_reader.self();
    shown.series = listing.series;
    shown.name = listing.name;
    shown.description = listing.description;
    shown.deliveryFormat = listing.deliveryFormat;
    shown.priceFen = listing.priceFen;
    shown.slaHours = listing.slaHours;
    shown.authorisationRequired = listing.authorisationRequired;
    shown.listed = true;
    m_model->addUnconfirmed(shown);
    m_model->setPendingText(listing.productId, tr("Listing…"));
    showMessage(tr("Product %1: sending…").arg(listing.productId));
}

void MyProductsPage::sendUpdate(const market::calls::ProductListing &l)
{
    if (m_desk.updateProduct(l))
        m_model->setPendingText(l.productId, tr("Updating…"));
    updateButtons();
}

} // namespace credit::ui
