// A cheap check that an art file is an image Hearth can show, without
// decoding it (the game core has no image library). The engine supplies a
// full decode check to the loader where one is wanted (see LoadOptions).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace hearth {

// nullopt when `file` looks like a PNG, JPEG or SVG image, else why not.
std::optional<std::string> sniff_art(const std::filesystem::path& file);

} // namespace hearth
