// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QString>

namespace credit::desk {

//! What went wrong with a chain action and what the user can do about it, as one message.
QString describeActionError(const Error &error);

} // namespace credit::desk
