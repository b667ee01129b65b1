// SPDX-License-Identifier: Apache-2.0
#include "regulator/OrderBrowserPage.h"
#include "icons/ActionIcons.h"
#include "common/PageSearch.h"

#include "common/FileChooser.h"
#include "common/HexText.h"
#include "desk/MarketReader.h"
#include "desk/RegulatorDesk.h"
#include "orders/OrderDetailsPanel.h"
#include "regulator/OrderBrowserModel.h"

#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace credit::ui {

namespace {
constexpr int kSearchDelayMs = 300;
}

OrderBrowserPage::OrderBrowserPage(desk::MarketReader &reader, desk::RegulatorDesk &desk, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_desk(desk), m_model(new OrderBrowserModel(desk, this)),
      m_search(new QLineEdit(this)), m_searchDelay(new QTimer(this)), m_chip(new QPushButton(this)),
      m_refresh(new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this)),
      m_export(new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export CSV…"), this)),
      m_decrypt(new QPushButton(themedIcon(QStringLiteral("credit-decrypt")), tr("Decrypt requests…"), this)),
      m_summary(new QLabel(this)), m_privacyNote(new QLabel(this)), m_message(new QLabel(this)),
      m_table(new QTableView(this)), m_details(new OrderDetailsPanel(this))
{
    setObjectName(QStringLiteral("orderBrowserPage"));
    m_search->setObjectName(QStringLiteral("browserSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Enterprise name or credit code, or an order id"));
    markPageSearch(m_search);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_searchDelay, &QTimer::timeout, this, [this] { search(m_search->text()); });
    m_chip->setObjectName(QStringLiteral("browserNarrowing"));
    m_chip->setToolTip(tr("Show every order again"));
    m_chip->hide();
    connect(m_chip, &QPushButton::clicked, this, &OrderBrowserPage::clearNarrowing);
    m_refresh->setObjectName(QStringLiteral("browserRefresh"));
    m_refresh->setToolTip(tr("Read the list again, with the blocks verified since"));
    connect(m_refresh, &QPushButton::clicked, m_model, &OrderBrowserModel::reload);
    m_export->setObjectName(QStringLiteral("browserExportCsv"));
    m_export->setToolTip(tr("Write every order of this view (all pages) to a CSV file for Excel"));
    connect(m_export, &QPushButton::clicked, this, &OrderBrowserPage::chooseCsvFile);
    m_decrypt->setObjectName(QStringLiteral("browserDecrypt"));
    m_decrypt->setToolTip(tr("Fetch and decrypt the request of every order not decrypted yet (kept encrypted on this "
                             "computer)"));
    connect(m_decrypt, &QPushButton::clicked, this, &OrderBrowserPage::decryptRequests);

    m_summary->setObjectName(QStringLiteral("browserSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_privacyNote->setObjectName(QStringLiteral("browserNotDecrypted"));
    m_privacyNote->setWordWrap(true);
    m_privacyNote->hide();
    m_message->setObjectName(QStringLiteral("browserMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_table->setObjectName(QStringLiteral("browserTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(OrderBrowserModel::Id, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OrderBrowserModel::Enterprise, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSortIndicator(OrderBrowserModel::Id, Qt::DescendingOrder);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (!OrderBrowserModel::sortKey(column)) {
            // Series and letter do not sort: the indicator goes back to the column the rows are sorted by.
            for (int c = 0; c < OrderBrowserModel::ColumnCount; ++c)
                if (OrderBrowserModel::sortKey(c) == m_model->query().sortBy)
                    m_table->horizontalHeader()->setSortIndicator(
                        c, m_model->query().ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        }
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrderBrowserPage::onSelectionChanged);
    connect(m_model, &OrderBrowserModel::loaded, this, &OrderBrowserPage::onLoaded);
    connect(m_model, &OrderBrowserModel::failed, this, [this](const QString &message) {
        m_listed = false;
        showMessage(tr("The orders cannot be listed: %1").arg(message), true);
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_details, &OrderDetailsPanel::clear);
    connect(&m_desk, &desk::RegulatorDesk::figuresChanged, this, [this] {
        // Nothing listed yet (a first sign-in syncs the store after the page
        // asked): list now. Otherwise the rows stay put until the user refreshes.
        if (!m_listed) {
            m_model->reload();
            return;
        }
        m_summary->setText(
            m_summaryText + QLatin1Char(' ') + tr("New blocks are verified: Refresh to include their orders."));
    });
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_export->setEnabled(true);
        if (m_progress)
            m_progress->deleteLater();
        const QString path = m_exportWatcher.property("path").toString();
        const Result<qint64> written = m_exportWatcher.result();
        const QString message = written
            ? tr("%n order(s) written to %1.", nullptr, int(std::min<qint64>(*written, INT_MAX)))
                  .arg(QDir::toNativeSeparators(path))
            : tr("The CSV file was not written: %1").arg(written.error().message);
        showMessage(message, !written);
        Q_EMIT csvExported(path, written ? *written : -1, message);
    });
    connect(&m_decryptWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_decrypt->setEnabled(true);
        if (m_progress)
            m_progress->deleteLater();
        QString message;
        bool error = false;
        if (m_decryptWatcher.isCanceled()) {
            message = tr("Decryption stopped. The requests decrypted so far are kept; Decrypt requests… goes on "
                         "from there.");
        } else if (const Result<market::DecryptionSummary> summary = m_decryptWatcher.result(); !summary) {
            message = tr("The requests cannot be decrypted: %1").arg(summary.error().message);
            error = true;
        } else {
            message = tr("%1 request(s) decrypted now, %2 were already decrypted, %3 could not be fetched or opened.")
                          .arg(summary->decrypted)
                          .arg(summary->alreadyKept)
                          .arg(summary->failed);
            if (summary->failed > 0) {
                message += QLatin1Char(' ')
                    + tr("They are tried again next time. The first: %1").arg(summary->firstFailure);
                error = true;
            }
        }
        showMessage(message, error);
        m_model->reload();
        Q_EMIT decryptionFinished(message);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_chip);
    bar->addWidget(m_refresh);
    bar->addWidget(m_export);
    bar->addWidget(m_decrypt);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_privacyNote);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    // Enabling sorting asks the model for the indicator's order: the first page.
    m_table->setSortingEnabled(true);
}

OrderBrowserPage::~OrderBrowserPage() = default;

void OrderBrowserPage::search(const QString &text)
{
    m_searchDelay->stop();
    if (m_search->text() != text) {
        const QSignalBlocker quiet(m_search);
        m_search->setText(text);
    }
    market::BrowserQuery query = m_model->query();
    if (query.search == text.trimmed())
        return;
    query.search = text.trimmed();
    m_model->setQuery(query);
}

void OrderBrowserPage::showFigure(
    const market::SupervisionFilter &filter, const market::FigureRef &figure, const QString &caption)
{
    market::BrowserQuery query = m_model->query();
    query.filter = filter;
    query.figure = figure;
    query.settings = m_settings;
    query.orderIds.clear();
    narrow(query, caption);
}

void OrderBrowserPage::showOrderIds(const QList<quint64> &ids, const QString &caption)
{
    if (ids.isEmpty()) {
        showMessage(tr("“%1” names no orders.").arg(caption), true);
        return;
    }
    market::BrowserQuery query = m_model->query();
    query.filter = {};
    query.figure.reset();
    query.orderIds = ids;
    narrow(query, caption);
}

void OrderBrowserPage::narrow(const market::BrowserQuery &narrowed, const QString &caption)
{
    market::BrowserQuery query = narrowed;
    query.search.clear(); // exactly the orders behind the figure, not a search among them
    {
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    m_caption = caption;
    m_chip->setText(tr("Showing: %1 ✕").arg(caption));
    m_chip->show();
    m_message->hide();
    m_model->setQuery(query);
}

void OrderBrowserPage::clearNarrowing()
{
    market::BrowserQuery query = m_model->query();
    query.filter = {};
    query.figure.reset();
    query.orderIds.clear();
    m_caption.clear();
    m_chip->hide();
    m_model->setQuery(query);
}

void OrderBrowserPage::setAnomalySettings(const market::AnomalySettings &settings)
{
    m_settings = settings;
}

void OrderBrowserPage::onLoaded()
{
    if (!m_listed) { // the first list, or the first since a failure: its message is out of date
        m_listed = true;
        showMessage(QString(), false);
    }
    const market::Provenance &p = m_model->provenance();
    QString summary = m_caption.isEmpty()
        ? tr("%n order(s) on the chain", nullptr, int(std::min<qint64>(m_model->total(), INT_MAX)))
        : tr("%n order(s) behind this figure", nullptr, int(std::min<qint64>(m_model->total(), INT_MAX)));
    if (!m_model->query().search.isEmpty())
        summary = tr("%n order(s) match “%1”", nullptr, int(std::min<qint64>(m_model->total(), INT_MAX)))
                      .arg(m_model->query().search);
    if (p.headBlock > 0)
        summary += QStringLiteral(" · ") // not Latin-1: the dot is U+00B7, two bytes in UTF-8
            + tr("blocks %1–%2, head %3").arg(p.firstBlock).arg(p.headBlock).arg(prefixedHexText(p.headHash));
    m_summaryText = summary;
    m_summary->setText(summary);
    const qint64 notDecrypted = p.orders - p.decryptedOrders;
    m_privacyNote->setVisible(notDecrypted > 0);
    if (notDecrypted > 0)
        m_privacyNote->setText(
            tr("The requests of %1 of the %2 orders are not decrypted yet: their enterprise, credit code, region and "
               "letter columns are empty, and a search by enterprise cannot find them. Use Decrypt requests….")
                .arg(notDecrypted)
                .arg(p.orders));
}

void OrderBrowserPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    market::OrderFilter filter;
    filter.orderId = m_model->orderAt(rows.first().row()).orderId;
    auto found = m_reader.orders(filter);
    if (!found || found->isEmpty()) {
        m_details->clear();
        showMessage(found ? tr("Order %1 is not in the local store yet.").arg(filter.orderId)
                          : tr("The local store cannot be read: %1").arg(found.error().message),
            true);
        return;
    }
    if (auto shown = m_details->showOrderFrom(m_reader, found->first()); !shown)
        showMessage(
            tr("The timeline of order %1 cannot be read: %2").arg(filter.orderId).arg(shown.error().message), true);
}

void OrderBrowserPage::chooseCsvFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const FileChoice choice { tr("Export the orders as CSV"), QDir(folder).filePath(QStringLiteral("orders.csv")),
        tr("CSV for Excel (*.csv)"), QFileDialog::AcceptSave };
    chooseFile(this, choice, [this](const QString &path) { exportCsvTo(path); });
}

void OrderBrowserPage::exportCsvTo(const QString &path)
{
    if (m_exportWatcher.isRunning())
        return;
    m_export->setEnabled(false);
    m_progress = new QProgressDialog(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), QString(), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("browserExportProgress"));
    m_progress->setWindowTitle(tr("Export CSV"));
    m_progress->setMinimumDuration(300);
    m_exportWatcher.setProperty("path", path);
    m_exportWatcher.setFuture(m_desk.exportCsv(m_model->query(), path));
}

void OrderBrowserPage::decryptRequests()
{
    if (m_decryptWatcher.isRunning())
        return;
    m_decrypt->setEnabled(false);
    auto *progress = new QProgressDialog(tr("Fetching and decrypting the orders' requests…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("browserDecryptProgress"));
    progress->setWindowTitle(tr("Decrypt requests"));
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, &m_decryptWatcher, &QFutureWatcherBase::cancel);
    connect(&m_decryptWatcher, &QFutureWatcherBase::progressRangeChanged, progress, &QProgressDialog::setRange);
    connect(&m_decryptWatcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    m_progress = progress;
    m_decryptWatcher.setFuture(m_desk.decryptRequests());
}

void OrderBrowserPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace credit::ui
