#include "engine/render/art_cache.hpp"

#include "engine/render/art_check.hpp"
#include "game/base/folder_file.hpp"

#include <SDL_image.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>

namespace hearth {
namespace {

// Art is read each time it is decoded, never by path through SDL: the bytes
// are opened as read_resolved_file opens them, so a file swapped for a
// symbolic link after the deck loaded is refused, not read outside the deck.
constexpr std::size_t kMaxArtBytes = 32u << 20; // the loader's limit (LoadOptions)

SurfacePtr rasterise_svg(const std::string& svg, int w, int h) {
    SurfacePtr surface;
    if (SDL_RWops* rw = SDL_RWFromConstMem(svg.data(), int(svg.size()))) {
        surface.reset(IMG_LoadSizedSVG_RW(rw, w, h));
        SDL_RWclose(rw);
    }
    return surface;
}

SurfacePtr decode_raster(const std::filesystem::path& file) {
    FolderRead bytes = read_resolved_file(file, kMaxArtBytes);
    if (!bytes.bytes)
        return nullptr;
    SDL_RWops* rw = SDL_RWFromConstMem(bytes.bytes->data(), int(bytes.bytes->size()));
    return SurfacePtr(rw ? IMG_Load_RW(rw, 1) : nullptr);
}

} // namespace

SurfacePtr shrink_surface(SDL_Surface* src, int w, int h) {
    if (!src || w <= 0 || h <= 0)
        return nullptr;
    SurfacePtr rgba(SDL_ConvertSurfaceFormat(src, SDL_PIXELFORMAT_RGBA32, 0));
    SurfacePtr out(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32));
    if (!rgba || !out)
        return nullptr;
    const int sw = rgba->w, sh = rgba->h;
    const auto* in = static_cast<const std::uint8_t*>(rgba->pixels);
    auto* dst = static_cast<std::uint8_t*>(out->pixels);
    for (int y = 0; y < h; ++y) {
        const int y0 = int(std::int64_t(y) * sh / h);
        const int y1 = std::max(y0 + 1, int(std::int64_t(y + 1) * sh / h));
        for (int x = 0; x < w; ++x) {
            const int x0 = int(std::int64_t(x) * sw / w);
            const int x1 = std::max(x0 + 1, int(std::int64_t(x + 1) * sw / w));
            std::uint64_t r = 0, g = 0, b = 0, a = 0;
            for (int sy = y0; sy < y1; ++sy) {
                const std::uint8_t* p =
                    in + std::size_t(sy) * std::size_t(rgba->pitch) + std::size_t(x0) * 4;
                for (int sx = x0; sx < x1; ++sx, p += 4) {
                    r += std::uint64_t(p[0]) * p[3];
                    g += std::uint64_t(p[1]) * p[3];
                    b += std::uint64_t(p[2]) * p[3];
                    a += p[3];
                }
            }
            const std::uint64_t n = std::uint64_t(x1 - x0) * std::uint64_t(y1 - y0);
            std::uint8_t* q = dst + std::size_t(y) * std::size_t(out->pitch) + std::size_t(x) * 4;
            q[0] = a ? std::uint8_t((r + a / 2) / a) : 0;
            q[1] = a ? std::uint8_t((g + a / 2) / a) : 0;
            q[2] = a ? std::uint8_t((b + a / 2) / a) : 0;
            q[3] = std::uint8_t((a + n / 2) / n);
        }
    }
    return out;
}

SizedTexture ArtCache::texture(const std::filesystem::path& file, SDL_Rect rect) {
    if (rect.w <= 0 || rect.h <= 0)
        return {};
    bool svg = is_svg_file(file);
    // Raster art is cached once, SVG once per size shown.
    std::string key = file.string();
    if (svg) {
        key += '@';
        key += std::to_string(rect.w);
        key += 'x';
        key += std::to_string(rect.h);
    }
    if (SizedTexture t = cache_.find(key))
        return t;
    if (!svg) {
        ++decodes_;
        SurfacePtr surface = decode_raster(file);
        SizedTexture t = cache_.put_surface(renderer_, key, surface.get());
        if (t)
            SDL_SetTextureScaleMode(t.texture, SDL_ScaleModeLinear);
        return t;
    }
    // A larger picture of this SVG: shrink it to the size its fit in `rect`
    // would have (nanosvg keeps the aspect too).
    auto big = largest_.find(file.string());
    if (big != largest_.end() && big->second->w >= rect.w && big->second->h >= rect.h) {
        SDL_Surface* s = big->second.get();
        double scale = std::min(double(rect.w) / s->w, double(rect.h) / s->h);
        int w = std::max(1, int(std::lround(s->w * scale)));
        int h = std::max(1, int(std::lround(s->h * scale)));
        SurfacePtr small = shrink_surface(s, std::min(w, rect.w), std::min(h, rect.h));
        if (small)
            return cache_.put_surface(renderer_, key, small.get());
    }
    SurfacePtr surface = rasterise(file, rect.w, rect.h);
    if (!surface)
        return {};
    SizedTexture t = cache_.put_surface(renderer_, key, surface.get());
    if (t &&
        (big == largest_.end() || (surface->w >= big->second->w && surface->h >= big->second->h)))
        largest_[file.string()] = std::move(surface);
    return t;
}

// An SVG rasterised to fit w x h: from the disk cache when it has the
// picture, else rasterised now (and kept there for the next run).
SurfacePtr ArtCache::rasterise(const std::filesystem::path& file, int w, int h) {
    FolderRead bytes = read_resolved_file(file, kMaxArtBytes);
    if (!bytes.bytes)
        return nullptr;
    const std::string& svg = *bytes.bytes;
    if (disk_)
        if (SurfacePtr kept = disk_->find(svg, w, h)) {
            ++disk_hits_;
            return kept;
        }
    ++decodes_;
    SurfacePtr surface = rasterise_svg(svg, w, h);
    if (surface && disk_)
        disk_->store(svg, w, h, surface.get());
    return surface;
}

void ArtCache::keep_on_disk(const std::filesystem::path& folder) {
    disk_ = std::make_unique<ArtDiskCache>(folder);
}

bool ArtCache::prepare(const std::filesystem::path& file, SDL_Rect rect) {
    return bool(texture(file, rect));
}

bool ArtCache::draw(const std::filesystem::path& file, SDL_Rect rect) {
    SizedTexture t = texture(file, rect);
    if (!t)
        return false;
    double scale = std::min(double(rect.w) / t.w, double(rect.h) / t.h);
    int w = int(t.w * scale), h = int(t.h * scale);
    SDL_Rect dst{rect.x + (rect.w - w) / 2, rect.y + (rect.h - h) / 2, w, h};
    SDL_RenderCopy(renderer_, t.texture, nullptr, &dst);
    return true;
}

void ArtCache::clear() {
    cache_.clear();
    largest_.clear();
}

} // namespace hearth
