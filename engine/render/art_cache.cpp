#include "engine/render/art_cache.hpp"

#include <SDL_image.h>

namespace hearth {
namespace {

bool is_svg(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    for (char& c : ext)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".svg";
}

} // namespace

bool ArtCache::draw(const std::filesystem::path& file, SDL_Rect rect) {
    if (rect.w <= 0 || rect.h <= 0)
        return false;
    bool svg = is_svg(file);
    // Raster art is cached once, SVG once per size shown.
    std::string key = file.string();
    if (svg)
        key += '@' + std::to_string(rect.w) + 'x' + std::to_string(rect.h);
    SizedTexture t = cache_.find(key);
    if (!t) {
        ++decodes_;
        SurfacePtr surface;
        if (svg) {
            SDL_RWops* rw = SDL_RWFromFile(file.c_str(), "rb");
            if (rw) {
                surface.reset(IMG_LoadSizedSVG_RW(rw, rect.w, rect.h));
                SDL_RWclose(rw);
            }
        } else {
            surface.reset(IMG_Load(file.c_str()));
        }
        if (!surface)
            return false;
        t = cache_.put_surface(renderer_, key, surface.get());
        if (!t)
            return false;
        if (!svg)
            SDL_SetTextureScaleMode(t.texture, SDL_ScaleModeLinear);
    }
    double scale = std::min(double(rect.w) / t.w, double(rect.h) / t.h);
    int w = int(t.w * scale), h = int(t.h * scale);
    SDL_Rect dst{rect.x + (rect.w - w) / 2, rect.y + (rect.h - h) / 2, w, h};
    SDL_RenderCopy(renderer_, t.texture, nullptr, &dst);
    return true;
}

} // namespace hearth
