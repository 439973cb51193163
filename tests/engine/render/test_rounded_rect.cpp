// Rounded rectangles are computed from their distance function and drawn
// from a small tile in nine pieces. Drawn that way a shape must be the same,
// pixel for pixel, as the whole shape computed at its size, and both must
// look like the SVG rasterisation they replace (SDL_image's nanosvg).
#include "engine/render/rounded_rect.hpp"
#include "engine/render/shapes.hpp"

#include <SDL.h>
#include <SDL_image.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace hearth;

namespace {

struct Rgba {
    int r, g, b, a;
};

Rgba at(SDL_Surface* s, int x, int y) {
    auto* p = static_cast<std::uint8_t*>(s->pixels) + y * s->pitch + x * 4;
    Uint32 v = *reinterpret_cast<Uint32*>(p);
    Uint8 r, g, b, a;
    SDL_GetRGBA(v, s->format, &r, &g, &b, &a);
    return {r, g, b, a};
}

// The shape drawn by ShapePainter onto an opaque background, through the
// software renderer.
SurfacePtr painted(const RoundedRect& shape, Color background) {
    SurfacePtr target(
        SDL_CreateRGBSurfaceWithFormat(0, shape.w + 8, shape.h + 8, 32, SDL_PIXELFORMAT_RGBA32));
    SDL_Renderer* r = SDL_CreateSoftwareRenderer(target.get());
    SDL_SetRenderDrawColor(r, background.r, background.g, background.b, 255);
    SDL_RenderClear(r);
    {
        ShapePainter shapes(r);
        shapes.rounded_rect(SDL_Rect{4, 4, shape.w, shape.h}, shape.radius, shape.fill,
                            shape.stroke, shape.stroke_width);
    }
    SDL_RenderPresent(r);
    SDL_DestroyRenderer(r);
    return target;
}

// `surface` blended over the background the same way, at (4, 4).
SurfacePtr composed(SDL_Surface* surface, int w, int h, Color background) {
    SurfacePtr target(SDL_CreateRGBSurfaceWithFormat(0, w + 8, h + 8, 32, SDL_PIXELFORMAT_RGBA32));
    SDL_FillRect(target.get(), nullptr,
                 SDL_MapRGBA(target->format, background.r, background.g, background.b, 255));
    SDL_SetSurfaceBlendMode(surface, SDL_BLENDMODE_BLEND);
    SDL_Rect dst{4, 4, w, h};
    SDL_BlitSurface(surface, nullptr, target.get(), &dst);
    return target;
}

// The shape as the SVG the painter used to rasterise.
SurfacePtr svg_rasterised(const RoundedRect& s) {
    char buf[600];
    double inset = s.stroke_width / 2.0;
    std::snprintf(buf, sizeof buf,
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                  "viewBox=\"0 0 %d %d\"><rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" "
                  "height=\"%.2f\" rx=\"%.2f\" fill=\"#%02x%02x%02x\" fill-opacity=\"%.3f\" "
                  "stroke=\"#%02x%02x%02x\" stroke-opacity=\"%.3f\" stroke-width=\"%d\"/></svg>",
                  s.w, s.h, s.w, s.h, inset, inset, s.w - 2 * inset, s.h - 2 * inset,
                  std::max(0.0, s.radius - inset), s.fill.r, s.fill.g, s.fill.b, s.fill.a / 255.0,
                  s.stroke.r, s.stroke.g, s.stroke.b, s.stroke.a / 255.0, s.stroke_width);
    SDL_RWops* rw = SDL_RWFromConstMem(buf, int(std::strlen(buf)));
    SurfacePtr out(IMG_LoadSizedSVG_RW(rw, s.w, s.h));
    SDL_RWclose(rw);
    return out;
}

const RoundedRect kShapes[] = {
    {443, 619, 22, {0xfb, 0xf6, 0xec, 0xff}, {0x33, 0x2b, 0x22, 0xff}, 3}, // a card at 720p
    {664, 928, 33, {0xfb, 0xf6, 0xec, 0xff}, {0xe0, 0x7a, 0x3c, 0xff}, 6}, // ... at 1080p
    {300, 48, 24, {0x20, 0x28, 0x30, 0xc0}, {0, 0, 0, 0}, 0},              // a pill, translucent
    {120, 60, 10, {0x10, 0x10, 0x10, 0x80}, {0xff, 0xff, 0xff, 0x80}, 2},  // both translucent
    {10, 10, 4, {0xff, 0x00, 0x00, 0xff}, {0, 0, 0, 0}, 0},                // its own tile
    {50, 50, 0, {0x00, 0x80, 0x00, 0xff}, {0x00, 0x00, 0xff, 0xff}, 5},    // square corners
};

} // namespace

SCENARIO("a rounded rectangle drawn in nine pieces is the whole shape, pixel for pixel") {
    REQUIRE(SDL_Init(0) == 0);
    const Color background{0x18, 0x1c, 0x22, 0xff};
    for (const RoundedRect& shape : kShapes) {
        CAPTURE(shape.w, shape.h, shape.radius, shape.stroke_width);
        SurfacePtr whole = rounded_rect_surface(shape);
        REQUIRE(whole);
        SurfacePtr expected = composed(whole.get(), shape.w, shape.h, background);
        SurfacePtr got = painted(shape, background);
        // The same pixels; translucent ones may round one step apart, as
        // SDL's stretched and plain copies blend through different code.
        int worst = 0;
        for (int y = 0; y < got->h; ++y)
            for (int x = 0; x < got->w; ++x) {
                Rgba a = at(got.get(), x, y), b = at(expected.get(), x, y);
                worst = std::max(
                    {worst, std::abs(a.r - b.r), std::abs(a.g - b.g), std::abs(a.b - b.b)});
            }
        CHECK(worst <= (shape.fill.a == 255 && shape.stroke.a % 255 == 0 ? 0 : 1));
    }
}

SCENARIO("a rounded rectangle looks like the SVG rasterisation it replaces") {
    REQUIRE(SDL_Init(0) == 0);
    const Color background{0x18, 0x1c, 0x22, 0xff};
    for (const RoundedRect& shape : kShapes) {
        CAPTURE(shape.w, shape.h, shape.radius, shape.stroke_width);
        SurfacePtr ours = rounded_rect_surface(shape);
        SurfacePtr svg = svg_rasterised(shape);
        REQUIRE(svg);
        SurfacePtr a = composed(ours.get(), shape.w, shape.h, background);
        SurfacePtr b = composed(svg.get(), shape.w, shape.h, background);
        // Away from the anti-aliased edges the two are the same colour;
        // along them they differ by what two anti-aliasing methods do.
        int worst = 0, edge = 0;
        for (int y = 0; y < a->h; ++y)
            for (int x = 0; x < a->w; ++x) {
                Rgba p = at(a.get(), x, y), q = at(b.get(), x, y);
                int d = std::max({std::abs(p.r - q.r), std::abs(p.g - q.g), std::abs(p.b - q.b)});
                worst = std::max(worst, d);
                edge += d > 8;
            }
        CAPTURE(worst, edge);
        // No pixel is more than a fifth of the range apart, and the pixels
        // that differ at all are a thin line (about the edges' length).
        CHECK(worst <= 51);
        CHECK(edge <= 2 * (shape.w + shape.h));
    }
}
