#include "engine/render/art_check.hpp"

#include "engine/render/sdl_handles.hpp"

#include <SDL_image.h>

#include <cctype>

namespace hearth {

bool is_svg_file(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    for (char& c : ext)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".svg";
}

namespace {

// The smallest picture that proves an SVG file can be drawn: parsing it is
// the check, rasterising it at its own size (630x880 for the bundled back)
// only cost start-up time, and the table rasterises it again at the size
// it shows anyway.
constexpr int kSvgProbePx = 8;

} // namespace

ArtCheck decode_art_check() {
    return [](const std::filesystem::path& file) -> std::optional<std::string> {
        SurfacePtr surface;
        SDL_RWops* rw = SDL_RWFromFile(file.c_str(), "rb");
        if (!rw)
            return std::string(SDL_GetError());
        // SVG by its name or by its content: never rasterised at its own
        // declared size, which may be anything (sniff_art bounds it).
        if (is_svg_file(file) || IMG_isSVG(rw))
            surface.reset(IMG_LoadSizedSVG_RW(rw, kSvgProbePx, kSvgProbePx));
        else
            surface.reset(IMG_Load_RW(rw, 0));
        SDL_RWclose(rw);
        if (!surface)
            return std::string(IMG_GetError());
        if (surface->w <= 0 || surface->h <= 0)
            return std::string("the image has no pixels");
        return std::nullopt;
    };
}

} // namespace hearth
