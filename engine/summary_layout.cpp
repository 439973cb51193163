#include "engine/summary_layout.hpp"

#include <algorithm>
#include <cmath>

namespace hearth {

SummaryLayout summary_layout(int w, int h) {
    // Lengths for 1920x1080, scaled as Gfx::px scales them.
    const double unit = std::min(w / 1920.0, h / 1080.0);
    auto u = [&](double v) { return std::max(1, int(std::lround(v * unit))); };
    SummaryLayout L;
    L.choices = SDL_Rect{0, h - u(110), w, u(105)};
    L.hints_y = h - u(80);
    L.saved_y = h - u(160);
    // Regression: the toast's band was centred on the saved line, and "Ana
    // keeps ..." hid "Saved to ...". It lies above that line now.
    const int band = std::max(24, u(66)); // a toast at full size: font(30) fits
    L.toast = SDL_Rect{0, L.saved_y - u(6) - band, w, band};
    L.rows_bottom = L.toast.y - u(10);
    return L;
}

} // namespace hearth
