// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace credit::crypto {

//! r ‖ s (64 bytes) → DER SEQUENCE { INTEGER r, INTEGER s }.
Result<QByteArray> signatureRsToDer(QByteArrayView rs);
//! DER → r ‖ s (64 bytes); strict DER, values must fit 32 bytes.
Result<QByteArray> signatureDerToRs(QByteArrayView der);

//! FISCO wire form: r(32) ‖ s(32) ‖ pub(64).
struct FiscoSignature {
    QByteArray r;
    QByteArray s;
    QByteArray publicKey;
    QByteArray rs() const { return r + s; }
    QByteArray wire() const { return r + s + publicKey; }
};
Result<FiscoSignature> parseFiscoSignature(QByteArrayView wire128);

} // namespace credit::crypto
