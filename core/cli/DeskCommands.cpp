// SPDX-License-Identifier: Apache-2.0
// `creditctl bank …` and `creditctl bureau …`: the terminal's use-cases from
// the command line, through the same desks as the screens (core/desk). The
// light node first syncs the profile's chain into --data, verified; then the
// action runs, and the command waits until a verified block confirms it.
// (`creditctl market` stays the raw contract call, for tests and scripts.)
#include "cli/Commands.h"
#include "cli/KeyAccess.h"
#include "codec/Hex.h"
#include "crypto/Sm2Key.h"
#include "desk/ChainBankDesk.h"
#include "desk/ChainBureauDesk.h"
#include "desk/DeskSession.h"
#include "desk/LetterFile.h"
#include "desk/ReportExport.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <functional>

namespace credit::cli {

namespace {

constexpr int kDefaultWaitSeconds = 120;

//! A signed-in session for one run, caught up with the chain.
class DeskRun {
public:
    static Result<std::unique_ptr<DeskRun>> open(const Args &args)
    {
        const QString profilePath = args.value(QStringLiteral("profile"));
        const QString dataDir = args.value(QStringLiteral("data"));
        const QString keyPath = args.value(QStringLiteral("key"));
        if (profilePath.isEmpty() || dataDir.isEmpty() || keyPath.isEmpty())
            return makeError(
                ErrorKind::InvalidInput, QStringLiteral("--profile FILE, --data DIR and --key FILE are required"));
        int waitSeconds = kDefaultWaitSeconds;
        if (args.has(QStringLiteral("timeout"))) {
            bool ok = false;
            waitSeconds = args.value(QStringLiteral("timeout")).toInt(&ok);
            if (!ok || waitSeconds <= 0)
                return makeError(ErrorKind::InvalidInput, QStringLiteral("--timeout: give whole seconds (> 0)"));
        }
        auto profile = chain::NetworkProfile::load(profilePath);
        if (!profile)
            return profile.error();
        auto key = openKey(keyPath);
        if (!key)
            return key.error();
        auto run = std::unique_ptr<DeskRun>(new DeskRun(waitSeconds * 1000));
        run->m_session = std::make_unique<desk::DeskSession>(*profile, desk::SigningKey(*key), dataDir);
        if (auto synced = run->catchUp(); !synced)
            return synced.error();
        return run;
    }

    desk::DeskSession &session() { return *m_session; }

    //! Runs the event loop until done() is true after a signal, or the time is up (false).
    bool waitFor(const std::function<bool()> &done)
    {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        QTimer poll; // signals land in the lambdas below; this re-checks done() between them
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (done())
                loop.quit();
        });
        timer.start(m_waitMs);
        poll.start(20);
        if (!done())
            loop.exec();
        return done();
    }

private:
    explicit DeskRun(int waitMs) : m_waitMs(waitMs) { }

    Result<void> catchUp()
    {
        bool caughtUp = false;
        QString failure;
        chain::LightNode &node = m_session->node();
        QObject::connect(&node, &chain::LightNode::caughtUp, &node, [&caughtUp] { caughtUp = true; });
        QObject::connect(
            &node, &chain::LightNode::syncFailed, &node, [&failure](const QString &why) { failure = why; });
        m_session->start();
        const bool finished = waitFor([&] { return caughtUp || !failure.isEmpty(); });
        QObject::disconnect(&node, &chain::LightNode::caughtUp, &node, nullptr);
        QObject::disconnect(&node, &chain::LightNode::syncFailed, &node, nullptr);
        if (!failure.isEmpty())
            return makeError(ErrorKind::Network, QStringLiteral("the chain could not be synced: %1").arg(failure));
        if (!finished)
            return makeError(ErrorKind::Network, QStringLiteral("the chain was not synced within --timeout"));
        return {};
    }

    int m_waitMs;
    std::unique_ptr<desk::DeskSession> m_session;
};

//! What one desk action came to.
struct Outcome {
    QByteArray tx;
    quint64 block = 0;
    bool confirmed = false;
    bool succeeded = false;
    QString failure;
    bool finished() const { return confirmed || !failure.isEmpty(); }
};

int report(Output &out, const Outcome &o, quint64 orderId, bool timedOut)
{
    if (!o.failure.isEmpty())
        return out.fail(makeError(ErrorKind::Rejected, o.failure));
    if (timedOut)
        return out.fail(makeError(ErrorKind::Network,
            QStringLiteral("transaction %1 was sent but no verified block holds it yet; check "
                           "with `creditctl orders`")
                .arg(hex::encodePrefixed(o.tx))));
    if (!o.succeeded)
        return out.fail(
            makeError(ErrorKind::Rejected, QStringLiteral("block %1 records the transaction as failed").arg(o.block)));
    out.result(
        { { QStringLiteral("order"), QString::number(orderId) }, { QStringLiteral("tx"), hex::encodePrefixed(o.tx) },
            { QStringLiteral("block"), static_cast<qint64>(o.block) } },
        { QStringLiteral("order"), QStringLiteral("tx"), QStringLiteral("block") });
    return kExitOk;
}

Result<quint64> orderOption(const Args &args)
{
    bool ok = false;
    const quint64 id = args.value(QStringLiteral("order")).toULongLong(&ok);
    if (!ok || id == 0)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("--order N is required (the order id)"));
    return id;
}

//! The shape of every order verb: --order N, a session caught up with the
//! chain, then the action (which reports and returns the exit code).
int onOrder(const Args &args, Output &out, const std::function<int(DeskRun &, quint64)> &act)
{
    auto orderId = orderOption(args);
    if (!orderId)
        return out.usage(orderId.error().message);
    auto run = DeskRun::open(args);
    if (!run)
        return out.fail(run.error());
    return act(**run, *orderId);
}

//! Follows the bank desk's signals for one order until confirmed or failed.
int followBank(DeskRun &run, desk::BankDesk &bank, quint64 orderId, Output &out)
{
    Outcome o;
    const auto sent = [&o, orderId](quint64 id, const QByteArray &tx) {
        if (id == orderId)
            o.tx = tx;
    };
    const auto failed = [&o, orderId](quint64 id, const QString &why) {
        if (id == orderId)
            o.failure = why;
    };
    QObject::connect(&bank, &desk::BankDesk::orderSent, &bank, sent);
    QObject::connect(&bank, &desk::BankDesk::actionSent, &bank, sent);
    QObject::connect(&bank, &desk::BankDesk::orderFailed, &bank, failed);
    QObject::connect(&bank, &desk::BankDesk::actionFailed, &bank, failed);
    QObject::connect(&bank, &desk::BankDesk::orderConfirmed, &bank, [&o, orderId](quint64 id, quint64 block) {
        if (id == orderId)
            o = { o.tx, block, true, true, {} };
    });
    QObject::connect(
        &bank, &desk::BankDesk::actionConfirmed, &bank, [&o, orderId](quint64 id, quint64 block, bool succeeded) {
            if (id == orderId)
                o = { o.tx, block, true, succeeded, {} };
        });
    const bool finished = run.waitFor([&o] { return o.finished(); });
    return report(out, o, orderId, !finished);
}

int followBureau(DeskRun &run, desk::BureauDesk &bureau, quint64 orderId, Output &out)
{
    Outcome o;
    desk::TransactionTracker &tracker = bureau.orderTransactions();
    QObject::connect(
        &tracker, &desk::TransactionTracker::sent, &tracker, [&o, orderId](quint64 id, const QByteArray &tx) {
            if (id == orderId)
                o.tx = tx;
        });
    QObject::connect(&tracker, &desk::TransactionTracker::failed, &tracker, [&o, orderId](quint64 id, const Error &e) {
        if (id == orderId)
            o.failure = e.message;
    });
    QObject::connect(&tracker, &desk::TransactionTracker::confirmed, &tracker,
        [&o, orderId](quint64 id, quint64 block, bool succeeded) {
            if (id == orderId)
                o = { o.tx, block, true, succeeded, {} };
        });
    const bool finished = run.waitFor([&o] { return o.finished(); });
    return report(out, o, orderId, !finished);
}

Result<desk::OrderDraft> draftFrom(const Args &args, desk::MarketReader &reader)
{
    bool ok = false;
    const quint64 productId = args.value(QStringLiteral("product")).toULongLong(&ok);
    if (!ok)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("--product N is required (the product id)"));
    auto products = reader.products();
    if (!products)
        return products.error();
    desk::OrderDraft draft;
    for (const market::ProductInfo &p : std::as_const(*products))
        if (p.productId == productId)
            draft.product = p;
    if (draft.product.productId == 0)
        return makeError(
            ErrorKind::NotFound, QStringLiteral("product %1 is not listed on the verified chain").arg(productId));
    draft.enterpriseName = args.value(QStringLiteral("enterprise"));
    draft.enterpriseCode = args.value(QStringLiteral("credit-code"));
    draft.purpose = args.value(QStringLiteral("purpose"));
    if (args.has(QStringLiteral("letter"))) {
        auto letter = desk::LetterFile::read(args.value(QStringLiteral("letter")));
        if (!letter)
            return letter.error();
        draft.letter = market::AuthorisationLetter { letter->fileName, letter->mediaType,
            args.value(QStringLiteral("letter-from")), args.value(QStringLiteral("letter-until")), letter->content };
    }
    return draft;
}

} // namespace

QStringList deskValueOptions()
{
    return { QStringLiteral("profile"), QStringLiteral("data"), QStringLiteral("key"), QStringLiteral("timeout"),
        QStringLiteral("order"), QStringLiteral("product"), QStringLiteral("enterprise"), QStringLiteral("credit-code"),
        QStringLiteral("purpose"), QStringLiteral("letter"), QStringLiteral("letter-from"),
        QStringLiteral("letter-until"), QStringLiteral("reason"), QStringLiteral("pdf"), QStringLiteral("out") };
}

int bankOrder(const Args &args, Output &out)
{
    auto run = DeskRun::open(args);
    if (!run)
        return out.fail(run.error());
    auto draft = draftFrom(args, (*run)->session().reader());
    if (!draft)
        return out.fail(draft.error());
    desk::ChainBankDesk bank((*run)->session());
    auto id = bank.placeOrder(*draft);
    if (!id)
        return out.fail(id.error());
    return followBank(**run, bank, *id, out);
}

int bankConfirm(const Args &args, Output &out)
{
    return onOrder(args, out, [&out](DeskRun &run, quint64 orderId) {
        desk::ChainBankDesk bank(run.session());
        bank.confirmReceipt(orderId);
        return followBank(run, bank, orderId, out);
    });
}

int openReport(DeskRun &run, quint64 orderId, const QString &path, Output &out);

int bankCancel(const Args &args, Output &out)
{
    return onOrder(args, out, [&out](DeskRun &run, quint64 orderId) {
        desk::ChainBankDesk bank(run.session());
        bank.cancelOrder(orderId);
        return followBank(run, bank, orderId, out);
    });
}

int bankReport(const Args &args, Output &out)
{
    const QString path = args.value(QStringLiteral("out"));
    if (path.isEmpty())
        return out.usage(QStringLiteral("--out FILE is required (where the PDF goes)"));
    return onOrder(
        args, out, [&out, &path](DeskRun &run, quint64 orderId) { return openReport(run, orderId, path, out); });
}

//! bank report: open the report through the desk, write it with its sidecar.
int openReport(DeskRun &run, quint64 orderId, const QString &path, Output &out)
{
    desk::ChainBankDesk bank(run.session());
    QString failure, sidecar;
    bool done = false;
    QObject::connect(&bank, &desk::BankDesk::actionFailed, &bank, [&](quint64, const QString &why) { failure = why; });
    QObject::connect(&bank, &desk::BankDesk::reportOpened, &bank,
        [&](quint64, const QByteArray &pdf, const desk::ReportReference &ref) {
            auto written = desk::exportReport(pdf, ref, path, run.session().clock().epochMs());
            if (written)
                sidecar = *written;
            else
                failure = written.error().message;
            done = true;
        });
    bank.openReport(orderId);
    if (!run.waitFor([&] { return done || !failure.isEmpty(); }))
        return out.fail(makeError(ErrorKind::Network, QStringLiteral("the report was not fetched within --timeout")));
    if (!failure.isEmpty())
        return out.fail(makeError(ErrorKind::Rejected, failure));
    out.result({ { QStringLiteral("order"), QString::number(orderId) }, { QStringLiteral("pdf"), path },
                   { QStringLiteral("sidecar"), sidecar } },
        { QStringLiteral("order"), QStringLiteral("pdf"), QStringLiteral("sidecar") });
    return kExitOk;
}

int bureauAccept(const Args &args, Output &out)
{
    return onOrder(args, out, [&out](DeskRun &run, quint64 orderId) {
        desk::ChainBureauDesk bureau(run.session());
        bureau.acceptOrder(orderId);
        return followBureau(run, bureau, orderId, out);
    });
}

int bureauReject(const Args &args, Output &out)
{
    const QString reason = args.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return out.usage(QStringLiteral("--reason TEXT is required: the bank sees it"));
    return onOrder(args, out, [&out, &reason](DeskRun &run, quint64 orderId) {
        desk::ChainBureauDesk bureau(run.session());
        bureau.rejectOrder(orderId, reason);
        return followBureau(run, bureau, orderId, out);
    });
}

int bureauDeliver(const Args &args, Output &out)
{
    QFile file(args.value(QStringLiteral("pdf")));
    if (file.fileName().isEmpty())
        return out.usage(QStringLiteral("--pdf FILE is required (the report to deliver)"));
    if (!file.open(QIODevice::ReadOnly))
        return out.fail(
            makeError(ErrorKind::Io, QStringLiteral("%1 cannot be read: %2").arg(file.fileName(), file.errorString())));
    const QByteArray pdf = file.readAll();
    if (!pdf.startsWith("%PDF-"))
        return out.fail(makeError(ErrorKind::InvalidInput, QStringLiteral("%1 is not a PDF").arg(file.fileName())));
    return onOrder(args, out, [&out, &pdf](DeskRun &run, quint64 orderId) {
        market::OrderFilter filter;
        filter.orderId = orderId;
        filter.bureau = run.session().account();
        auto orders = run.session().reader().orders(filter);
        if (!orders)
            return out.fail(orders.error());
        if (orders->isEmpty())
            return out.fail(makeError(ErrorKind::NotFound,
                QStringLiteral("order %1 is not one of this bureau's verified orders").arg(orderId)));
        desk::ChainBureauDesk bureau(run.session());
        auto readers = bureau.deliverReport(orders->first(), pdf);
        if (!readers)
            return out.fail(readers.error());
        return followBureau(run, bureau, orderId, out);
    });
}

} // namespace credit::cli
