#include "game/base/user_folders.hpp"

namespace hearth {

namespace fs = std::filesystem;

namespace {

// `$VARIABLE/hearth` when the variable holds an absolute path, else
// `$HOME/FALLBACK/hearth`; the XDG rules ignore relative paths.
std::optional<fs::path> xdg_folder(const EnvLookup& env, std::string_view variable,
                                   const fs::path& fallback) {
    auto absolute = [&](std::string_view name) -> std::optional<fs::path> {
        if (auto v = env(name); v && !v->empty() && fs::path(*v).is_absolute())
            return fs::path(*v);
        return std::nullopt;
    };
    if (auto xdg = absolute(variable))
        return *xdg / "hearth";
    if (auto home = absolute("HOME"))
        return *home / fallback / "hearth";
    return std::nullopt;
}

} // namespace

std::optional<fs::path> user_data_folder(const EnvLookup& env) {
    return xdg_folder(env, "XDG_DATA_HOME", fs::path(".local") / "share");
}

std::optional<fs::path> user_cache_folder(const EnvLookup& env) {
    return xdg_folder(env, "XDG_CACHE_HOME", ".cache");
}

std::optional<fs::path> user_config_folder(const EnvLookup& env) {
    return xdg_folder(env, "XDG_CONFIG_HOME", ".config");
}

} // namespace hearth
