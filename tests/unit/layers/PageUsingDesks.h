// SPDX-License-Identifier: Apache-2.0
// Fixture for test_layer_check_*: a screen that talks to desks only. Never compiled.
#pragma once

#include "desk/BankDesk.h"
#include "desk/MarketReader.h"
#include "market/MarketRecords.h"
