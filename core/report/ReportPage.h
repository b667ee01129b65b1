// SPDX-License-Identifier: Apache-2.0
// The page every PDF of the report layer is set on.
#pragma once

class QPdfWriter;

namespace credit::report {

//! Device units of a report's writer: at 96 dots per inch a style sheet's pixel
//! borders and paddings mean what they mean on screen, and the layout does not
//! depend on the screen the terminal runs on. Text and lines stay vector.
inline constexpr int kReportResolution = 96;

//! A4 portrait, margins 18 mm (12 mm at the foot), kReportResolution.
void setReportPage(QPdfWriter &writer);

} // namespace credit::report
