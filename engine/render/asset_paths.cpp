// Search order: beside the executable and its parents (build and install
// layouts), then the source tree this binary was built from, then the
// working directory. The first folder holding the expected file wins.
#include "engine/render/asset_paths.hpp"

#include <cstdlib>

#include <SDL.h>

#include <vector>

namespace hearth {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> roots() {
    std::vector<fs::path> out;
    if (char* base = SDL_GetBasePath()) {
        fs::path exe_dir(base);
        SDL_free(base);
        out.push_back(exe_dir);
        out.push_back(exe_dir / "../share/hearth");
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
