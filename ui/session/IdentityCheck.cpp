// SPDX-License-Identifier: Apache-2.0
#include "session/IdentityCheck.h"

#include "desk/DeskSession.h"

#include <QLocale>

namespace credit::ui {

namespace {

QString addressText(const QByteArray &account)
{
    return QStringLiteral("0x") + QString::fromLatin1(account.toHex());
}

} // namespace

QString VerifiedIdentity::displayName() const
{
    return userName.isEmpty() ? name : IdentityCheck::tr("%1 @ %2", "user @ institution").arg(userName, name);
}

IdentityCheck::IdentityCheck(
    desk::DeskSession &context, QByteArray demoOperator, QString demoOperatorName, QObject *parent)
    : QObject(parent), m_context(context), m_demoOperator(std::move(demoOperator)),
      m_demoOperatorName(std::move(demoOperatorName))
{
}

void IdentityCheck::start()
{
    chain::LightNode &node = m_context.node();
    connect(&node, &chain::LightNode::blocksCommitted, this, [this] { check(false); });
    connect(&node, &chain::LightNode::caughtUp, this, [this] { check(true); });
    connect(&node, &chain::LightNode::progressChanged, this, [this](const chain::SyncProgress &p) {
        if (m_finished)
            return;
        Q_EMIT progress(tr("Looking up your institution on the verified chain: block %1 of %2 verified.")
                            .arg(QLocale().toString(p.height), QLocale().toString(p.target)));
    });
    connect(&node, &chain::LightNode::syncFailed, this, [this](const QString &why) {
        if (m_finished)
            return;
        Q_EMIT progress(tr("No node of the network answers yet (%1). Still trying; Cancel to stop.").arg(why));
    });
    Q_EMIT progress(tr("Looking up your institution on the verified chain…"));
    check(false);
}

void IdentityCheck::finish()
{
    m_finished = true;
    disconnect(&m_context.node(), nullptr, this, nullptr);
}

void IdentityCheck::checkUser(const market::User &user)
{
    finish();
    auto found = m_context.reader().institution(user.institution);
    if (!found || !*found) {
        Q_EMIT refused(tr("The verified chain data on this computer could not be read: %1")
                           .arg(found ? tr("user %1 names no registered institution").arg(addressText(user.account))
                                      : found.error().message));
        return;
    }
    const market::InstitutionInfo &institution = **found;
    if (!user.active) {
        Q_EMIT refused(tr("This key belongs to %1, a user of %2 whose account has been frozen. Ask your "
                          "institution's administrator or the network operator to unfreeze it, or choose another "
                          "key file.")
                           .arg(user.name, institution.name));
        return;
    }
    if (!institution.active) {
        Q_EMIT refused(tr("This key belongs to %1, a user of %2, which the network operator has deactivated. "
                          "Ask the operator to reactivate the institution, or choose another key file.")
                           .arg(user.name, institution.name));
        return;
    }
    auto height = m_context.reader().height();
    m_context.actFor(user.institution);
    Q_EMIT confirmed(VerifiedIdentity {
        roleOf(institution.role), institution.name, institution.code, user.account, height ? *height : 0, user.name });
}

void IdentityCheck::check(bool atHead)
{
    if (m_finished)
        return;
    desk::MarketReader &reader = m_context.reader();
    if (!reader.isReady())
        return; // the node has not created its store yet: again on its first commit
    const QByteArray account = m_context.account();
    auto asUser = reader.user(account);
    if (!asUser) {
        finish();
        Q_EMIT refused(
            tr("The verified chain data on this computer could not be read: %1").arg(asUser.error().message));
        return;
    }
    if (*asUser) {
        checkUser(**asUser);
        return;
    }
    auto found = reader.institution(account);
    if (!found) {
        finish();
        Q_EMIT refused(tr("The verified chain data on this computer could not be read: %1").arg(found.error().message));
        return;
    }
    auto height = reader.height();
    const quint64 block = height ? *height : 0;
    if (*found) {
        const market::InstitutionInfo &institution = **found;
        finish();
        if (!institution.active) {
            Q_EMIT refused(tr("This key belongs to %1 (%2), which the network operator has deactivated. "
                              "Ask the operator to reactivate the institution, or choose another key file.")
                               .arg(institution.name, institution.code));
            return;
        }
        Q_EMIT confirmed(
            VerifiedIdentity { roleOf(institution.role), institution.name, institution.code, account, block, {} });
        return;
    }
    if (!m_demoOperator.isEmpty() && account == m_demoOperator) {
        finish();
        Q_EMIT confirmed(VerifiedIdentity { Role::Operator, m_demoOperatorName, {}, account, block, {} });
        return;
    }
    if (!atHead)
        return; // not registered in what is verified so far: keep syncing
    finish();
    Q_EMIT refused(tr("This key (account %1) is not a registered institution on this network. "
                      "If it is your institution's new key, send its public key to the network operator to be "
                      "registered; otherwise choose your institution's key file.")
                       .arg(addressText(account)));
}

} // namespace credit::ui
