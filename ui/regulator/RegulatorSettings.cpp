// SPDX-License-Identifier: Apache-2.0
#include "regulator/RegulatorSettings.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace credit::ui {

namespace {

QStringList hexList(const QList<QByteArray> &accounts)
{
    QStringList out;
    for (const QByteArray &account : accounts)
        out << QString::fromLatin1(account.toHex());
    return out;
}

QList<QByteArray> accountList(const QStringList &hex)
{
    QList<QByteArray> out;
    for (const QString &text : hex) {
        const QByteArray account = QByteArray::fromHex(text.toLatin1());
        if (account.size() == 20) // a damaged entry is dropped, not guessed
            out << account;
    }
    return out;
}

} // namespace

RegulatorSettings::RegulatorSettings(std::unique_ptr<QSettings> settings) : m_settings(std::move(settings)) { }

RegulatorSettings::~RegulatorSettings() = default;

market::SupervisionFilter RegulatorSettings::filter() const
{
    market::SupervisionFilter f;
    f.fromMs = m_settings->value(u"regulator/filter/from"_s, 0).toLongLong();
    f.toMs = m_settings->value(u"regulator/filter/to"_s, 0).toLongLong();
    f.banks = accountList(m_settings->value(u"regulator/filter/banks"_s).toStringList());
    f.bureaus = accountList(m_settings->value(u"regulator/filter/bureaus"_s).toStringList());
    for (const QString &s : m_settings->value(u"regulator/filter/series"_s).toStringList())
        if (auto series = market::seriesFromNumber(s.toULongLong()))
            f.series << *series;
    for (const QString &r : m_settings->value(u"regulator/filter/regions"_s).toStringList())
        if (const uint region = r.toUInt(); region > 0)
            f.regions << region;
    return f;
}

void RegulatorSettings::setFilter(const market::SupervisionFilter &f)
{
    m_settings->setValue(u"regulator/filter/from"_s, f.fromMs);
    m_settings->setValue(u"regulator/filter/to"_s, f.toMs);
    m_settings->setValue(u"regulator/filter/banks"_s, hexList(f.banks));
    m_settings->setValue(u"regulator/filter/bureaus"_s, hexList(f.bureaus));
    QStringList series, regions;
    for (market::Series s : f.series)
        series << QString::number(static_cast<int>(s));
    for (quint32 r : f.regions)
        regions << QString::number(r);
    m_settings->setValue(u"regulator/filter/series"_s, series);
    m_settings->setValue(u"regulator/filter/regions"_s, regions);
}

market::AnomalySettings RegulatorSettings::anomalySettings() const
{
    const market::AnomalySettings d;
    market::AnomalySettings s;
    const auto flag = [this](const QString &key, bool fallback) { return m_settings->value(key, fallback).toBool(); };
    const auto number = [this](const QString &key, int fallback, int low, int high) {
        bool ok = false;
        const int value = m_settings->value(key, fallback).toInt(&ok);
        return ok ? std::clamp(value, low, high) : fallback;
    };
    s.authorisationRule = flag(u"regulator/anomalies/authorisation"_s, d.authorisationRule);
    s.repeatedQueryRule = flag(u"regulator/anomalies/repeated"_s, d.repeatedQueryRule);
    s.repeatWindowDays = number(u"regulator/anomalies/repeatWindowDays"_s, d.repeatWindowDays, 1, 3660);
    s.repeatMinOrders = number(u"regulator/anomalies/repeatMinOrders"_s, d.repeatMinOrders, 2, 100000);
    s.slaRule = flag(u"regulator/anomalies/sla"_s, d.slaRule);
    s.disputeRule = flag(u"regulator/anomalies/dispute"_s, d.disputeRule);
    s.authorisationReuseRule = flag(u"regulator/anomalies/authorisationReuse"_s, d.authorisationReuseRule);
    s.reuseWindowDays = number(u"regulator/anomalies/reuseWindowDays"_s, d.reuseWindowDays, 1, 3660);
    s.reuseMaxOrders = number(u"regulator/anomalies/reuseMaxOrders"_s, d.reuseMaxOrders, 1, 100000);
    s.revokedAfterUseRule = flag(u"regulator/anomalies/revokedAfterUse"_s, d.revokedAfterUseRule);
    s.revokedWithinDays = number(u"regulator/anomalies/revokedWithinDays"_s, d.revokedWithinDays, 1, 3660);
    s.workdayStartMinute = number(u"regulator/anomalies/workdayStart"_s, d.workdayStartMinute, 0, 24 * 60 - 1);
    s.workdayEndMinute = number(u"regulator/anomalies/workdayEnd"_s, d.workdayEndMinute, 1, 24 * 60);
    return s;
}

void RegulatorSettings::setAnomalySettings(const market::AnomalySettings &s)
{
    m_settings->setValue(u"regulator/anomalies/authorisation"_s, s.authorisationRule);
    m_settings->setValue(u"regulator/anomalies/repeated"_s, s.repeatedQueryRule);
    m_settings->setValue(u"regulator/anomalies/repeatWindowDays"_s, s.repeatWindowDays);
    m_settings->setValue(u"regulator/anomalies/repeatMinOrders"_s, s.repeatMinOrders);
    m_settings->setValue(u"regulator/anomalies/sla"_s, s.slaRule);
    m_settings->setValue(u"regulator/anomalies/dispute"_s, s.disputeRule);
    m_settings->setValue(u"regulator/anomalies/authorisationReuse"_s, s.authorisationReuseRule);
    m_settings->setValue(u"regulator/anomalies/reuseWindowDays"_s, s.reuseWindowDays);
    m_settings->setValue(u"regulator/anomalies/reuseMaxOrders"_s, s.reuseMaxOrders);
    m_settings->setValue(u"regulator/anomalies/revokedAfterUse"_s, s.revokedAfterUseRule);
    m_settings->setValue(u"regulator/anomalies/revokedWithinDays"_s, s.revokedWithinDays);
    m_settings->setValue(u"regulator/anomalies/workdayStart"_s, s.workdayStartMinute);
    m_settings->setValue(u"regulator/anomalies/workdayEnd"_s, s.workdayEndMinute);
}

} // namespace credit::ui
