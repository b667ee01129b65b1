// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace credit::devnet {

//! The document store's limits (docs/DOCUMENT_STORE.md "Limits"; the
//! defaults are argued in docs/DECISIONS.md "Document store admission").
//! credit-devnet sets them from its command line.
struct DocumentStoreOptions {
    //! One document (an envelope): a 50-page report with scanned images is
    //! 10-25 MB; 32 MiB is also what the terminal fetches by default
    //! (RpcOptions::maxResponseBytes), so whatever is stored can be read.
    qint64 maxDocumentBytes = 32LL * 1024 * 1024;
    //! Bytes one account may write within any quotaWindowMs.
    qint64 quotaBytes = 1024LL * 1024 * 1024;
    qint64 quotaWindowMs = 60LL * 60 * 1000;
    //! Writes stop before the stored documents would exceed this many bytes.
    qint64 maxTotalBytes = 16LL * 1024 * 1024 * 1024;
    //! Writes stop before the data folder's disk would have less free space than this.
    qint64 minFreeBytes = 512LL * 1024 * 1024;
    //! A signed write's timestamp may differ from the store's clock by at most this.
    qint64 clockWindowMs = 5LL * 60 * 1000;
};

} // namespace credit::devnet
