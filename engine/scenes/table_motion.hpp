// Motion for the table's animations: where a thing is part of the way
// between two places, and the easing that slows it as it lands.
#pragma once

#include <SDL_rect.h>

#include <cmath>

namespace hearth {

// The rectangle `t` (0 to 1) of the way from `a` to `b`.
inline SDL_Rect lerp(SDL_Rect a, SDL_Rect b, double t) {
    auto l = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return SDL_Rect{l(a.x, b.x), l(a.y, b.y), l(a.w, b.w), l(a.h, b.h)};
}

// Fast at first, slow as it arrives (cubic).
inline double ease_out(double t) {
    return 1 - (1 - t) * (1 - t) * (1 - t);
}

} // namespace hearth
