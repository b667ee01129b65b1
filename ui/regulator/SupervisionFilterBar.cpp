// SPDX-License-Identifier: Apache-2.0
#include "regulator/SupervisionFilterBar.h"

#include "regulator/ChoiceButton.h"
#include "regulator/RegulatorSettings.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace credit::ui {

namespace {

// The engine counts days in China time; so does the filter.
const QTimeZone kChina(8 * 3600);
// The date edits' minimum, shown as "any".
const QDate kAnyDate(2000, 1, 1);

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(SupervisionFilterBar::tr("any"));
    edit->setDate(kAnyDate);
    return edit;
}

qint64 startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), kChina).toMSecsSinceEpoch();
}

QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, kChina).date();
}

QList<Choice> choicesOf(const QList<market::GroupCount> &groups)
{
    QList<Choice> choices;
    for (const market::GroupCount &g : groups)
        choices << Choice { g.key, g.label };
    return choices;
}

QString accountKey(const QByteArray &account)
{
    return u"0x"_s + QString::fromLatin1(account.toHex());
}

QList<QByteArray> accountsOf(const QStringList &keys)
{
    QList<QByteArray> accounts;
    for (const QString &key : keys)
        accounts << QByteArray::fromHex(key.mid(key.startsWith(u"0x"_s) ? 2 : 0).toLatin1());
    return accounts;
}

} // namespace

SupervisionFilterBar::SupervisionFilterBar(RegulatorSettings *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_from(dateEdit(this, u"filterFrom"_s)), m_to(dateEdit(this, u"filterTo"_s)),
      m_banks(new ChoiceButton(tr("Bank"), this)), m_bureaus(new ChoiceButton(tr("Bureau"), this)),
      m_series(new ChoiceButton(tr("Series"), this)), m_regions(new ChoiceButton(tr("Region"), this))
{
    setObjectName(u"supervisionFilterBar"_s);
    m_banks->setObjectName(u"filterBanks"_s);
    m_bureaus->setObjectName(u"filterBureaus"_s);
    m_series->setObjectName(u"filterSeries"_s);
    m_regions->setObjectName(u"filterRegions"_s);
    m_from->setToolTip(tr("Orders placed on or after this day (China time)"));
    m_to->setToolTip(tr("Orders placed on or before this day (China time)"));
    m_regions->setToolTip(tr("The enterprise's region, from its credit code (decrypted orders only)"));
    QList<Choice> series;
    for (market::Series s : { market::Series::Liantong, market::Series::Lianrong, market::Series::Lianfu })
        series << Choice { QString::number(static_cast<int>(s)), market::seriesName(s) };
    m_series->offer(series);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Placed from"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    for (ChoiceButton *button : { m_banks, m_bureaus, m_series, m_regions })
        layout->addWidget(button);
    layout->addStretch();

    if (m_store)
        setFilter(m_store->filter());
    connect(m_from, &QDateEdit::dateChanged, this, &SupervisionFilterBar::onChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &SupervisionFilterBar::onChanged);
    for (ChoiceButton *button : { m_banks, m_bureaus, m_series, m_regions })
        connect(button, &ChoiceButton::changed, this, &SupervisionFilterBar::onChanged);
}

market::SupervisionFilter SupervisionFilterBar::filter() const
{
    market::SupervisionFilter f;
    if (m_from->date() > kAnyDate)
        f.fromMs = startOf(m_from->date());
    if (m_to->date() > kAnyDate)
        f.toMs = startOf(m_to->date().addDays(1)); // the whole last day
    f.banks = accountsOf(m_banks->checkedKeys());
    f.bureaus = accountsOf(m_bureaus->checkedKeys());
    for (const QString &key : m_series->checkedKeys())
        if (auto s = market::seriesFromNumber(key.toULongLong()))
            f.series << *s;
    for (const QString &key : m_regions->checkedKeys())
        f.regions << key.toUInt();
    return f;
}

void SupervisionFilterBar::setFilter(const market::SupervisionFilter &f)
{
    m_showing = true;
    m_from->setDate(f.fromMs > 0 ? dayOf(f.fromMs) : kAnyDate);
    m_to->setDate(f.toMs > 0 ? dayOf(f.toMs - 1) : kAnyDate);
    QStringList banks, bureaus, series, regions;
    for (const QByteArray &b : f.banks)
        banks << accountKey(b);
    for (const QByteArray &b : f.bureaus)
        bureaus << accountKey(b);
    for (market::Series s : f.series)
        series << QString::number(static_cast<int>(s));
    for (quint32 r : f.regions)
        regions << QString::number(r);
    m_banks->setCheckedKeys(banks);
    m_bureaus->setCheckedKeys(bureaus);
    m_series->setCheckedKeys(series);
    m_regions->setCheckedKeys(regions);
    m_showing = false;
}

void SupervisionFilterBar::offerChoicesFrom(const market::SupervisionFigures &figures)
{
    m_banks->offer(choicesOf(figures.perBank));
    m_bureaus->offer(choicesOf(figures.perBureau));
    m_regions->offer(choicesOf(figures.perRegion));
}

QString SupervisionFilterBar::description() const
{
    QStringList parts;
    const market::SupervisionFilter f = filter();
    if (f.fromMs > 0 || f.toMs > 0)
        parts << tr("placed %1 to %2 (China time)")
                     .arg(f.fromMs > 0 ? m_from->date().toString(Qt::ISODate) : tr("the first order"),
                         f.toMs > 0 ? m_to->date().toString(Qt::ISODate) : tr("the head block"));
    const auto add = [&parts](const QString &name, const ChoiceButton *button) {
        if (const QStringList labels = button->checkedLabels(); !labels.isEmpty())
            parts << tr("%1: %2").arg(name, labels.join(tr(", ")));
    };
    add(tr("Bank"), m_banks);
    add(tr("Bureau"), m_bureaus);
    add(tr("Series"), m_series);
    add(tr("Region"), m_regions);
    return parts.isEmpty() ? tr("Every order on the chain") : parts.join(tr("; "));
}

void SupervisionFilterBar::onChanged()
{
    if (m_showing)
        return;
    const market::SupervisionFilter f = filter();
    if (m_store)
        m_store->setFilter(f);
    Q_EMIT filterChanged(f);
}

} // namespace credit::ui
