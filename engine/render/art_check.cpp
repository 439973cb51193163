#include "engine/render/art_check.hpp"

#include "engine/render/sdl_handles.hpp"
#include "game/base/folder_file.hpp"

#include <SDL_image.h>
#include <SDL_ttf.h>

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
constexpr std::size_t kMaxArtBytes = 32u << 20; // the loader's limit (LoadOptions)

} // namespace

ArtCheck decode_art_check() {
    return [](const std::filesystem::path& file) -> std::optional<std::string> {
        SurfacePtr surface;
        // Opened as the art cache opens it (folder_file.hpp), never by path through SDL.
        FolderRead bytes = file.is_absolute() ? read_resolved_file(file, kMaxArtBytes)
                                              : read_inside_folder(".", file, kMaxArtBytes);
        if (!bytes.bytes)
            return "cannot be opened: it " + bytes.error;
        SDL_RWops* rw = SDL_RWFromConstMem(bytes.bytes->data(), int(bytes.bytes->size()));
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

ArtCheck open_font_check() {
    return [](const std::filesystem::path& file) -> std::optional<std::string> {
        const bool was_on = TTF_WasInit() > 0;
        if (!was_on && TTF_Init() != 0)
            return std::string(TTF_GetError());
        FontPtr font(TTF_OpenFont(file.c_str(), 12));
        std::optional<std::string> why;
        if (!font)
            why = std::string(TTF_GetError());
        font.reset();
        if (!was_on)
            TTF_Quit();
        return why;
    };
}

} // namespace hearth
