// Row by row: equal rows are skipped with one memcmp; a changed row's first
// and last changed pixels widen its band, and only that span is copied.
#include "engine/changed_rows.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace hearth {
namespace {

std::uint32_t* row(const SDL_Surface& s, int y) {
    return reinterpret_cast<std::uint32_t*>(static_cast<std::uint8_t*>(s.pixels) +
                                            std::size_t(y) * std::size_t(s.pitch));
}

} // namespace

std::vector<SDL_Rect> copy_changed_rows(SDL_Surface& frame, SDL_Surface& shown, bool everything) {
    const int w = frame.w, h = frame.h;
    if (w <= 0 || h <= 0 || !frame.pixels || !shown.pixels)
        return {};
    const bool alike = shown.w == w && shown.h == h && frame.format->BytesPerPixel == 4 &&
                       shown.format->format == frame.format->format;
    if (!alike) {
        SDL_Rect all{0, 0, w, h};
        SDL_BlitSurface(&frame, nullptr, &shown, &all);
        return {SDL_Rect{0, 0, std::min(w, shown.w), std::min(h, shown.h)}};
    }
    if (everything) {
        for (int y = 0; y < h; ++y)
            std::memcpy(row(shown, y), row(frame, y), std::size_t(w) * 4);
        return {SDL_Rect{0, 0, w, h}};
    }
    std::vector<SDL_Rect> out;
    for (int band = 0; band < h; band += kChangedBandRows) {
        int x0 = w, x1 = -1, y0 = -1, y1 = -1;
        for (int y = band; y < std::min(h, band + kChangedBandRows); ++y) {
            const std::uint32_t* now = row(frame, y);
            std::uint32_t* was = row(shown, y);
            if (std::memcmp(now, was, std::size_t(w) * 4) == 0)
                continue;
            int a = 0, b = w - 1;
            while (now[a] == was[a])
                ++a;
            while (now[b] == was[b])
                --b;
            std::memcpy(was + a, now + a, std::size_t(b - a + 1) * 4);
            x0 = std::min(x0, a);
            x1 = std::max(x1, b);
            if (y0 < 0)
                y0 = y;
            y1 = y;
        }
        if (y0 >= 0)
            out.push_back(SDL_Rect{x0, y0, x1 - x0 + 1, y1 - y0 + 1});
    }
    return out;
}

} // namespace hearth
