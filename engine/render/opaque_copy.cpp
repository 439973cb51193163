// Where a picture is opaque, and copies that blend only the rest.
#include "engine/render/opaque_copy.hpp"

#include <algorithm>
#include <cstdint>
#include <initializer_list>

namespace hearth {
namespace {

// Calls `f(x, y)` for each pixel that is not opaque; false when the format
// cannot be read here.
template <class F> bool each_clear_pixel(SDL_Surface* s, F f) {
    if (!s || !s->format)
        return false;
    if (s->format->Amask == 0)
        return true; // no alpha: all opaque
    if (s->format->BytesPerPixel != 4)
        return false;
    const std::uint32_t mask = s->format->Amask;
    if (SDL_MUSTLOCK(s) && SDL_LockSurface(s) != 0)
        return false;
    const auto* bytes = static_cast<const std::uint8_t*>(s->pixels);
    for (int y = 0; y < s->h; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(bytes + std::size_t(y) * s->pitch);
        for (int x = 0; x < s->w; ++x)
            if ((row[x] & mask) != mask)
                f(x, y);
    }
    if (SDL_MUSTLOCK(s))
        SDL_UnlockSurface(s);
    return true;
}

// Source span [a, b) of a copy of `len` pixels to `dst_len`: where it lands.
int scaled(int at, int len, int dst_len) {
    return int((std::int64_t(at) * dst_len + len / 2) / len);
}

} // namespace

bool fully_opaque(SDL_Surface* surface) {
    bool opaque = true;
    return each_clear_pixel(surface, [&](int, int) { opaque = false; }) && opaque;
}

int clear_corner(SDL_Surface* surface) {
    int corner = 0;
    if (!each_clear_pixel(surface, [&](int x, int y) {
            const int dx = std::min(x, surface->w - 1 - x);
            const int dy = std::min(y, surface->h - 1 - y);
            // It must lie in a corner's square: within `corner` of both edges.
            corner = std::max(corner, std::max(dx, dy) + 1);
        }))
        return -1;
    // Corners that meet leave no cross to copy plainly.
    if (corner * 2 >= std::min(surface->w, surface->h))
        return -1;
    return corner;
}

bool clear_of_corners(const SDL_Rect& src, int w, int h, int corner) {
    if (corner < 0)
        return false;
    if (corner == 0)
        return true;
    const bool meets_left = src.x<corner, meets_right = src.x + src.w> w - corner;
    const bool meets_top = src.y<corner, meets_bottom = src.y + src.h> h - corner;
    return !((meets_left || meets_right) && (meets_top || meets_bottom));
}

int clear_corner_of_target(SDL_Renderer* renderer, int w, int h) {
    if (w <= 0 || h <= 0)
        return -1;
    SDL_Surface* read = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!read)
        return -1;
    int corner = -1;
    if (SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_ARGB8888, read->pixels,
                             read->pitch) == 0)
        corner = clear_corner(read);
    SDL_FreeSurface(read);
    return corner;
}

void copy_with_clear_corners(SDL_Renderer* renderer, SDL_Texture* texture, int w, int h, int corner,
                             const SDL_Rect& dst) {
    if (corner < 0 || w <= 0 || h <= 0 || dst.w <= 0 || dst.h <= 0) {
        SDL_RenderCopy(renderer, texture, nullptr, &dst);
        return;
    }
    // Columns and rows of the source at 0, corner, w - corner, w, and where
    // each lands in `dst`.
    const int sx[4] = {0, corner, w - corner, w};
    const int sy[4] = {0, corner, h - corner, h};
    int dx[4], dy[4];
    for (int i = 0; i < 4; ++i) {
        dx[i] = dst.x + scaled(sx[i], w, dst.w);
        dy[i] = dst.y + scaled(sy[i], h, dst.h);
    }
    auto piece = [&](int i, int j, SDL_BlendMode mode) {
        const SDL_Rect src{sx[i], sy[j], sx[i + 1] - sx[i], sy[j + 1] - sy[j]};
        const SDL_Rect to{dx[i], dy[j], dx[i + 1] - dx[i], dy[j + 1] - dy[j]};
        if (src.w <= 0 || src.h <= 0 || to.w <= 0 || to.h <= 0)
            return;
        SDL_SetTextureBlendMode(texture, mode);
        SDL_RenderCopy(renderer, texture, &src, &to);
    };
    // The middle column whole, then the sides between the corners: plain.
    const SDL_Rect middle_src{sx[1], 0, sx[2] - sx[1], h};
    const SDL_Rect middle_to{dx[1], dst.y, dx[2] - dx[1], dst.h};
    if (middle_src.w > 0 && middle_to.w > 0) {
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_NONE);
        SDL_RenderCopy(renderer, texture, &middle_src, &middle_to);
    }
    piece(0, 1, SDL_BLENDMODE_NONE);
    piece(2, 1, SDL_BLENDMODE_NONE);
    for (int i : {0, 2})
        for (int j : {0, 2})
            piece(i, j, SDL_BLENDMODE_BLEND);
    SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
}

} // namespace hearth
