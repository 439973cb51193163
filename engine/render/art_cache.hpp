// Card art as textures: SVG rasterised at the size shown (sharp at any
// window size), PNG and JPEG decoded once and scaled when drawn. Cached by
// path and size, so each image is decoded once per size shown.
#pragma once

#include "engine/render/sdl_color.hpp"
#include "engine/render/texture_cache.hpp"

#include <filesystem>

namespace hearth {

class ArtCache {
public:
    explicit ArtCache(SDL_Renderer* renderer) : renderer_(renderer), cache_(96) {}

    // Draws the art at `file` fitted (aspect kept) and centred in `rect`.
    // Returns false when the file cannot be decoded.
    bool draw(const std::filesystem::path& file, SDL_Rect rect);
    // Forgets every texture (after a deck reload, art may have changed).
    void clear() { cache_.clear(); }
    // How many times an image file has been decoded (tests, benchmarks).
    std::size_t decodes() const { return decodes_; }

private:
    SDL_Renderer* renderer_;
    TextureCache cache_;
    std::size_t decodes_ = 0;
};

} // namespace hearth
