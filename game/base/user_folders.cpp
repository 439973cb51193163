#include "game/base/user_folders.hpp"

namespace hearth {

namespace fs = std::filesystem;

std::optional<fs::path> user_data_folder(const EnvLookup& env) {
    auto absolute = [&](std::string_view name) -> std::optional<fs::path> {
        if (auto v = env(name); v && !v->empty() && fs::path(*v).is_absolute())
            return fs::path(*v);
        return std::nullopt;
    };
    if (auto xdg = absolute("XDG_DATA_HOME"))
        return *xdg / "hearth";
    if (auto home = absolute("HOME"))
        return *home / ".local" / "share" / "hearth";
    return std::nullopt;
}

} // namespace hearth
