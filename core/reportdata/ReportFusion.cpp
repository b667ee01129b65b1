// SPDX-License-Identifier: Apache-2.0
#include "reportdata/ReportFusion.h"

namespace credit::report {

namespace {

template<typename T> void addNew(QList<T> &into, const QList<T> &from)
{
    for (const T &record : from)
        if (!into.contains(record))
            into << record;
}

void fillText(QString &field, const QString &from)
{
    if (field.trimmed().isEmpty() && !from.trimmed().isEmpty())
        field = from;
}

void fillBasic(BasicInfo &basic, const BasicInfo &from)
{
    fillText(basic.name, from.name);
    fillText(basic.creditCode, from.creditCode);
    fillText(basic.legalRepresentative, from.legalRepresentative);
    if (basic.registeredCapitalYuan == 0)
        basic.registeredCapitalYuan = from.registeredCapitalYuan;
    if (!basic.founded.isValid())
        basic.founded = from.founded;
    fillText(basic.address, from.address);
    fillText(basic.industry, from.industry);
    fillText(basic.status, from.status);
    fillText(basic.enterpriseType, from.enterpriseType);
}

} // namespace

EnterpriseReportData fuseReportData(EnterpriseReportData lead, const QList<ReportPart> &parts)
{
    for (const ReportPart &part : parts) {
        const EnterpriseReportData &d = part.data;
        lead.isDemoSample = lead.isDemoSample || d.isDemoSample;
        fillBasic(lead.basic, d.basic);
        if (lead.operations == Operations {})
            lead.operations = d.operations;
        addNew(lead.cases, d.cases);
        addNew(lead.taxRatings, d.taxRatings);
        addNew(lead.taxArrears, d.taxArrears);
        addNew(lead.utilities, d.utilities);
        addNew(lead.loans, d.loans);
        addNew(lead.guarantees, d.guarantees);
        addNew(lead.warnings, d.warnings);
    }
    return lead;
}

} // namespace credit::report
