#include "game/base/user_folders.hpp"

namespace hearth {

namespace fs = std::filesystem;

namespace {

// $XDG_... when it is absolute, else $HOME/fallback: the XDG rules.
std::optional<fs::path> xdg_folder(const EnvLookup& env, std::string_view xdg,
                                   const fs::path& fallback) {
    auto absolute = [&](std::string_view name) -> std::optional<fs::path> {
        if (auto v = env(name); v && !v->empty() && fs::path(*v).is_absolute())
            return fs::path(*v);
        return std::nullopt;
    };
    if (auto dir = absolute(xdg))
        return *dir / "hearth";
    if (auto home = absolute("HOME"))
        return *home / fallback / "hearth";
    return std::nullopt;
}

} // namespace

std::optional<fs::path> user_data_folder(const EnvLookup& env) {
    return xdg_folder(env, "XDG_DATA_HOME", fs::path(".local") / "share");
}

std::optional<fs::path> user_config_folder(const EnvLookup& env) {
    return xdg_folder(env, "XDG_CONFIG_HOME", ".config");
}

} // namespace hearth
