// Copies that blend only where a picture is clear must show what a copy
// blended everywhere shows: an opaque pixel blended is itself.
#include "engine/render/opaque_copy.hpp"
#include "engine/render/rounded_rect.hpp"
#include "engine/render/sdl_handles.hpp"

#include <SDL.h>

#include <catch2/catch.hpp>

#include <cstdint>

using namespace hearth;

namespace {

SurfacePtr argb(int w, int h, Uint32 pixel) {
    SurfacePtr s(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888));
    SDL_FillRect(s.get(), nullptr, pixel);
    return s;
}

void put(SDL_Surface* s, int x, int y, Uint32 pixel) {
    auto* row = reinterpret_cast<Uint32*>(static_cast<std::uint8_t*>(s->pixels) + y * s->pitch);
    row[x] = pixel;
}

// A window-like target (no alpha) with a pattern under the copy, so that a
// pixel copied where it should have been blended shows.
SurfacePtr background(int w, int h) {
    SurfacePtr s(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGB888));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            put(s.get(), x, y, ((x * 7) & 0xff) << 16 | ((y * 5) & 0xff) << 8 | 0x40);
    return s;
}

// `picture` copied to `dst` over the pattern, either way.
SurfacePtr copied(SDL_Surface* picture, SDL_Rect dst, bool split) {
    SurfacePtr target = background(dst.x + dst.w + 6, dst.y + dst.h + 6);
    SDL_Renderer* r = SDL_CreateSoftwareRenderer(target.get());
    SDL_Texture* t = SDL_CreateTextureFromSurface(r, picture);
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    if (split)
        copy_with_clear_corners(r, t, picture->w, picture->h, clear_corner(picture), dst);
    else
        SDL_RenderCopy(r, t, nullptr, &dst);
    SDL_RenderPresent(r);
    SDL_DestroyTexture(t);
    SDL_DestroyRenderer(r);
    return target;
}

// Pixels whose colour differs (the window's format has no alpha: its
// unused byte is left out).
int pixels_apart(SDL_Surface* a, SDL_Surface* b) {
    int n = 0;
    for (int y = 0; y < a->h; ++y) {
        const auto* p =
            reinterpret_cast<const Uint32*>(static_cast<std::uint8_t*>(a->pixels) + y * a->pitch);
        const auto* q =
            reinterpret_cast<const Uint32*>(static_cast<std::uint8_t*>(b->pixels) + y * b->pitch);
        for (int x = 0; x < a->w; ++x)
            n += (p[x] & 0xffffff) != (q[x] & 0xffffff);
    }
    return n;
}

} // namespace

SCENARIO("a picture's clear corners are found from its pixels") {
    REQUIRE(SDL_Init(0) == 0);
    SurfacePtr opaque = argb(40, 30, 0xff336699);
    CHECK(fully_opaque(opaque.get()));
    CHECK(clear_corner(opaque.get()) == 0);

    SurfacePtr no_alpha(SDL_CreateRGBSurfaceWithFormat(0, 8, 8, 32, SDL_PIXELFORMAT_RGB888));
    CHECK(clear_corner(no_alpha.get()) == 0);

    // Clear pixels in the corners only: the square that holds them all.
    SurfacePtr cornered = argb(40, 30, 0xff336699);
    put(cornered.get(), 0, 0, 0);
    put(cornered.get(), 39, 2, 0x80000000);
    put(cornered.get(), 1, 29, 0);
    CHECK(!fully_opaque(cornered.get()));
    CHECK(clear_corner(cornered.get()) == 3);

    // A clear pixel on a straight edge, or inside: the whole must blend.
    SurfacePtr edge = argb(40, 30, 0xff336699);
    put(edge.get(), 0, 15, 0);
    CHECK(clear_corner(edge.get()) == -1);
    SurfacePtr inside = argb(40, 30, 0xff336699);
    put(inside.get(), 20, 15, 0xfe000000);
    CHECK(clear_corner(inside.get()) == -1);

    // A card's rounded frame: its corners, about its radius.
    SurfacePtr card = rounded_rect_surface(
        RoundedRect{443, 619, 22, {0xfb, 0xf6, 0xec, 0xff}, {0x33, 0x2b, 0x22, 0xff}, 3});
    const int c = clear_corner(card.get());
    CHECK(c > 0);
    CHECK(c <= 22);
}

SCENARIO("a part of a picture is opaque when it meets none of the clear corners") {
    CHECK(clear_of_corners(SDL_Rect{10, 0, 20, 30}, 40, 30, 5));     // the middle column
    CHECK(clear_of_corners(SDL_Rect{0, 5, 5, 20}, 40, 30, 5));       // the left side
    CHECK_FALSE(clear_of_corners(SDL_Rect{0, 0, 5, 5}, 40, 30, 5));  // a corner
    CHECK_FALSE(clear_of_corners(SDL_Rect{0, 4, 5, 20}, 40, 30, 5)); // into a corner
    CHECK_FALSE(clear_of_corners(SDL_Rect{0, 0, 40, 30}, 40, 30, 1));
    CHECK(clear_of_corners(SDL_Rect{0, 0, 40, 30}, 40, 30, 0));
    CHECK_FALSE(clear_of_corners(SDL_Rect{10, 0, 20, 30}, 40, 30, -1));
}

SCENARIO("a card copied with its clear corners blended is the card blended whole") {
    REQUIRE(SDL_Init(0) == 0);
    SurfacePtr card = rounded_rect_surface(
        RoundedRect{443, 619, 22, {0xfb, 0xf6, 0xec, 0xff}, {0x33, 0x2b, 0x22, 0xff}, 3});
    REQUIRE(clear_corner(card.get()) > 0);
    // As it lies on the table, then as it flies: smaller, and narrowed as it
    // turns over.
    const SDL_Rect places[] = {{5, 7, 443, 619},
                               {3, 2, 150, 209},
                               {4, 4, 60, 619},
                               {2, 3, 443 * 3 / 2, 619 * 3 / 2},
                               {1, 1, 3, 200}};
    for (const SDL_Rect& dst : places) {
        CAPTURE(dst.w, dst.h);
        SurfacePtr whole = copied(card.get(), dst, false);
        SurfacePtr split = copied(card.get(), dst, true);
        if (dst.w == card->w && dst.h == card->h) {
            CHECK(pixels_apart(whole.get(), split.get()) == 0);
        } else {
            // Scaled, each piece is sampled from its own edge: a pixel may
            // come from the neighbouring source pixel along the lines where
            // pieces meet (20, 8, 1160 and 0 pixels in these four).
            CHECK(pixels_apart(whole.get(), split.get()) <= 2 * (dst.w + dst.h));
        }
    }
}
