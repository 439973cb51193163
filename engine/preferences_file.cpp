// The preferences file: read once, each change written into it in place.
#include "engine/preferences.hpp"

#include "engine/render/asset_paths.hpp"
#include "game/base/atomic_file.hpp"
#include "game/base/user_folders.hpp"

#include <algorithm>

namespace hearth {
namespace {

constexpr std::size_t kMaxFileBytes = 64u << 10;

// The first lines of a file Hearth creates.
constexpr std::string_view kHeader =
    "# Hearth's preferences (docs/table.md, \"Preferences\"). Hearth changes a\n"
    "# value here when you change that setting in Hearth, and keeps the rest.\n";

} // namespace

// ---------------------------------------------------------------- the file

PreferencesFile::PreferencesFile(std::filesystem::path file) : file_(std::move(file)) {}

const std::vector<Diagnostic>& PreferencesFile::load() {
    problems_.clear();
    parsed_ = true;
    values_ = {};
    if (file_.empty())
        return problems_;
    std::error_code ec;
    if (!std::filesystem::exists(file_, ec))
        return problems_;
    bool too_large = false;
    std::optional<std::string> text = read_file(file_, kMaxFileBytes, &too_large);
    if (!text) {
        parsed_ = false; // unread is never overwritten
        problems_.push_back(
            file_error({file_.string()}, too_large ? "the preferences file is larger than 64 KB"
                                                   : "cannot read the preferences file"));
        return problems_;
    }
    PreferencesRead r = read_preferences(*text, file_.string());
    values_ = std::move(r.values);
    problems_ = std::move(r.problems);
    parsed_ = r.parsed;
    return problems_;
}

void PreferencesFile::change(Setting s) {
    if (file_.empty())
        return;
    if (std::find(changed_.begin(), changed_.end(), s) == changed_.end())
        changed_.push_back(s);
}

void PreferencesFile::set_text_size(int percent) {
    percent = std::clamp(percent, kTextSizeMin, kTextSizeMax);
    if (percent != values_.text_size) {
        values_.text_size = percent;
        change(Setting::TextSize);
    }
}

void PreferencesFile::set_full_screen(bool on) {
    values_.full_screen = on;
    change(Setting::FullScreen);
}

void PreferencesFile::set_sound(bool on) {
    values_.sound = on;
    change(Setting::Sound);
}

void PreferencesFile::set_read_aloud(bool on) {
    values_.read_aloud = on;
    change(Setting::ReadAloud);
}

void PreferencesFile::set_last_group(std::vector<std::string> players, std::string format) {
    if (players != values_.players) {
        values_.players = std::move(players);
        change(Setting::Players);
    }
    if (format != values_.format) {
        values_.format = std::move(format);
        change(Setting::Format);
    }
}

std::optional<std::string> PreferencesFile::flush() {
    std::vector<Setting> changed = std::move(changed_);
    changed_.clear();
    if (changed.empty() || !writable())
        return std::nullopt;
    std::string text;
    std::error_code ec;
    if (std::filesystem::exists(file_, ec)) {
        bool too_large = false;
        std::optional<std::string> now = read_file(file_, kMaxFileBytes, &too_large);
        if (!now)
            return "cannot read " + file_.string() + " again; it is left as it is";
        text = std::move(*now);
    } else {
        text = kHeader;
    }
    std::optional<std::string> edited = edit_preferences(text, values_, changed);
    if (!edited) { // edited by hand since, and no longer TOML: left alone
        parsed_ = false;
        return file_.string() + " is no longer valid TOML; it is left as it is";
    }
    if (*edited == text)
        return std::nullopt;
    if (auto err = write_file_atomically(file_, *edited))
        return "cannot write " + file_.string() + ": " + *err;
    return std::nullopt;
}

std::filesystem::path default_preferences_file() {
    if (auto dir = user_config_folder(process_env))
        return *dir / "preferences.toml";
    return {};
}

} // namespace hearth
