// SPDX-License-Identifier: Apache-2.0
#include "chain/DocumentStoreRefusal.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace credit::chain::docstore {

namespace {

struct RefusalRow {
    Refusal refusal;
    QByteArrayView code;
    int status;
};

// The codes are a wire format (docs/DOCUMENT_STORE.md): never rename one.
constexpr std::array kRows {
    RefusalRow { Refusal::BadName, "bad-name", 400 },
    RefusalRow { Refusal::Unsigned, "unsigned", 401 },
    RefusalRow { Refusal::MalformedAuthorisation, "malformed-authorisation", 401 },
    RefusalRow { Refusal::StaleTimestamp, "stale-timestamp", 401 },
    RefusalRow { Refusal::BadSignature, "bad-signature", 401 },
    RefusalRow { Refusal::ReplayedSignature, "replayed-signature", 401 },
    RefusalRow { Refusal::UnknownAccount, "unknown-account", 403 },
    RefusalRow { Refusal::InactiveInstitution, "inactive-institution", 403 },
    RefusalRow { Refusal::FrozenUser, "frozen-user", 403 },
    RefusalRow { Refusal::TooLarge, "too-large", 413 },
    RefusalRow { Refusal::HashMismatch, "hash-mismatch", 422 },
    RefusalRow { Refusal::QuotaExceeded, "quota-exceeded", 429 },
    RefusalRow { Refusal::StoreFull, "store-full", 507 },
    RefusalRow { Refusal::DiskLow, "disk-low", 507 },
    RefusalRow { Refusal::StoreError, "store-error", 500 },
};

const RefusalRow &rowOf(Refusal refusal)
{
    for (const RefusalRow &row : kRows)
        if (row.refusal == refusal)
            return row;
    return kRows.back();
}

} // namespace

QByteArrayView codeOf(Refusal refusal)
{
    return rowOf(refusal).code;
}

std::optional<Refusal> refusalFromCode(QByteArrayView code)
{
    for (const RefusalRow &row : kRows)
        if (row.code == code)
            return row.refusal;
    return std::nullopt;
}

int httpStatusOf(Refusal refusal)
{
    return rowOf(refusal).status;
}

QString adviceFor(Refusal refusal)
{
    switch (refusal) {
    case Refusal::BadName:
    case Refusal::HashMismatch:
        return QCoreApplication::translate("DocumentStoreRefusal",
            "The document was damaged on the way to the store. Send it again; if this repeats, tell the "
            "network operator.");
    case Refusal::Unsigned:
    case Refusal::MalformedAuthorisation:
    case Refusal::BadSignature:
        return QCoreApplication::translate("DocumentStoreRefusal",
            "The store could not confirm that your institution's key signed this upload. Sign in again "
            "with your institution's key and send it again.");
    case Refusal::StaleTimestamp:
        return QCoreApplication::translate("DocumentStoreRefusal",
            "This computer's clock differs too much from the store's. Turn on automatic date and time, "
            "then send it again.");
    case Refusal::ReplayedSignature:
        return QCoreApplication::translate("DocumentStoreRefusal",
            "The store had already received this exact upload. Send it again; the terminal signs it anew.");
    case Refusal::UnknownAccount:
        return QCoreApplication::translate("DocumentStoreRefusal",
            "Your account is not a registered institution on this network. Check that you signed in with "
            "your institution's key, or ask the network operator to register it.");
    case Refusal::InactiveInstitution:
        return QCoreApplication::translate("DocumentStoreRefusal",
            "Your institution is suspended on this network. Ask the network operator to reactivate it.");
    case Refusal::FrozenUser:
        return QCoreApplication::translate("DocumentStoreRefusal",
            "Your user account is frozen on this network. Ask your institution's administrator or the network "
            "operator to unfreeze it.");
    case Refusal::TooLarge:
        return QCoreApplication::translate("DocumentStoreRefusal",
            "The document is larger than the store accepts. Make it smaller (for example, fewer or "
            "compressed images) and send it again.");
    case Refusal::QuotaExceeded:
        return QCoreApplication::translate("DocumentStoreRefusal",
            "Your institution has used its upload allowance for now. Wait a while and send it again, or "
            "ask the network operator to raise the allowance.");
    case Refusal::StoreFull:
    case Refusal::DiskLow:
        return QCoreApplication::translate("DocumentStoreRefusal",
            "The network's document store is full. Tell the network operator; send it again once they have "
            "made room.");
    case Refusal::StoreError:
        break;
    }
    return QCoreApplication::translate("DocumentStoreRefusal",
        "The document store could not save the document. Send it again later; if this repeats, tell the "
        "network operator.");
}

} // namespace credit::chain::docstore
