// SPDX-License-Identifier: Apache-2.0
// The bank's My orders screen over a large store (issue 5): 100,000 orders
// in the light store, half of them the signed-in bank's. Measures opening the
// page (query, model, first paint) and filtering (search, state), each as
// the median of several runs, with the bare SQL read of the same rows as the
// same-process reference. Figures only: no timed assertions.
#include "MedianMs.h"
#include "SyntheticOrderStore.h"
#include "bank/MyOrdersPage.h"
#include "desk/ChainBankDesk.h"
#include "crypto/Sm2Key.h"
#include "orders/OrderFilterProxy.h"
#include "orders/OrdersModel.h"
#include "desk/DeskSession.h"
#include "store/MarketQueries.h"
#include "common/TableStateKeeper.h"
#include "settings/TerminalSettings.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace credit;
using credit::bench::medianMs;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int orders = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const auto key = crypto::Sm2PrivateKey::generate().value();
    QElapsedTimer build;
    build.start();
    auto written = bench::writeSyntheticOrderStore(
        QDir(dir.path()).filePath(QStringLiteral("light.sqlite")), orders, key.address());
    if (!written) {
        std::fprintf(stderr, "bench_orders_view: %s\n", qPrintable(written.error().message));
        return 1;
    }
    std::printf("store               %d orders (%d of the signed-in bank), written in %.1f s\n", written->orders,
        written->ordersOfBank, double(build.elapsed()) / 1000.0);

    chain::NetworkProfile profile;
    profile.endpoints = { QStringLiteral("http://127.0.0.1:1/") }; // never started: the page reads the store only
    desk::DeskSession context(profile, desk::SigningKey(key), dir.path());
    desk::ChainBankDesk bank(context);
    auto db = context.reader().database();
    if (!db) {
        std::fprintf(stderr, "bench_orders_view: the store cannot be opened\n");
        return 1;
    }
    const int runs = 7;
    int rows = 0;
    const double bare = medianMs(runs, [&] {
        auto stmt = (**db).prepare(
            QStringLiteral("SELECT order_id, state, placed_at, product_id FROM orders WHERE bank = ?"));
        stmt->bind(1, key.address());
        rows = 0;
        while (stmt->step().value())
            ++rows;
    });
    market::OrderFilter mine;
    mine.bank = key.address();
    const double query = medianMs(runs, [&] { (void)store::MarketQueries((**db)).orders(mine); });
    double open = 0;
    {
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            ui::MyOrdersPage page(context.reader(), bank);
            page.resize(1280, 800);
            page.show();
            (void)page.grab(); // the first paint, synchronously
            times << double(t.nsecsElapsed()) / 1e6;
            rows = page.model().rowCount();
        }
        std::sort(times.begin(), times.end());
        open = times[times.size() / 2];
    }
    ui::MyOrdersPage page(context.reader(), bank);
    page.resize(1280, 800);
    page.show();
    (void)page.grab();
    int shown = 0;
    const double search = medianMs(runs, [&] {
        page.proxy().setSearchText(QStringLiteral("企业信用报告 7"));
        shown = page.proxy().rowCount();
        (void)page.grab();
        page.proxy().setSearchText(QString());
    });
    const double state = medianMs(runs, [&] {
        page.proxy().setStates({ market::OrderState::Delivered });
        shown = page.proxy().rowCount();
        (void)page.grab();
        page.proxy().setStates({});
    });

    // The SLA countdown's tick (every 30 s) repaints every row. With the table's
    // keeper attached, the columns are fitted again too (issue 10): the same tick
    // without the keeper, over columns fitted alike, is the reference.
    auto *table = page.findChild<QTableView *>(QStringLiteral("ordersTable"));
    table->resizeColumnsToContents();
    auto tick = [&page] {
        page.model().tick();
        QCoreApplication::processEvents(); // the keeper fits once the event loop is free
        (void)page.grab();
    };
    const double tickAlone = medianMs(runs, tick);
    ui::TerminalSettings settings(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat));
    ui::TableStateKeeper::attach(*table, settings);
    const double tickFitted = medianMs(runs, tick);

    std::printf("reference           bare SELECT of the bank's %d rows: %.1f ms\n", rows, bare);
    std::printf("query               MarketQueries::orders (joins for names): %.1f ms (%.1fx the bare read)\n", query,
        query / bare);
    std::printf("open                My orders page, query + model + first paint: %.1f ms (target < 300 ms)\n", open);
    std::printf("filter search       \"企业信用报告 7\" + repaint: %.1f ms (target < 100 ms)\n", search);
    std::printf("filter state        Delivered (%d rows) + repaint: %.1f ms (target < 100 ms)\n", shown, state);
    std::printf("countdown tick      repaint: %.1f ms; with the columns fitted again: %.1f ms (%.1fx)\n", tickAlone,
        tickFitted, tickFitted / tickAlone);
    return 0;
}
