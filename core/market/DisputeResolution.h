// SPDX-License-Identifier: Apache-2.0
// What a mediator records with resolveDispute. The contract keeps any
// non-empty text; the terminal writes "[outcome] note" so every party's
// screen (and any other tool reading the chain) can tell the outcome apart
// from the note, whatever the reader's language. Text without a known tag
// (e.g. the demo history's, or another tool's) reads as an unspecified
// outcome with the whole text as the note.
#pragma once

#include <QString>

#include <optional>

namespace credit::market {

enum class DisputeOutcome {
    Unspecified, //!< free text: no tag the terminal knows
    Upheld, //!< the complaint was right
    Rejected, //!< the complaint was not
    Settled, //!< the parties agreed
};

struct DisputeResolution {
    DisputeOutcome outcome = DisputeOutcome::Unspecified;
    QString note;

    //! The text resolveDispute carries: "[upheld] note" (the tag untranslated).
    QString toText() const;
    //! Reads what a DisputeResolved event carries; never fails.
    static DisputeResolution fromText(const QString &text);
};

//! "upheld", "rejected", "settled"; empty for Unspecified.
QString outcomeTag(DisputeOutcome outcome);
//! The tag's outcome; nullopt for an unknown tag.
std::optional<DisputeOutcome> outcomeFromTag(const QString &tag);
//! The outcome in the user's language ("Upheld", "维持异议", …); empty for Unspecified.
QString outcomeName(DisputeOutcome outcome);

} // namespace credit::market
