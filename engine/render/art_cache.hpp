// Card art as textures: SVG rasterised at the size shown (sharp at any
// window size), PNG and JPEG decoded once and scaled when drawn. Cached by
// path and size, so each image is decoded once per size shown, and an SVG
// already rasterised larger is shrunk from that picture rather than
// rasterised again (the table shows the back at the centre card's size and,
// a third as large, on the draw pile).
#pragma once

#include "engine/render/art_disk_cache.hpp"
#include "engine/render/sdl_color.hpp"
#include "engine/render/texture_cache.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>

namespace hearth {

class ArtCache {
public:
    explicit ArtCache(SDL_Renderer* renderer) : renderer_(renderer), cache_(96) {}

    // Draws the art at `file` fitted (aspect kept) and centred in `rect`.
    // Returns false when the file cannot be decoded.
    bool draw(const std::filesystem::path& file, SDL_Rect rect);
    // Makes the texture `draw` would use for `rect` without drawing it (idle
    // preparation). Returns false when the file cannot be decoded.
    bool prepare(const std::filesystem::path& file, SDL_Rect rect);
    // Forgets every texture (after a deck reload, art may have changed).
    void clear();
    // Keeps SVG rasterisations in `folder` between runs too (a window's
    // cache; headless runs and print images keep none).
    void keep_on_disk(const std::filesystem::path& folder);
    // How many times an image file has been decoded (tests, benchmarks).
    std::size_t decodes() const { return decodes_; }
    // How many SVG pictures came from the disk cache instead.
    std::size_t disk_hits() const { return disk_hits_; }

private:
    SizedTexture texture(const std::filesystem::path& file, SDL_Rect rect);
    SurfacePtr rasterise(const std::filesystem::path& file, int w, int h);

    SDL_Renderer* renderer_;
    TextureCache cache_;
    // The largest rasterisation of each SVG file, which smaller sizes are
    // shrunk from.
    std::unordered_map<std::string, SurfacePtr> largest_;
    std::size_t decodes_ = 0;
    std::size_t disk_hits_ = 0;
    std::unique_ptr<ArtDiskCache> disk_;
};

// `src` shrunk to w x h by averaging the pixels each one covers (weighted
// by alpha, so transparent edges do not darken). Returns RGBA32.
SurfacePtr shrink_surface(SDL_Surface* src, int w, int h);

} // namespace hearth
