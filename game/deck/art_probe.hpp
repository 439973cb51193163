// A cheap check that an art file is an image Hearth can show, without
// decoding it (the game core has no image library). The engine supplies a
// full decode check to the loader where one is wanted (see LoadOptions).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace hearth {

// The most pixels a side of any art may have, as declared by the file:
// beyond anything Hearth draws on a screen or prints at 300 dpi.
inline constexpr int kMaxArtSide = 16384;
// The most pixels an image may declare (8192x8192, 256 MB decoded): SDL_image
// rasterises an SVG at its declared size when a file is not named .svg, and
// decodes a PNG or JPEG whole.
inline constexpr double kMaxArtPixels = 67108864;

// The size an SVG text's root element declares (width and height, else its
// viewBox), in pixels at 96 dpi; none when it declares none Hearth can read.
std::optional<std::pair<double, double>> svg_declared_size(std::string_view bytes);

// nullopt when `file` looks like a PNG, JPEG or SVG image, else why not
// (an image declaring more than kMaxArtSide pixels a side or kMaxArtPixels
// in all is refused; a JPEG without a frame header is damaged).
std::optional<std::string> sniff_art(const std::filesystem::path& file);

} // namespace hearth
