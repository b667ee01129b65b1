// SPDX-License-Identifier: Apache-2.0
#include "catalogue/ProductCatalogueModel.h"
#include "catalogue/ProductCataloguePage.h"
#include "catalogue/ProductFilterProxy.h"
#include "catalogue/ProductSheet.h"
#include "common/EmptyListNotice.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace credit;
using ui::ProductCatalogueModel;

namespace {
market::ProductInfo product(quint64 id, char bureau, const QString &bureauName, market::Series series,
    const QString &name, quint64 priceFen, const QString &description = QString())
{
    market::ProductInfo p;
    p.productId = id;
    p.bureau = QByteArray(20, bureau);
    p.bureauName = bureauName;
    p.series = series;
    p.name = name;
    p.description = description;
    p.priceFen = priceFen;
    p.slaHours = 24;
    p.deliveryFormat = QStringLiteral("PDF");
    p.listed = true;
    return p;
}

QList<market::ProductInfo> sample()
{
    return { product(1, 'a', QStringLiteral("上海浦江资信"), market::Series::Liantong, QStringLiteral("企业信用报告"),
                 90000),
        product(2, 'a', QStringLiteral("上海浦江资信"), market::Series::Lianrong, QStringLiteral("供应链融资评估"),
            5000, QStringLiteral("应收账款 穿透")),
        product(3, 'b', QStringLiteral("深圳鹏城征信"), market::Series::Lianfu, QStringLiteral("企业简版报告"), 12000),
        product(4, 'b', QString(), market::Series::Liantong, QStringLiteral("司法风险报告"), 30000) };
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, ProductCatalogueModel::Name).data().toString();
    return out;
}
} // namespace

class TestProductCatalogue final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelPassesTheTester()
    {
        ProductCatalogueModel model;
        ui::ProductFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProducts(sample());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ProductCatalogueModel::ColumnCount));
        QCOMPARE(model.index(0, ProductCatalogueModel::Series).data().toString(), QStringLiteral("链通"));
        QCOMPARE(model.index(3, ProductCatalogueModel::Bureau).data().toString(),
            QStringLiteral("0x") + QString::fromLatin1(QByteArray(20, 'b').toHex()));
        QVERIFY(model.index(0, ProductCatalogueModel::Price).data().toString().contains(QStringLiteral("900")));
        proxy.setSearchText(QStringLiteral("报告"));
        proxy.sort(ProductCatalogueModel::Price, Qt::DescendingOrder);
        model.setProducts({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void filtersAndSorting()
    {
        ProductCatalogueModel model;
        ui::ProductFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setProducts(sample());
        proxy.sort(ProductCatalogueModel::Price, Qt::AscendingOrder); // by fen, not by text
        QCOMPARE(names(proxy),
            (QStringList { QStringLiteral("供应链融资评估"), QStringLiteral("企业简版报告"),
                QStringLiteral("司法风险报告"), QStringLiteral("企业信用报告") }));
        proxy.setSeries(market::Series::Liantong);
        QCOMPARE(names(proxy), (QStringList { QStringLiteral("司法风险报告"), QStringLiteral("企业信用报告") }));
        proxy.setBureau(QByteArray(20, 'a'));
        QCOMPARE(names(proxy), QStringList { QStringLiteral("企业信用报告") });
        proxy.setSeries(std::nullopt);
        proxy.setBureau({});
        proxy.setSearchText(QStringLiteral("鹏城")); // bureau name
        QCOMPARE(names(proxy), QStringList { QStringLiteral("企业简版报告") });
        proxy.setSearchText(QStringLiteral("穿透")); // description
        QCOMPARE(names(proxy), QStringList { QStringLiteral("供应链融资评估") });
        proxy.setSearchText(QStringLiteral("nothing like this"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void pageWiresItsFilters()
    {
        ui::ProductCataloguePage page;
        page.setProducts(sample());
        auto *table = page.findChild<QTableView *>(QStringLiteral("catalogueTable"));
        auto *bureau = page.findChild<QComboBox *>(QStringLiteral("bureauFilter"));
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(bureau->count(), 4); // all + three distinct bureaus
        page.findChild<QLineEdit *>(QStringLiteral("catalogueSearch"))
            ->setText(QStringLiteral("报告")); // keyClicks is ASCII-only
        QCOMPARE(table->model()->rowCount(), 3);
        auto *series = page.findChild<QComboBox *>(QStringLiteral("seriesFilter"));
        series->setCurrentIndex(series->findData(int(market::Series::Lianfu)));
        QCOMPARE(names(*table->model()), QStringList { QStringLiteral("企业简版报告") });
    }

    void sheetReadsLikeAProductSheet()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // digit grouping as in English
        QList<market::ProductInfo> products = sample();
        products[0].priceFen = 168000;
        products[0].slaHours = 48;
        products[0].authorisationRequired = true;
        products[0].description = QStringLiteral("工商、司法、信贷记录");
        products[1].partnerBureaus = { QByteArray(20, 'b'), QByteArray(20, 'c') };
        products[1].partnerBureauNames = { QStringLiteral("深圳鹏城征信"), QString() };
        ui::ProductCataloguePage page;
        page.resize(900, 700);
        page.setProducts(products);
        page.show();
        auto *table = page.findChild<QTableView *>(QStringLiteral("catalogueTable"));
        auto *sheet = page.findChild<ui::ProductSheet *>(QStringLiteral("productDetails"));
        QVERIFY(sheet);
        QVERIFY(sheet->findChild<QLabel *>(QStringLiteral("productSheetEmpty"))->isVisible());

        const auto choose = [&](const QString &name) {
            for (int row = 0; row < table->model()->rowCount(); ++row)
                if (table->model()->index(row, ProductCatalogueModel::Name).data().toString() == name)
                    table->setCurrentIndex(table->model()->index(row, 0));
        };
        choose(QStringLiteral("企业信用报告"));
        QCOMPARE(
            sheet->findChild<QLabel *>(QStringLiteral("productSheetTitle"))->text(), QStringLiteral("企业信用报告"));
        QCOMPARE(sheet->field(QStringLiteral("price")), QStringLiteral("¥1,680.00"));
        // The table shows the same price the same way.
        QCOMPARE(table->model()->index(table->currentIndex().row(), ProductCatalogueModel::Price).data().toString(),
            QStringLiteral("¥1,680.00"));
        QCOMPARE(sheet->field(QStringLiteral("series")), QStringLiteral("链通"));
        QCOMPARE(sheet->field(QStringLiteral("bureau")), QStringLiteral("上海浦江资信"));
        QVERIFY(sheet->field(QStringLiteral("sla")).contains(QStringLiteral("48")));
        QCOMPARE(sheet->field(QStringLiteral("format")), QStringLiteral("PDF"));
        QVERIFY(sheet->field(QStringLiteral("letter")).startsWith(QStringLiteral("Required")));
        QVERIFY(sheet->findChild<QLabel *>(QStringLiteral("productSheetDescription"))->isVisible());
        // 链通 has no partner bureaus: no such row.
        QVERIFY(!sheet->findChild<QLabel *>(QStringLiteral("productSheet_partners"))->isVisible());
        QVERIFY(!sheet->findChild<QLabel *>(QStringLiteral("productSheetEmpty"))->isVisible());

        choose(QStringLiteral("供应链融资评估"));
        QCOMPARE(sheet->field(QStringLiteral("price")), QStringLiteral("¥50.00"));
        QCOMPARE(sheet->field(QStringLiteral("letter")), QStringLiteral("Not needed"));
        auto *partners = sheet->findChild<QLabel *>(QStringLiteral("productSheet_partners"));
        QVERIFY(partners->isVisible());
        // A named partner by name, one not (yet) registered by its address.
        QCOMPARE(
            partners->text(), QStringLiteral("深圳鹏城征信\n0x") + QString::fromLatin1(QByteArray(20, 'c').toHex()));
        QLocale::setDefault(QLocale::system());
    }

    void emptyCatalogueSaysWhyAndClearsItsFilters()
    {
        ui::ProductCataloguePage page;
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *notice = page.findChild<ui::EmptyListNotice *>(QStringLiteral("emptyListNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(),
            QStringLiteral("No products yet — they appear here once the chain is read and bureaus list them."));
        QVERIFY(notice->clearButton()->isHidden());

        page.setProducts(sample());
        QVERIFY(notice->text().isEmpty());
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("catalogueSearch"));
        QTest::keyClicks(search, QStringLiteral("zzz"));
        QCOMPARE(notice->text(), QStringLiteral("No products match “zzz”."));
        QVERIFY(notice->clearButton()->isVisible());
        search->clear();
        auto *series = page.findChild<QComboBox *>(QStringLiteral("seriesFilter"));
        auto *bureau = page.findChild<QComboBox *>(QStringLiteral("bureauFilter"));
        series->setCurrentIndex(series->findData(int(market::Series::Lianfu)));
        bureau->setCurrentIndex(bureau->findText(QStringLiteral("上海浦江资信"))); // it lists no Lianfu product
        QCOMPARE(notice->text(), QStringLiteral("No products match the chosen series and bureau."));
        QTest::keyClicks(search, QStringLiteral("zzz"));
        QTest::mouseClick(notice->clearButton(), Qt::LeftButton);
        QCOMPARE(search->text(), QString());
        QCOMPARE(series->currentIndex(), 0);
        QCOMPARE(bureau->currentIndex(), 0);
        QCOMPARE(page.findChild<QTableView *>(QStringLiteral("catalogueTable"))->model()->rowCount(), 4);
        QVERIFY(notice->text().isEmpty());
    }
};

QTEST_MAIN(TestProductCatalogue)
#include "TestProductCatalogue.moc"
