// SPDX-License-Identifier: Apache-2.0
// The content of an enterprise credit report (企业信用报告), section by section
// in the order the PDF prints them. Money is in whole yuan (元).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace credit::report {

//! Whether a negative record is settled (schema version 2): a case concluded,
//! arrears paid, a loan repaid, a guarantee released, a bill paid, a warning
//! lifted. Records read from a version-1 file have none (std::nullopt): the
//! file did not say, and nothing is guessed.
struct Resolution {
    bool resolved = false;
    QDate on; //!< when it was resolved, if the bureau knows; only with resolved

    friend bool operator==(const Resolution &, const Resolution &) = default;
};

//! Title-page facts: who issued the report, for which order, when.
struct ReportMeta {
    QString reportNumber;
    QString bureauName;
    quint64 orderId = 0;
    QDateTime generatedAt;

    friend bool operator==(const ReportMeta &, const ReportMeta &) = default;
};

//! 一、基本信息
struct BasicInfo {
    QString name;
    QString creditCode; //!< unified social credit code (GB 32100)
    QString legalRepresentative;
    qint64 registeredCapitalYuan = 0;
    QDate founded;
    QString address;
    QString industry;
    QString status; //!< e.g. 存续, 在业
    QString enterpriseType;

    friend bool operator==(const BasicInfo &, const BasicInfo &) = default;
};

//! 二、经营信息
struct Operations {
    QString revenueBand; //!< e.g. "5000 万元至 1 亿元"
    int employees = 0;
    int insuredEmployees = 0; //!< employees with social insurance paid
    int branches = 0;
    QString mainBusiness;
    QString premisesType; //!< owned, leased, ...

    friend bool operator==(const Operations &, const Operations &) = default;
};

//! One court case (三、司法信息).
struct JudicialCase {
    QString caseNumber;
    QString cause;
    QString role; //!< 原告 / 被告 / 第三人
    QString court;
    QDate filed;
    qint64 amountYuan = 0;
    QString status;
    std::optional<Resolution> resolution;

    friend bool operator==(const JudicialCase &, const JudicialCase &) = default;
};

//! Tax grade of one year (四、纳税信息).
struct TaxRating {
    int year = 0;
    QString grade; //!< A, B, M, C or D

    friend bool operator==(const TaxRating &, const TaxRating &) = default;
};

//! Tax arrears outstanding (四、纳税信息).
struct TaxArrear {
    QString taxKind;
    qint64 amountYuan = 0;
    QDate since;
    std::optional<Resolution> resolution;

    friend bool operator==(const TaxArrear &, const TaxArrear &) = default;
};

//! One month of a utility account (五、公共事业缴费).
struct UtilityPayment {
    QString kind; //!< 电费 / 水费 / 燃气费
    QString period; //!< yyyy-MM
    qint64 amountYuan = 0;
    int daysLate = 0; //!< 0 when paid on time
    std::optional<Resolution> resolution;

    friend bool operator==(const UtilityPayment &, const UtilityPayment &) = default;
};

//! One loan (六、融资信息).
struct Loan {
    QString lender;
    QString kind;
    qint64 amountYuan = 0;
    QDate start;
    QDate maturity;
    QString classification; //!< five-tier loan classification: 正常, 关注, 次级, 可疑, 损失
    QDate overdueSince; //!< schema 2, optional: first day overdue
    std::optional<Resolution> resolution;

    friend bool operator==(const Loan &, const Loan &) = default;
};

//! One guarantee the enterprise gave (六、融资信息).
struct Guarantee {
    QString beneficiary;
    QString kind;
    qint64 amountYuan = 0;
    QDate maturity;
    QDate calledOn; //!< schema 2, optional: the day the beneficiary called it
    std::optional<Resolution> resolution;

    friend bool operator==(const Guarantee &, const Guarantee &) = default;
};

//! One finding of 七、风险提示.
struct RiskWarning {
    enum class Level { Notice, Attention, Serious };
    Level level = Level::Notice;
    QString text;
    QDate recorded; //!< schema 2: when the finding was recorded
    std::optional<Resolution> resolution;

    friend bool operator==(const RiskWarning &, const RiskWarning &) = default;
};

//! The mark on every page of a report set from invented sample data.
inline QString demoDataMark()
{
    return QStringLiteral("演示数据 / DEMO DATA");
}

//! A whole report.
struct EnterpriseReportData {
    //! Provenance: true for invented sample content (demoEnterpriseReport).
    //! The writer marks every page of such a report 演示数据 / DEMO DATA and
    //! has no way to leave the mark off; data from the bureau (an import or a
    //! form) is false. Nothing outside the demo network may set it.
    bool isDemoSample = false;
    ReportMeta meta;
    BasicInfo basic;
    Operations operations;
    QList<JudicialCase> cases;
    QList<TaxRating> taxRatings;
    QList<TaxArrear> taxArrears;
    QList<UtilityPayment> utilities;
    QList<Loan> loans;
    QList<Guarantee> guarantees;
    QList<RiskWarning> warnings;

    friend bool operator==(const EnterpriseReportData &, const EnterpriseReportData &) = default;
};

} // namespace credit::report
