// Writing a file that never replaces another: the summary of an evening is
// kept beside every other evening's, even two that end in the same minute.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

namespace hearth {

// Writes `contents` as a new file named like `wanted` (its folder created as
// needed): `wanted` itself when no file has that name, else the first free
// of NAME-2.EXT, NAME-3.EXT, ... The file appears whole or not at all, and
// an existing file is never touched, even by another process writing at the
// same moment (the name is taken with link(2), which fails if it exists).
// Returns the path written, or what went wrong.
std::variant<std::filesystem::path, std::string> write_new_file(const std::filesystem::path& wanted,
                                                                std::string_view contents);

} // namespace hearth
