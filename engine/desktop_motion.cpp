#include "engine/desktop_motion.hpp"

#include "engine/render/asset_paths.hpp"
#include "game/base/atomic_file.hpp"
#include "game/base/user_folders.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace hearth {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// gsettings is on PATH (asking a shell for a missing program costs more).
bool have_gsettings() {
    const char* path = std::getenv("PATH");
    std::string_view rest = path ? path : "";
    while (!rest.empty()) {
        std::size_t colon = rest.find(':');
        std::string dir(rest.substr(0, colon));
        if (!dir.empty() && access((dir + "/gsettings").c_str(), X_OK) == 0)
            return true;
        rest = colon == std::string_view::npos ? "" : rest.substr(colon + 1);
    }
    return false;
}

} // namespace

std::optional<bool> gtk_reduces_motion(std::string_view ini) {
    while (!ini.empty()) {
        std::size_t nl = ini.find('\n');
        std::string_view line = trim(ini.substr(0, nl));
        ini = nl == std::string_view::npos ? "" : ini.substr(nl + 1);
        std::size_t eq = line.find('=');
        if (eq == std::string_view::npos || trim(line.substr(0, eq)) != "gtk-enable-animations")
            continue;
        std::string_view v = trim(line.substr(eq + 1));
        if (v == "false" || v == "0")
            return true;
        if (v == "true" || v == "1")
            return false;
    }
    return std::nullopt;
}

std::optional<bool> desktop_reduces_motion() {
    if (auto dir = user_config_folder(process_env))
        if (auto text = read_file(dir->parent_path() / "gtk-3.0" / "settings.ini", 64u << 10))
            if (auto reduce = gtk_reduces_motion(*text))
                return reduce;
    if (!have_gsettings())
        return std::nullopt;
    std::FILE* p =
        popen("gsettings get org.gnome.desktop.interface enable-animations 2>/dev/null", "r");
    if (!p)
        return std::nullopt;
    char buf[32] = {};
    std::string out = std::fgets(buf, sizeof buf, p) ? buf : "";
    pclose(p);
    if (out.rfind("false", 0) == 0)
        return true;
    if (out.rfind("true", 0) == 0)
        return false;
    return std::nullopt;
}

} // namespace hearth
