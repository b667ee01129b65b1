// SPDX-License-Identifier: Apache-2.0
#include "devnet/DemoTimeline.h"

#include <algorithm>
#include <array>

namespace credit::devnet {

namespace {

constexpr qint64 kMinute = 60LL * 1000;
constexpr qint64 kHour = 60 * kMinute;

// Shares per thousand orders; Completed takes the rest (63 %).
struct Share {
    DemoFate fate;
    int perMille;
};
constexpr std::array<Share, 7> kShares { { { DemoFate::Resolved, 50 }, { DemoFate::Rejected, 90 },
    { DemoFate::Cancelled, 60 }, { DemoFate::Disputed, 30 }, { DemoFate::Delivered, 50 }, { DemoFate::Accepted, 50 },
    { DemoFate::Placed, 40 } } };

// The words bank and bureau staff would type, in the terminal's first language.
const QList<QString> &purposes()
{
    static const QList<QString> p {
        QStringLiteral("流动资金贷款贷前调查"),
        QStringLiteral("固定资产贷款授信审批"),
        QStringLiteral("供应链融资准入审核"),
        QStringLiteral("贷后风险管理"),
        QStringLiteral("票据贴现业务审查"),
        QStringLiteral("小微企业普惠贷款审批"),
    };
    return p;
}
const QList<QString> &rejectReasons()
{
    static const QList<QString> r {
        QStringLiteral("授权书已过有效期，请重新提供"),
        QStringLiteral("企业名称与统一社会信用代码不一致"),
        QStringLiteral("授权书缺少企业公章，无法核验"),
        QStringLiteral("该企业暂不在本产品服务范围内"),
    };
    return r;
}
const QList<QString> &deliveredDisputes()
{
    static const QList<QString> r {
        QStringLiteral("报告中的涉诉信息与法院公开记录不符"),
        QStringLiteral("报告缺少约定的税务信用章节"),
        QStringLiteral("报告中企业注册资本等基本信息有误"),
    };
    return r;
}
const QList<QString> &resolutions()
{
    static const QList<QString> r {
        QStringLiteral("经调解，征信机构更正报告相关章节并重新交付，双方无异议。"),
        QStringLiteral("经核查，报告内容与数据源一致，银行撤回异议。"),
        QStringLiteral("征信机构退还百分之五十服务费，双方达成和解。"),
        QStringLiteral("经核实，授权书真实有效，双方确认按原约定结算。"),
    };
    return r;
}

class Builder {
public:
    explicit Builder(DemoDice &dice) : m_dice(dice) { }

    void add(DemoStep step, DemoTimeline::Actor actor, double minHours, double maxHours, QString text = {})
    {
        if (!m_timeline.steps.isEmpty())
            m_at += std::max<qint64>(kMinute, static_cast<qint64>(m_dice.between(minHours, maxHours) * kHour));
        m_timeline.steps << DemoTimeline::Step { m_at, step, actor, std::move(text) };
    }
    DemoTimeline take() { return std::move(m_timeline); }

private:
    DemoDice &m_dice;
    DemoTimeline m_timeline;
    qint64 m_at = 0;
};

} // namespace

bool isOpenFate(DemoFate fate)
{
    return fate == DemoFate::Placed || fate == DemoFate::Accepted || fate == DemoFate::Delivered
        || fate == DemoFate::Disputed;
}

QList<DemoFate> demoFates(int count, DemoDice &dice)
{
    QList<DemoFate> fates;
    for (const Share &s : kShares)
        fates.insert(fates.size(), std::max(1, count * s.perMille / 1000), s.fate);
    fates.insert(fates.size(), std::max<qsizetype>(1, count - fates.size()), DemoFate::Completed);
    for (qsizetype i = fates.size() - 1; i > 0; --i) // Fisher–Yates with our own dice
        std::swap(fates[i], fates[static_cast<qsizetype>(dice.below(static_cast<quint64>(i + 1)))]);
    return fates;
}

void DemoTimeline::scale(double factor)
{
    qint64 previous = -kMinute;
    for (Step &s : steps) {
        s.offsetMs = std::max(previous + kMinute, static_cast<qint64>(static_cast<double>(s.offsetMs) * factor));
        previous = s.offsetMs;
    }
    if (!steps.isEmpty())
        steps.first().offsetMs = 0;
}

DemoTimeline demoTimeline(DemoFate fate, quint32 slaHours, DemoDice &dice)
{
    using A = DemoTimeline::Actor;
    const double sla = slaHours;
    Builder b(dice);
    b.add(DemoStep::PlaceOrder, A::Bank, 0, 0, dice.pick(purposes()));
    switch (fate) {
    case DemoFate::Placed:
        return b.take();
    case DemoFate::Rejected:
        b.add(DemoStep::RejectOrder, A::Bureau, 0.5, 10, dice.pick(rejectReasons()));
        return b.take();
    case DemoFate::Cancelled:
        b.add(DemoStep::CancelOrder, A::Bank, 2, 30);
        return b.take();
    default:
        break;
    }
    b.add(DemoStep::AcceptOrder, A::Bureau, 0.3, 6);
    if (fate == DemoFate::Accepted)
        return b.take();

    const bool disputed = fate == DemoFate::Disputed || fate == DemoFate::Resolved;
    const double kind = dice.unit(); // which dispute, when there is one
    if (disputed && kind < 0.2) {
        if (kind < 0.1)
            b.add(
                DemoStep::RaiseDispute, A::Bank, sla * 1.1, sla * 2.0, QStringLiteral("超过约定服务时限仍未交付报告"));
        else
            b.add(DemoStep::RaiseDispute, A::Bureau, 2, 24, QStringLiteral("银行提供的授权书签章存疑，申请调解核实"));
    } else {
        // One delivery in eight misses the SLA.
        const bool late = dice.chance(0.125);
        b.add(DemoStep::DeliverReport, A::Bureau, sla * (late ? 1.05 : 0.25), sla * (late ? 1.8 : 0.95));
        if (fate == DemoFate::Delivered)
            return b.take();
        if (disputed && kind < 0.8) {
            b.add(DemoStep::RaiseDispute, A::Bank, 4, 60, dice.pick(deliveredDisputes()));
        } else {
            b.add(DemoStep::ConfirmReceipt, A::Bank, 1, 72);
            if (disputed)
                b.add(DemoStep::RaiseDispute, A::Bank, 48, 480, QStringLiteral("报告使用中发现经营异常信息未披露"));
        }
    }
    if (fate == DemoFate::Resolved)
        b.add(DemoStep::ResolveDispute, A::Mediator, 48, 360, dice.pick(resolutions()));
    return b.take();
}

} // namespace credit::devnet
