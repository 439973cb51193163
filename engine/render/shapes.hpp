// Smooth shapes (rounded cards, seat discs, the timer ring). SDL2's renderer
// draws no anti-aliased curves. Rounded rectangles are computed from their
// distance function as a small tile drawn in nine pieces (rounded_rect.hpp);
// discs and the ring are written as a tiny SVG and rasterised by SDL_image's
// (anti-aliasing) SVG loader at the exact pixel size shown. Each is cached
// as a texture.
#pragma once

#include "engine/render/sdl_color.hpp"
#include "engine/render/texture_cache.hpp"

#include <string>

namespace hearth {

class ShapePainter {
public:
    explicit ShapePainter(SDL_Renderer* renderer) : renderer_(renderer), cache_(256) {}

    // A rounded rectangle filling `rect`; stroke drawn inside the rect.
    void rounded_rect(SDL_Rect rect, int radius, Color fill, Color stroke = {0, 0, 0, 0},
                      int stroke_width = 0);
    // A disc of diameter rect.w centred in `rect`.
    void circle(SDL_Rect rect, Color fill, Color stroke = {0, 0, 0, 0}, int stroke_width = 0);
    // A ring in `rect` (square): a track and an arc covering `fraction` of it,
    // clockwise from twelve o'clock.
    void ring(SDL_Rect rect, int thickness, double fraction, Color arc, Color track);

private:
    void draw_svg(const std::string& key, const std::string& svg, SDL_Rect rect);
    SDL_Renderer* renderer_;
    TextureCache cache_;
};

} // namespace hearth
