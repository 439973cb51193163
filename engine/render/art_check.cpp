#include "engine/render/art_check.hpp"

#include <SDL_image.h>

namespace hearth {

ArtCheck decode_art_check() {
    return [](const std::filesystem::path& file) -> std::optional<std::string> {
        SDL_Surface* surface = IMG_Load(file.c_str());
        if (!surface)
            return std::string(IMG_GetError());
        bool empty = surface->w <= 0 || surface->h <= 0;
        SDL_FreeSurface(surface);
        if (empty)
            return std::string("the image has no pixels");
        return std::nullopt;
    };
}

} // namespace hearth
