#include "tools/sheet_layout.hpp"

#include <algorithm>
#include <cmath>

namespace hearth::tools {

SheetLayout layout_sheet(const SheetSpec& s) {
    SheetLayout L;
    L.pitch_x = s.card.w + 2 * s.bleed + s.gutter;
    L.pitch_y = s.card.h + 2 * s.bleed + s.gutter;
    // The last card of a row or column has no gutter after it.
    double room_w = s.paper.w - 2 * s.min_margin + s.gutter,
           room_h = s.paper.h - 2 * s.min_margin + s.gutter;
    L.columns = std::max(0, static_cast<int>(std::floor(room_w / L.pitch_x + 1e-9)));
    L.rows = std::max(0, static_cast<int>(std::floor(room_h / L.pitch_y + 1e-9)));
    if (L.per_page() == 0) {
        L.columns = L.rows = 0;
        return L;
    }
    double grid_w = L.columns * L.pitch_x - s.gutter, grid_h = L.rows * L.pitch_y - s.gutter;
    L.left = (s.paper.w - grid_w) / 2;
    L.top = (s.paper.h - grid_h) / 2;
    // Marks: on each cut line, in the margin outside the grid, never over a bleed.
    double len_x = std::min(s.mark_length, L.left - s.mark_gap);
    double len_y = std::min(s.mark_length, L.top - s.mark_gap);
    for (int c = 0; c < L.columns; ++c) {
        double x0 = L.left + c * L.pitch_x + s.bleed;
        for (double x : {x0, x0 + s.card.w}) {
            double top = L.top - s.mark_gap, bottom = L.top + grid_h + s.mark_gap;
            L.marks.push_back({x, top - len_y, x, top});
            L.marks.push_back({x, bottom, x, bottom + len_y});
        }
    }
    for (int r = 0; r < L.rows; ++r) {
        double y0 = L.top + r * L.pitch_y + s.bleed;
        for (double y : {y0, y0 + s.card.h}) {
            double left = L.left - s.mark_gap, right = L.left + grid_w + s.mark_gap;
            L.marks.push_back({left - len_x, y, left, y});
            L.marks.push_back({right, y, right + len_x, y});
        }
    }
    return L;
}

SheetLayout::Box SheetLayout::with_bleed(int i, bool mirrored, const SheetSpec& s) const {
    int r = i / columns, c = i % columns;
    if (mirrored)
        c = columns - 1 - c;
    return {left + c * pitch_x, top + r * pitch_y, pitch_x - s.gutter, pitch_y - s.gutter};
}

SheetLayout::Box SheetLayout::trim(int i, bool mirrored, const SheetSpec& s) const {
    Box b = with_bleed(i, mirrored, s);
    return {b.x + s.bleed, b.y + s.bleed, s.card.w, s.card.h};
}

} // namespace hearth::tools
