// One laid-out line of a paragraph, reordered for display: the text layout
// fills lines in logical (reading) order, then each line's pieces are split
// where their bidi level changes and put in visual order (UAX #9, rule L2).
#pragma once

#include "game/text/bidi.hpp"
#include "game/text/text_layout.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace hearth {

// A piece of a line in logical order: `at` is the byte of the paragraph it
// starts at, or npos for text the layout added (a soft hyphen's hyphen),
// which takes the level of what comes before it.
struct LogicalPiece {
    std::string text;
    TextStyle style;
    std::size_t at = std::string::npos;
};

// A run of one style and one direction, in the order it is drawn.
struct VisualPiece {
    std::string text; // in logical order; shaped right to left when rtl
    TextStyle style;
    bool rtl = false;
};

// The line's pieces from left to right. `para` is the bidi analysis of the
// paragraph the pieces' `at` count in.
std::vector<VisualPiece> reorder_line(const std::vector<LogicalPiece>& line,
                                      const BidiParagraph& para);

} // namespace hearth
