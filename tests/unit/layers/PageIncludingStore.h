// SPDX-License-Identifier: Apache-2.0
// Fixture for test_layer_check_*: a screen that reaches past the desks into
// the store. Never compiled; the layer check must refuse it.
#pragma once

#include "desk/MarketReader.h"
#include "store/LightStore.h"
