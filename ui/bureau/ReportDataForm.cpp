// SPDX-License-Identifier: Apache-2.0
#include "bureau/ReportDataForm.h"

#include "bureau/ReportDataErrorText.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace credit::ui {

namespace {
//! A whole number as a JSON number; anything else stays text, so the check names it.
QJsonValue cellValue(const QString &text, bool number)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    bool ok = false;
    const qlonglong n = t.toLongLong(&ok);
    return number && ok ? QJsonValue(double(n)) : QJsonValue(t);
}
} // namespace

ReportDataForm::ReportDataForm(report::ReportSubject subject, QDate today, QWidget *parent)
    : QDialog(parent), m_subject(std::move(subject)), m_today(today)
{
    setObjectName(QStringLiteral("reportDataForm"));
    setWindowTitle(tr("Report data — %1").arg(m_subject.enterpriseName));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reportDataFormTabs"));
    const QString date = tr("YYYY-MM-DD");
    tabs->addTab(
        scalarPage(QStringLiteral("enterprise"),
            { { QStringLiteral("legalRepresentative"), tr("Legal representative") },
                { QStringLiteral("registeredCapitalYuan"), tr("Registered capital (yuan)"), true },
                { QStringLiteral("founded"), tr("Founded (%1)").arg(date) },
                { QStringLiteral("enterpriseType"), tr("Enterprise type") },
                { QStringLiteral("status"), tr("Registration status") }, { QStringLiteral("industry"), tr("Industry") },
                { QStringLiteral("address"), tr("Registered address") } }),
        tr("Basic information"));
    tabs->addTab(scalarPage(QStringLiteral("operations"),
                     { { QStringLiteral("revenueBand"), tr("Revenue band") },
                         { QStringLiteral("employees"), tr("Employees"), true },
                         { QStringLiteral("insuredEmployees"), tr("Employees with social insurance"), true },
                         { QStringLiteral("branches"), tr("Branches"), true },
                         { QStringLiteral("mainBusiness"), tr("Main business") },
                         { QStringLiteral("premisesType"), tr("Premises") } }),
        tr("Operations"));
    const QString none = tr("Leave the table empty when the bureau found no records.");
    tabs->addTab(listPage(QStringLiteral("judicialCases"),
                     { { QStringLiteral("caseNumber"), tr("Case number") }, { QStringLiteral("cause"), tr("Cause") },
                         { QStringLiteral("role"), tr("Role") }, { QStringLiteral("court"), tr("Court") },
                         { QStringLiteral("filed"), tr("Filed (%1)").arg(date) },
                         { QStringLiteral("amountYuan"), tr("Amount (yuan)"), true },
                         { QStringLiteral("status"), tr("Status") } },
                     tr("Role: one of %1. %2").arg(report::caseRoles().join(QStringLiteral("、")), none)),
        tr("Judicial"));
    tabs->addTab(listPage(QStringLiteral("taxRatings"),
                     { { QStringLiteral("year"), tr("Year"), true }, { QStringLiteral("grade"), tr("Grade") } },
                     tr("Grade: one of %1. %2").arg(report::taxGrades().join(QStringLiteral("、")), none)),
        tr("Tax ratings"));
    tabs->addTab(
        listPage(QStringLiteral("taxArrears"),
            { { QStringLiteral("taxKind"), tr("Tax") }, { QStringLiteral("amountYuan"), tr("Amount (yuan)"), true },
                { QStringLiteral("since"), tr("Since (%1)").arg(date) } },
            none),
        tr("Tax arrears"));
    tabs->addTab(listPage(QStringLiteral("utilityPayments"),
                     { { QStringLiteral("kind"), tr("Kind") }, { QStringLiteral("period"), tr("Month (YYYY-MM)") },
                         { QStringLiteral("amountYuan"), tr("Amount (yuan)"), true },
                         { QStringLiteral("daysLate"), tr("Days late"), true } },
                     none),
        tr("Utilities"));
    tabs->addTab(
        listPage(QStringLiteral("loans"),
            { { QStringLiteral("lender"), tr("Lender") }, { QStringLiteral("kind"), tr("Kind") },
                { QStringLiteral("amountYuan"), tr("Amount (yuan)"), true },
                { QStringLiteral("start"), tr("Start (%1)").arg(date) },
                { QStringLiteral("maturity"), tr("Maturity (%1)").arg(date) },
                { QStringLiteral("classification"), tr("Five-tier classification") } },
            tr("Classification: one of %1. %2").arg(report::loanClassifications().join(QStringLiteral("、")), none)),
        tr("Loans"));
    tabs->addTab(listPage(QStringLiteral("guarantees"),
                     { { QStringLiteral("beneficiary"), tr("Beneficiary") }, { QStringLiteral("kind"), tr("Kind") },
                         { QStringLiteral("amountYuan"), tr("Amount (yuan)"), true },
                         { QStringLiteral("maturity"), tr("Maturity (%1)").arg(date) } },
                     none),
        tr("Guarantees"));
    tabs->addTab(listPage(QStringLiteral("riskWarnings"),
                     { { QStringLiteral("level"), tr("Level") }, { QStringLiteral("text"), tr("Finding") } },
                     tr("Level: notice, attention or serious. %1").arg(none)),
        tr("Risk warnings"));

    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("reportDataFormProblems"));
    m_problems->setHeaderLabels({ tr("Field"), tr("Problem") });
    m_problems->setRootIsDecorated(false);
    m_problems->setWordWrap(true);
    m_problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents); // whole problems; scrolls sideways
    m_problems->header()->setStretchLastSection(false);
    m_problems->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("reportDataFormButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Check and use"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDataForm::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *subjectLabel = new QLabel(tr("Enterprise: %1 — unified social credit code %2 (from the order)")
                                        .arg(m_subject.enterpriseName, m_subject.creditCode),
        this);
    subjectLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(subjectLabel);
    layout->addWidget(tabs, 3);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(860, 620);
}

QWidget *ReportDataForm::scalarPage(const QString &section, const QList<Column> &fields)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    for (const Column &f : fields) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QStringLiteral("form_%1_%2").arg(section, f.key));
        if (f.number)
            edit->setValidator(
                new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,16}")), edit));
        form->addRow(f.label, edit);
        m_scalars.insert(section + u'.' + f.key, edit);
    }
    return page;
}

QWidget *ReportDataForm::listPage(const QString &list, const QList<Column> &columns, const QString &hint)
{
    auto *page = new QWidget;
    auto *table = new QTableWidget(0, int(columns.size()), page);
    table->setObjectName(QStringLiteral("form_%1").arg(list));
    QStringList labels;
    for (const Column &c : columns)
        labels << c.label;
    table->setHorizontalHeaderLabels(labels);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *add = new QPushButton(tr("Add row"), page);
    add->setObjectName(QStringLiteral("form_%1_add").arg(list));
    auto *remove = new QPushButton(tr("Remove row"), page);
    remove->setObjectName(QStringLiteral("form_%1_remove").arg(list));
    connect(add, &QPushButton::clicked, table, [table] {
        table->insertRow(table->rowCount());
        table->setCurrentCell(table->rowCount() - 1, 0);
    });
    connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    auto *note = new QLabel(hint, page);
    note->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(remove);
    bar->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    layout->addLayout(bar);
    m_lists.insert(list, { table, columns });
    return page;
}

QJsonObject ReportDataForm::document() const
{
    QJsonObject root { { QStringLiteral("type"), QLatin1String(report::kReportDataType) },
        { QStringLiteral("schemaVersion"), report::kReportDataSchemaVersion1 } };
    QJsonObject enterprise { { QStringLiteral("name"), m_subject.enterpriseName },
        { QStringLiteral("creditCode"), m_subject.creditCode } };
    QJsonObject operations;
    for (auto it = m_scalars.cbegin(); it != m_scalars.cend(); ++it) {
        const QString section = it.key().section(u'.', 0, 0);
        const QString key = it.key().section(u'.', 1);
        const bool number = it.value()->validator() != nullptr;
        const QJsonValue v = cellValue(it.value()->text(), number);
        if (v.isUndefined())
            continue; // left empty: the check says it is missing
        (section == QLatin1String("enterprise") ? enterprise : operations).insert(key, v);
    }
    root.insert(QStringLiteral("enterprise"), enterprise);
    root.insert(QStringLiteral("operations"), operations);
    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it) {
        const auto &[table, columns] = it.value();
        QJsonArray rows;
        for (int r = 0; r < table->rowCount(); ++r) {
            QJsonObject row;
            for (int c = 0; c < columns.size(); ++c) {
                const QTableWidgetItem *cell = table->item(r, c);
                const QJsonValue v = cellValue(cell ? cell->text() : QString(), columns.at(c).number);
                if (!v.isUndefined())
                    row.insert(columns.at(c).key, v);
            }
            rows.append(row);
        }
        root.insert(it.key(), rows);
    }
    return root;
}

void ReportDataForm::check()
{
    report::ReportDataCheck result = report::parseReportData(QJsonDocument(document()).toJson(), m_subject, m_today);
    m_problems->clear();
    for (const report::FieldError &e : std::as_const(result.errors)) {
        auto *row = new QTreeWidgetItem(m_problems, { ReportDataErrorText::field(e), ReportDataErrorText::problem(e) });
        row->setToolTip(1, row->text(1));
    }
    m_problems->setVisible(!result.errors.isEmpty());
    if (!result.ok())
        return;
    m_data = std::move(result.data);
    accept();
}

} // namespace credit::ui
