// Paths named in a deck file must stay inside the deck folder: no absolute
// paths, no "..", no symbolic links that lead out.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

namespace hearth {

// The file `relative` names inside `folder`, or a message saying why it may
// not be used. The file need not exist; a missing file is the caller's call.
std::variant<std::filesystem::path, std::string>
resolve_in_folder(const std::filesystem::path& folder, std::string_view relative);

} // namespace hearth
