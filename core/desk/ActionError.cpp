// SPDX-License-Identifier: Apache-2.0
#include "desk/ActionError.h"

#include <QCoreApplication>

namespace credit::desk {

QString describeActionError(const Error &error)
{
    // The advice depends on who can fix it: the network, the chain's rules, or the user's input.
    switch (error.kind) {
    case ErrorKind::Network:
        return QCoreApplication::translate("BureauActions",
            "The node could not be reached: %1. Check the network connection "
            "(status bar) and try again; nothing was changed on the chain.")
            .arg(error.message);
    case ErrorKind::Rejected:
        return QCoreApplication::translate("BureauActions",
            "The chain refused the transaction: %1. Refresh the view: the order or "
            "product may have changed meanwhile.")
            .arg(error.message);
    case ErrorKind::InvalidInput:
        return QCoreApplication::translate("BureauActions", "The input cannot be used: %1. Correct it and try again.")
            .arg(error.message);
    case ErrorKind::Crypto:
    case ErrorKind::Corrupt:
        return QCoreApplication::translate("BureauActions",
            "A security check failed: %1. Do not retry with this data; tell the "
            "network operator.")
            .arg(error.message);
    default:
        return QCoreApplication::translate("BureauActions",
            "The action failed: %1. Try again; if it fails again, "
            "tell the network operator.")
            .arg(error.message);
    }
}

} // namespace credit::desk
