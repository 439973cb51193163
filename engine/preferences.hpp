// The user's preferences: text size, full screen, sound, and the last
// group's names and format, kept in $XDG_CONFIG_HOME/hearth/preferences.toml
// (docs/table.md, "Preferences").
//
// The file is the user's as much as Hearth's: Hearth never rewrites it from
// its model. A setting the user changes in Hearth replaces that one value in
// the file as it is on disk then (or adds it), and every other byte stays:
// comments, order, keys Hearth does not know, and values it found wrong.
// A wrong value is reported (file:line:col) and the default used; it is
// replaced only when the user changes that setting. A file that is not
// TOML at all is reported and never written: settings changed then last
// until Hearth quits.
#pragma once

#include "game/base/diagnostic.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

inline constexpr int kTextSizeMin = 70;  // percent
inline constexpr int kTextSizeMax = 160; // percent

struct Preferences {
    int text_size = 100; // percent of the table's text size, the + and - keys
    bool full_screen = false;
    bool sound = true;                // false: muted (M)
    std::vector<std::string> players; // the last group, in seat order; empty: none yet
    std::string format;               // the last format's id; empty: none yet
    std::string language;             // the interface's language ("de"); empty: the deck's
    // Seeing and hearing (docs/accessibility.md).
    bool read_aloud = false;                    // the read-aloud key (V)
    std::string read_aloud_verbosity = "turns"; // "cards", "turns" or "everything"
    std::string theme = "standard";             // "standard" or "high-contrast"
    std::string font = "standard";              // "standard", "andika" or "opendyslexic"
    std::optional<bool> reduced_motion;         // absent: the desktop's setting
    bool operator==(const Preferences&) const = default;
};

// One setting, as the file names it.
enum class Setting : std::uint8_t {
    TextSize,
    FullScreen,
    Sound,
    Players,
    Format,
    ReadAloud,
    ReadAloudVerbosity,
    Theme,
    Font,
    ReducedMotion,
};

// The values Hearth knows for the settings that are words.
inline constexpr std::string_view kVerbosities[] = {"cards", "turns", "everything"};
inline constexpr std::string_view kThemes[] = {"standard", "high-contrast"};
inline constexpr std::string_view kFonts[] = {"standard", "andika", "opendyslexic"};

// What reading a preferences file found.
struct PreferencesRead {
    Preferences values; // the defaults where a key is absent or wrong
    std::vector<Diagnostic> problems;
    bool parsed = true; // false: not TOML; the file must not be written
};

// Reads preferences from `text`; `shown` names the file in diagnostics.
PreferencesRead read_preferences(std::string_view text, const std::string& shown);

// `text` with each of `settings` set to its value in `p` and every other byte
// as it was; nullopt when `text` is not TOML (then it must stay as it is).
std::optional<std::string> edit_preferences(std::string_view text, const Preferences& p,
                                            const std::vector<Setting>& settings);

// The file: read once, and each change written into it in place.
class PreferencesFile {
public:
    // `file` empty: no file (a headless run without --config): the defaults,
    // nothing read, nothing written.
    explicit PreferencesFile(std::filesystem::path file = {});

    // Reads the file; a missing one is no problem. Returns its problems.
    const std::vector<Diagnostic>& load();
    const Preferences& values() const { return values_; }
    const std::vector<Diagnostic>& problems() const { return problems_; }
    const std::filesystem::path& file() const { return file_; }
    // False when the file is not TOML: changes are kept until Hearth quits.
    bool writable() const { return !file_.empty() && parsed_; }

    void set_text_size(int percent);
    void set_full_screen(bool on);
    void set_sound(bool on);
    void set_last_group(std::vector<std::string> players, std::string format);
    void set_read_aloud(bool on);

    // Changes not yet written.
    bool pending() const { return !changed_.empty(); }
    // Writes the changes into the file as it is on disk now, atomically.
    // Returns what went wrong, if anything (the changes are then dropped).
    std::optional<std::string> flush();

private:
    void change(Setting s);

    std::filesystem::path file_;
    Preferences values_;
    std::vector<Diagnostic> problems_;
    bool parsed_ = true;
    std::vector<Setting> changed_;
};

// $XDG_CONFIG_HOME/hearth/preferences.toml, else ~/.config/hearth/preferences.toml;
// empty when neither variable is an absolute path.
std::filesystem::path default_preferences_file();

} // namespace hearth
