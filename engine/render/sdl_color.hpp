// Hearth's colours in SDL's terms: conversion, the renderer's draw colour,
// and mixing.
#pragma once

#include "game/deck/deck.hpp"

#include <SDL.h>

#include <cmath>
#include <cstdint>

namespace hearth {

inline SDL_Color to_sdl(Color c) {
    return SDL_Color{c.r, c.g, c.b, c.a};
}
inline void set_draw_color(SDL_Renderer* r, Color c) {
    SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
}
// `c` with alpha `a`.
inline Color with_alpha(Color c, std::uint8_t a) {
    return Color{c.r, c.g, c.b, a};
}
// A mix of two colours, t = 0 gives a, 1 gives b.
inline Color mix(Color a, Color b, double t) {
    auto m = [t](std::uint8_t x, std::uint8_t y) {
        return std::uint8_t(std::lround(x + (y - x) * t));
    };
    return Color{m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), m(a.a, b.a)};
}

} // namespace hearth
