// Decodes art with SDL_image to prove the table can show it; plugs into
// LoadOptions::check_art so lint and live reload catch broken images.
#pragma once

#include "game/deck/deck_loader.hpp"

#include <filesystem>

namespace hearth {

// Whether `file` is SVG art, by its extension in any letter case.
bool is_svg_file(const std::filesystem::path& file);

// A check that decodes PNG and JPEG files fully with SDL_image, and parses
// SVG files (rasterised only at a few pixels: parsing is what can fail).
ArtCheck decode_art_check();

// A check that opens a deck's font with SDL_ttf (FreeType), as the table
// will: a file that only looks like a font (cut off, damaged) is named.
ArtCheck open_font_check();

} // namespace hearth
