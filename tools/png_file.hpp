// Card images as print shops take them: a PNG that says its resolution
// (a pHYs chunk, so 300 dpi opens as 300 dpi), with or without alpha.
#pragma once

#include <SDL.h>

#include <optional>
#include <string>

namespace hearth::tools {

// `png` (a whole PNG file) with a pHYs chunk for `dpi` after its header;
// unchanged when it is no PNG or already has one.
std::string with_resolution(std::string png, int dpi);

// Writes `surface` to `file` as a PNG at `dpi`, as RGB without alpha when
// `alpha` is false. nullopt on success, else why not.
std::optional<std::string> save_print_png(SDL_Surface* surface, const std::string& file, int dpi,
                                          bool alpha);

} // namespace hearth::tools
