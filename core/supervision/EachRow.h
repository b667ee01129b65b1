// SPDX-License-Identifier: Apache-2.0
// The one loop over a prepared statement's rows that the supervision readers share.
#pragma once

#include "common/Result.h"
#include "store/Sqlite.h"

#include <type_traits>

namespace credit::supervision {

//! Calls row(stmt) for each result row; stops at a step error, or at the
//! first error row returns when it returns a Result<void>.
template<typename Row> Result<void> eachRow(store::Statement &stmt, Row &&row)
{
    while (true) {
        auto next = stmt.step();
        if (!next)
            return next.error();
        if (!*next)
            return {};
        if constexpr (std::is_same_v<std::invoke_result_t<Row, store::Statement &>, Result<void>>) {
            if (auto r = row(stmt); !r)
                return r;
        } else {
            row(stmt);
        }
    }
}

} // namespace credit::supervision
