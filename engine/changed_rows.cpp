// Row by row: equal rows are skipped with one memcmp; a changed row's first
// and last changed pixels widen its band.
#include "engine/changed_rows.hpp"

#include <algorithm>
#include <cstring>

namespace hearth {

std::vector<SDL_Rect> ChangedRows::changes(const SDL_Surface& frame, bool everything) {
    const int w = frame.w, h = frame.h;
    const auto* pixels = static_cast<const std::uint8_t*>(frame.pixels);
    if (!pixels || w <= 0 || h <= 0 || frame.format->BytesPerPixel != 4)
        return {SDL_Rect{0, 0, std::max(w, 0), std::max(h, 0)}};
    const auto row = [&](int y) {
        return reinterpret_cast<const std::uint32_t*>(pixels + std::size_t(y) * frame.pitch);
    };
    if (everything || w != w_ || h != h_) {
        w_ = w;
        h_ = h;
        last_.resize(std::size_t(w) * h);
        for (int y = 0; y < h; ++y)
            std::memcpy(&last_[std::size_t(y) * w], row(y), std::size_t(w) * 4);
        return {SDL_Rect{0, 0, w, h}};
    }
    std::vector<SDL_Rect> out;
    for (int band = 0; band < h; band += kBandRows) {
        int x0 = w, x1 = -1, y0 = -1, y1 = -1;
        for (int y = band; y < std::min(h, band + kBandRows); ++y) {
            const std::uint32_t* now = row(y);
            std::uint32_t* was = &last_[std::size_t(y) * w];
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
