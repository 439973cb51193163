#include "game/deck/deck_paths.hpp"

#include <system_error>

namespace hearth {

namespace fs = std::filesystem;

std::variant<fs::path, std::string> resolve_in_folder(const fs::path& folder,
                                                      std::string_view relative) {
    // Built by appending: GCC 12's -Wrestrict misfires on "'" + std::string(...) (PR 105329).
    std::string quoted(1, '\'');
    quoted.append(relative).push_back('\'');
    if (relative.empty())
        return std::string("the path is empty");
    if (relative.find('\\') != std::string_view::npos)
        return "path " + quoted + " uses '\\'; write paths with '/'";
    fs::path rel(relative);
    if (rel.is_absolute() || relative.front() == '/' || rel.has_root_name())
        return "path " + quoted + " is absolute; write it relative to the deck folder";
    for (const auto& part : rel)
        if (part == "..")
            return "path " + quoted + " leaves the deck folder ('..' is not allowed)";

    std::error_code ec;
    fs::path root = fs::weakly_canonical(folder, ec);
    if (ec)
        return "cannot resolve the deck folder: " + ec.message();
    fs::path full = fs::weakly_canonical(root / rel, ec);
    if (ec)
        return "cannot resolve path " + quoted + ": " + ec.message();
    // After following links, the file must still lie under the deck folder.
    auto [r, f] = std::mismatch(root.begin(), root.end(), full.begin(), full.end());
    if (r != root.end())
        return "path " + quoted + " leads outside the deck folder through a symbolic link";
    return full;
}

} // namespace hearth
