// Search order, the first folder holding the expected file wins:
//   installed (bin/hearth): PREFIX/share/hearth, then beside the executable;
//     never the source tree it was built from nor the working directory, so
//     an incomplete install says so instead of quietly using a checkout;
//   in the build tree (build/engine/hearth, build/tests/...): beside the
//     executable and its parents, the source tree, the working directory.
#include "engine/render/asset_paths.hpp"

#include <cstdlib>

#include <SDL.h>

#include <vector>

namespace hearth {
namespace {

namespace fs = std::filesystem;

// True for the binaries of the build tree: their folder's parent is the
// build folder itself (build/engine, build/tools, build/tests).
bool in_build_tree(const fs::path& exe_dir) {
#ifdef HEARTH_BUILD_DIR
    std::error_code ec;
    return fs::equivalent(exe_dir / "..", fs::path(HEARTH_BUILD_DIR), ec);
#else
    (void)exe_dir;
    return false;
#endif
}

std::vector<fs::path> roots() {
    std::vector<fs::path> out;
    char* base = SDL_GetBasePath();
    fs::path exe_dir = base ? fs::path(base) : fs::path();
    SDL_free(base);
    if (!exe_dir.empty() && !in_build_tree(exe_dir)) {
        out.push_back(exe_dir / "../share/hearth");
        out.push_back(exe_dir);
        return out;
    }
    if (!exe_dir.empty()) {
        out.push_back(exe_dir);
        out.push_back(exe_dir / "..");
        out.push_back(exe_dir / "../..");
    }
#ifdef HEARTH_SOURCE_DIR
    out.push_back(fs::path(HEARTH_SOURCE_DIR));
#endif
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    if (!ec)
        out.push_back(cwd);
    return out;
}

fs::path find_under_roots(const fs::path& relative_dir, const fs::path& marker) {
    for (const fs::path& root : roots()) {
        std::error_code ec;
        fs::path dir = root / relative_dir;
        if (fs::is_regular_file(dir / marker, ec))
            return fs::weakly_canonical(dir, ec);
    }
    return {};
}

} // namespace

fs::path find_locale_dir() {
    return find_under_roots("locale", "de/LC_MESSAGES/hearth.mo");
}

fs::path find_assets_dir() {
    return find_under_roots("assets", "fonts/lato/Lato-Regular.ttf");
}

fs::path find_default_deck() {
    return find_under_roots("decks/microsolidarity", "deck.toml");
}

std::optional<std::string> process_env(std::string_view name) {
    const char* v = std::getenv(std::string(name).c_str());
    return v ? std::optional<std::string>(v) : std::nullopt;
}

} // namespace hearth
