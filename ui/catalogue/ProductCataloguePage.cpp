// SPDX-License-Identifier: Apache-2.0
#include "catalogue/ProductCataloguePage.h"
#include "common/EmptyListNotice.h"
#include "icons/ActionIcons.h"
#include "common/ListActions.h"
#include "common/PageSearch.h"

#include "catalogue/ProductCatalogueModel.h"
#include "catalogue/ProductFilterProxy.h"
#include "catalogue/ProductSheet.h"

#include <QLabel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace credit::ui {

ProductCataloguePage::ProductCataloguePage(QWidget *parent)
    : QWidget(parent), m_model(new ProductCatalogueModel(this)), m_proxy(new ProductFilterProxy(this)),
      m_search(new QLineEdit(this)), m_series(new QComboBox(this)), m_bureau(new QComboBox(this)),
      m_table(new QTableView(this)), m_details(new ProductSheet(this)),
      m_order(new QPushButton(themedIcon(QStringLiteral("document-new")), tr("Place order…"), this))
{
    m_order->setObjectName(QStringLiteral("placeOrderButton"));
    m_order->setEnabled(false);
    m_order->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_order->setToolTip(tr("Order a report of the selected product for an enterprise (Ctrl+N)"));
    connect(m_order, &QPushButton::clicked, this, [this] {
        if (const quint64 id = selectedProduct())
            Q_EMIT orderRequested(id);
    });
    setObjectName(QStringLiteral("productCataloguePage"));
    m_proxy->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    m_search->setPlaceholderText(tr("Search products, bureaus and descriptions"));
    m_search->setClearButtonEnabled(true);
    markPageSearch(m_search);
    m_series->setObjectName(QStringLiteral("seriesFilter"));
    m_series->addItem(tr("All series"), 0);
    for (const auto series : { market::Series::Liantong, market::Series::Lianrong, market::Series::Lianfu })
        m_series->addItem(market::seriesName(series), static_cast<int>(series));
    m_bureau->setObjectName(QStringLiteral("bureauFilter"));
    rebuildBureauFilter({});

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ProductFilterProxy::setSearchText);
    connect(m_series, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_series->currentData().toInt();
        m_proxy->setSeries(value == 0 ? std::nullopt : market::seriesFromNumber(static_cast<quint64>(value)));
    });
    connect(m_bureau, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setBureau(m_bureau->currentData().toByteArray()); });

    m_table->setObjectName(QStringLiteral("catalogueTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProductCatalogueModel::Series, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ProductCatalogueModel::Name, QHeaderView::Stretch);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProductCataloguePage::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { m_order->setEnabled(selectedProduct() != 0); });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (const quint64 id = selectedProduct())
            Q_EMIT orderRequested(id);
    });
    auto *empty = new EmptyListNotice(
        m_table, tr("No products yet — they appear here once the chain is read and bureaus list them."));
    empty->setFilters(
        m_search, tr("No products match “%1”."), tr("No products match the chosen series and bureau."), [this] {
            m_series->setCurrentIndex(0);
            m_bureau->setCurrentIndex(0);
        });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_series);
    filters->addWidget(m_bureau);
    filters->addWidget(m_order);
    auto *listActions = new ListActions(m_table, tr("Product catalogue"), this);
    filters->addWidget(listActions->countLabel());
    filters->addWidget(listActions->exportButton());
    filters->addWidget(listActions->printButton());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
}

void ProductCataloguePage::setProducts(const QList<market::ProductInfo> &products)
{
    // Keep the user's place across a refresh from new blocks.
    const quint64 selected = selectedProduct();
    m_products = products;
    m_model->setProducts(products);
    rebuildBureauFilter(products);
    for (int row = 0; selected && row < m_proxy->rowCount(); ++row)
        if (m_model->product(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).productId == selected)
            m_table->selectRow(row);
}

void ProductCataloguePage::rebuildBureauFilter(const QList<market::ProductInfo> &products)
{
    const QByteArray current = m_bureau->currentData().toByteArray();
    QMap<QString, QByteArray> bureaus; // sorted by name for the list
    for (const auto &p : products)
        bureaus.insert(
            p.bureauName.isEmpty() ? QStringLiteral("0x") + QString::fromLatin1(p.bureau.toHex()) : p.bureauName,
            p.bureau);
    const QSignalBlocker block(m_bureau);
    m_bureau->clear();
    m_bureau->addItem(tr("All bureaus"), QByteArray());
    for (auto it = bureaus.cbegin(); it != bureaus.cend(); ++it)
        m_bureau->addItem(it.key(), it.value());
    m_bureau->setCurrentIndex(qMax(0, m_bureau->findData(current)));
    m_proxy->setBureau(m_bureau->currentData().toByteArray());
}

quint64 ProductCataloguePage::selectedProduct() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? m_model->product(current.row()).productId : 0;
}

void ProductCataloguePage::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    m_details->setProduct(m_model->product(current.row()),
        m_model->index(current.row(), ProductCatalogueModel::Bureau).data().toString());
}

} // namespace credit::ui
