// Font files a deck names: what makes one unusable, read from its first bytes
// (a font is not parsed here; the engine's FreeType reads it when drawing).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace hearth {

// Why `file` cannot be a deck's font ("does not exist", "is not a TrueType
// or OpenType font" ...), or nullopt when it looks like one. Files over
// `max_bytes` are refused.
std::optional<std::string> font_problem(const std::filesystem::path& file,
                                        std::uintmax_t max_bytes);

} // namespace hearth
