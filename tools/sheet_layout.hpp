// Where cards go on print-and-play pages: a centred grid of cards, each
// with its bleed, bleeds kept apart (and a gutter between them if asked) so
// every card can be cut on its own lines, and crop marks in the margin on
// the line of every cut.
// All lengths in millimetres from the page's top-left corner.
#pragma once

#include "tools/print_sizes.hpp"

#include <vector>

namespace hearth::tools {

struct SheetSpec {
    SizeMm paper{210, 297};
    SizeMm card{63, 88};
    double bleed = 3;
    double gutter = 0;      // empty paper between neighbouring cards' bleeds
    double min_margin = 6;  // room for the printer's unprintable edge and the marks
    double mark_gap = 1;    // between the grid's outer edge and a mark
    double mark_length = 4; // longest mark; shorter if the margin is small
};

// A straight line from (x0, y0) to (x1, y1).
struct Line {
    double x0, y0, x1, y1;
};

struct SheetLayout {
    int columns = 0, rows = 0;
    double left = 0, top = 0; // the grid's top-left, its outer bleed included
    double pitch_x = 0, pitch_y = 0;
    std::vector<Line> marks;

    int per_page() const { return columns * rows; }
    // The trim box (the cut) of slot `i`, counted row by row; with `mirrored`
    // the columns are counted from the right, for the backs of a duplex sheet.
    struct Box {
        double x, y, w, h;
    };
    Box trim(int i, bool mirrored, const SheetSpec& spec) const;
    // The same slot with its bleed.
    Box with_bleed(int i, bool mirrored, const SheetSpec& spec) const;
};

// The layout, or one with no slots when a card does not fit the page.
SheetLayout layout_sheet(const SheetSpec& spec);

} // namespace hearth::tools
