// What the loader says about art beyond "can it be shown": the file a
// mistyped name most likely meant, and SVG pictures that SDL_image would
// draw empty or without their text.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// The deck-relative path (generic form) of the file `relative` most likely
// meant when it does not exist: the same path with other letter case, or
// the same name with another image extension; empty when none.
std::string art_near_miss(const std::filesystem::path& folder, const std::string& relative);

// Warnings about an SVG's text `bytes`: it draws nothing, is cut off, refers
// to files or addresses outside itself, or holds text SDL_image does not draw.
std::vector<std::string> svg_warnings(std::string_view bytes);

} // namespace hearth
