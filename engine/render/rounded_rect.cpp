#include "engine/render/rounded_rect.hpp"

#include <SDL.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace hearth {
namespace {

// Signed distance from (px, py) to a rounded box centred at the origin with
// half extents (bx, by) and corner radius r: negative inside.
double box_distance(double px, double py, double bx, double by, double r) {
    double qx = std::abs(px) - bx + r;
    double qy = std::abs(py) - by + r;
    double outside = std::hypot(std::max(qx, 0.0), std::max(qy, 0.0));
    double inside = std::min(std::max(qx, qy), 0.0);
    return outside + inside - r;
}

// The pixel whose centre is (x + 0.5, y + 0.5) in the shape, non-premultiplied.
struct Pixel {
    std::uint8_t r, g, b, a;
};

// Pixel coverage of a shape whose signed distance at the pixel's centre is d.
double cover(double d) {
    return std::clamp(0.5 - d, 0.0, 1.0);
}

class Shader {
public:
    explicit Shader(const RoundedRect& s) : s_(s) {
        const double sw = std::max(0, s.stroke_width);
        const double inset = sw / 2.0;
        cx_ = s.w / 2.0;
        cy_ = s.h / 2.0;
        // The outline: the rectangle stroke_width / 2 inside the edge, its
        // corner radius clamped to half its smaller side (SVG clamps rx and
        // ry each; a rounded rectangle here keeps round corners).
        bx_ = std::max(0.0, cx_ - inset);
        by_ = std::max(0.0, cy_ - inset);
        radius_ = std::clamp(s.radius - inset, 0.0, std::min(bx_, by_));
        // The stroke lies between the outline grown and shrunk by half its
        // width; an outline with square corners keeps them square outside
        // (SVG's mitred joins) and the rounded corners grow round.
        outer_radius_ = radius_ > 0 ? radius_ + inset : 0.0;
        inner_radius_ = std::max(0.0, radius_ - inset);
        inset_ = inset;
    }

    Pixel at(int x, int y) const {
        const double px = x + 0.5 - cx_, py = y + 0.5 - cy_;
        const double fill_cover = cover(box_distance(px, py, bx_, by_, radius_));
        double stroke_cover = 0;
        if (s_.stroke_width > 0) {
            double outer = cover(box_distance(px, py, bx_ + inset_, by_ + inset_, outer_radius_));
            double inner = cover(box_distance(px, py, std::max(0.0, bx_ - inset_),
                                              std::max(0.0, by_ - inset_), inner_radius_));
            stroke_cover = std::clamp(outer - inner, 0.0, 1.0);
        }
        // The stroke over the fill ("source over"), in premultiplied terms.
        const double fa = s_.fill.a / 255.0 * fill_cover;
        const double sa = s_.stroke.a / 255.0 * stroke_cover;
        const double a = sa + fa * (1 - sa);
        if (a <= 0)
            return {0, 0, 0, 0};
        auto channel = [&](std::uint8_t stroke, std::uint8_t fill) {
            double c = (stroke * sa + fill * fa * (1 - sa)) / a;
            return std::uint8_t(std::clamp(std::lround(c), 0L, 255L));
        };
        return {channel(s_.stroke.r, s_.fill.r), channel(s_.stroke.g, s_.fill.g),
                channel(s_.stroke.b, s_.fill.b), std::uint8_t(std::lround(a * 255))};
    }

private:
    RoundedRect s_;
    double cx_ = 0, cy_ = 0, bx_ = 0, by_ = 0, radius_ = 0;
    double outer_radius_ = 0, inner_radius_ = 0, inset_ = 0;
};

void put(SDL_Surface* surface, int x, int y, Pixel p) {
    auto* row = static_cast<std::uint8_t*>(surface->pixels) + std::size_t(y) * surface->pitch;
    std::uint8_t* q = row + std::size_t(x) * 4;
    q[0] = p.r;
    q[1] = p.g;
    q[2] = p.b;
    q[3] = p.a;
}

SurfacePtr new_surface(int w, int h) {
    return SurfacePtr(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32));
}

} // namespace

int rounded_rect_corner(const RoundedRect& shape) {
    return std::max({shape.radius, shape.stroke_width, 0}) + 1;
}

SurfacePtr rounded_rect_surface(const RoundedRect& shape) {
    if (shape.w <= 0 || shape.h <= 0)
        return nullptr;
    SurfacePtr out = new_surface(shape.w, shape.h);
    if (!out)
        return nullptr;
    Shader shader(shape);
    for (int y = 0; y < shape.h; ++y)
        for (int x = 0; x < shape.w; ++x)
            put(out.get(), x, y, shader.at(x, y));
    return out;
}

RoundedRectTile rounded_rect_tile(const RoundedRect& shape) {
    if (shape.w <= 0 || shape.h <= 0)
        return {};
    int k = rounded_rect_corner(shape);
    // Along each axis: the whole shape when it is small, else k pixels at
    // each end and one column (row) that stands for the straight middle.
    int tw = shape.w > 2 * k + 1 ? 2 * k + 1 : shape.w;
    int th = shape.h > 2 * k + 1 ? 2 * k + 1 : shape.h;
    auto source = [k](int t, int tile, int whole) {
        if (tile == whole || t < k)
            return t;
        if (t == k)
            return whole / 2;
        return whole - (tile - t);
    };
    SurfacePtr tile = new_surface(tw, th);
    if (!tile)
        return {};
    Shader shader(shape);
    for (int y = 0; y < th; ++y)
        for (int x = 0; x < tw; ++x)
            put(tile.get(), x, y, shader.at(source(x, tw, shape.w), source(y, th, shape.h)));
    return {std::move(tile)};
}

} // namespace hearth
