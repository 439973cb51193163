#include "engine/render/shapes.hpp"

#include "engine/render/opaque_copy.hpp"
#include "engine/render/rounded_rect.hpp"

#include <SDL_image.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace hearth {
namespace {

std::string fill_attr(const char* name, Color c) {
    char buf[96];
    std::snprintf(buf, sizeof buf, " %s=\"#%02x%02x%02x\" %s-opacity=\"%.3f\"", name, c.r, c.g, c.b,
                  name, c.a / 255.0);
    return buf;
}

std::string svg_open(int w, int h) {
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                  "viewBox=\"0 0 %d %d\">",
                  w, h, w, h);
    return buf;
}

} // namespace

void ShapePainter::draw_svg(const std::string& key, const std::string& svg, SDL_Rect rect) {
    SizedTexture t = cache_.find(key);
    if (!t) {
        SDL_RWops* rw = SDL_RWFromConstMem(svg.data(), int(svg.size()));
        SurfacePtr surface(IMG_LoadSizedSVG_RW(rw, rect.w, rect.h));
        SDL_RWclose(rw);
        t = cache_.put_surface(renderer_, key, surface.get());
        if (!t)
            return;
    }
    SDL_Rect dst{rect.x, rect.y, t.w, t.h};
    SDL_RenderCopy(renderer_, t.texture, nullptr, &dst);
}

void ShapePainter::rounded_rect(SDL_Rect rect, int radius, Color fill, Color stroke,
                                int stroke_width) {
    if (rect.w <= 0 || rect.h <= 0)
        return;
    char key[160];
    std::snprintf(key, sizeof key, "rr%dx%d r%d %s %s %d", rect.w, rect.h, radius,
                  format_color(fill).c_str(), format_color(stroke).c_str(), stroke_width);
    RoundedRect shape{rect.w, rect.h, radius, fill, stroke, stroke_width};
    SizedTexture t = cache_.find(key);
    if (!t) {
        RoundedRectTile tile = rounded_rect_tile(shape);
        t = cache_.put_surface(renderer_, key, tile.tile.get());
        if (!t)
            return;
    }
    const int corner = rounded_rect_corner(shape);
    // Nine pieces: the corners as they are, the edges and the middle from
    // the tile's middle column and row.
    struct Span {
        int src, len, dst, dst_len;
    };
    auto spans = [corner](int whole, int tile, Span out[3]) {
        if (tile == whole) {
            out[0] = {0, whole, 0, whole};
            return 1;
        }
        out[0] = {0, corner, 0, corner};
        out[1] = {corner, 1, corner, whole - 2 * corner};
        out[2] = {corner + 1, corner, whole - corner, corner};
        return 3;
    };
    Span xs[3], ys[3];
    int nx = spans(rect.w, t.w, xs);
    int ny = spans(rect.h, t.h, ys);
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            SDL_Rect src{xs[i].src, ys[j].src, xs[i].len, ys[j].len};
            SDL_Rect dst{rect.x + xs[i].dst, rect.y + ys[j].dst, xs[i].dst_len, ys[j].dst_len};
            // A piece clear of the tile's clear corners is opaque: copied
            // plainly (the middle, most of the shape, stretched: blending
            // it cost a third of a first frame's drawing).
            SDL_SetTextureBlendMode(t.texture, clear_of_corners(src, t.w, t.h, t.corner)
                                                   ? SDL_BLENDMODE_NONE
                                                   : SDL_BLENDMODE_BLEND);
            SDL_RenderCopy(renderer_, t.texture, &src, &dst);
        }
    SDL_SetTextureBlendMode(t.texture, t.corner == 0 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
}

void ShapePainter::circle(SDL_Rect rect, Color fill, Color stroke, int stroke_width) {
    int d = std::min(rect.w, rect.h);
    if (d <= 0)
        return;
    SDL_Rect sq{rect.x + (rect.w - d) / 2, rect.y + (rect.h - d) / 2, d, d};
    char key[160];
    std::snprintf(key, sizeof key, "c%d %s %s %d", d, format_color(fill).c_str(),
                  format_color(stroke).c_str(), stroke_width);
    char body[200];
    std::snprintf(body, sizeof body, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\"", d / 2.0, d / 2.0,
                  d / 2.0 - stroke_width / 2.0);
    std::string svg = svg_open(d, d) + body + fill_attr("fill", fill);
    if (stroke_width > 0)
        svg +=
            fill_attr("stroke", stroke) + " stroke-width=\"" + std::to_string(stroke_width) + "\"";
    svg += "/></svg>";
    draw_svg(key, svg, sq);
}

void ShapePainter::ring(SDL_Rect rect, int thickness, double fraction, Color arc, Color track) {
    int d = std::min(rect.w, rect.h);
    if (d <= 0)
        return;
    fraction = std::clamp(fraction, 0.0, 1.0);
    int steps = 240; // quantised so a ring redraws at most 240 times per lap
    int q = int(std::lround(fraction * steps));
    SDL_Rect sq{rect.x + (rect.w - d) / 2, rect.y + (rect.h - d) / 2, d, d};
    char key[200];
    std::snprintf(key, sizeof key, "ring%d t%d q%d %s %s", d, thickness, q,
                  format_color(arc).c_str(), format_color(track).c_str());
    double r = d / 2.0 - thickness / 2.0;
    double c = d / 2.0;
    std::string svg = svg_open(d, d);
    char buf[400];
    std::snprintf(buf, sizeof buf,
                  "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"none\" stroke-width=\"%d\"", c,
                  c, r, thickness);
    svg += buf + fill_attr("stroke", track) + "/>";
    if (q >= steps) {
        svg += buf + fill_attr("stroke", arc) + "/>";
    } else if (q > 0) {
        double a = 2 * M_PI * q / steps;
        double x = c + r * std::sin(a), y = c - r * std::cos(a);
        std::snprintf(buf, sizeof buf,
                      "<path d=\"M %.2f %.2f A %.2f %.2f 0 %d 1 %.2f %.2f\" fill=\"none\" "
                      "stroke-width=\"%d\" stroke-linecap=\"round\"",
                      c, c - r, r, r, a > M_PI ? 1 : 0, x, y, thickness);
        svg += buf + fill_attr("stroke", arc) + "/>";
    }
    svg += "</svg>";
    draw_svg(key, svg, sq);
}

} // namespace hearth
