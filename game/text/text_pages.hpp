// A laid-out text too long for its box, cut into pages at line boundaries:
// a card whose text does not fit at a readable size (a reader's wider
// font, a long card) shows it a page at a time instead of leaving lines
// out. Pure: it only reads a TextLayout's placed runs.
#pragma once

#include "game/text/text_layout.hpp"

#include <vector>

namespace hearth {

// One page: the runs [first, last) of the layout, whose lines start `top`
// pixels down the layout and take `height` pixels.
struct TextPage {
    std::size_t first = 0, last = 0;
    int top = 0;
    int height = 0;
};

// Cuts `layout` into as few pages no taller than `box_h` as it can: between
// paragraphs or list items where that takes no more pages, else between
// lines, and as even as they can be (no short last page of one line). A
// line is never split and a page holds at least one, so a line taller than
// the box makes a page taller than the box (the caller's fit check sees
// it). A layout that fits is one page.
std::vector<TextPage> split_pages(const TextLayout& layout, int box_h);

} // namespace hearth
