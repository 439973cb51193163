// A rounded rectangle's pixels, computed from its distance function rather
// than rasterised as an SVG path. The corners are the only part that needs
// anti-aliasing: a card's straight edges and its inside repeat one row or
// column of pixels, so a shape of any size is drawn from a small tile in
// nine pieces (the four corners as they are, the edges and the middle
// stretched), and a 443x619 card costs a 45x45 tile instead of a full
// rasterisation.
#pragma once

#include "engine/render/sdl_handles.hpp"
#include "game/deck/deck.hpp"

namespace hearth {

// The shape ShapePainter::rounded_rect draws: a w x h rectangle with corner
// `radius`, filled with `fill`; a stroke of `stroke_width` pixels drawn
// inside the rectangle (SVG's geometry: the outline sits stroke_width / 2
// inside the edge and the stroke is painted over the fill).
struct RoundedRect {
    int w = 0;
    int h = 0;
    int radius = 0;
    Color fill;
    Color stroke;
    int stroke_width = 0;
};

// The whole shape at its size, RGBA32 (tests compare it with the tile's
// nine pieces and with an SVG rasterisation).
SurfacePtr rounded_rect_surface(const RoundedRect& shape);

// How many pixels from each edge the shape differs from its straight part:
// the corner's radius or the stroke, whichever reaches further, and one more
// for the anti-aliased edge.
int rounded_rect_corner(const RoundedRect& shape);

// The tile the shape is drawn from, RGBA32. Along each axis the shape is
// either its own tile (when it is no longer than 2 * corner + 1) or the tile
// is 2 * corner + 1 long: `corner` pixels of each end as they are, and one
// in the middle that stands for every pixel of the straight part between.
struct RoundedRectTile {
    SurfacePtr tile;
};
RoundedRectTile rounded_rect_tile(const RoundedRect& shape);

} // namespace hearth
