// Hearth's command line. Pure: parsed into Options, or a message for the
// user. The options are a promise to scripts; docs/table.md lists them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hearth {

struct Options {
    bool headless = false;
    bool watch = false; // live reload: reload the deck when its files change
    int width = 1920, height = 1080;
    bool size_given = false;
    std::string deck;                  // empty: the bundled deck
    std::optional<std::uint64_t> seed; // empty: from the clock (window) or 1 (headless)
    std::vector<std::string> players;  // names; set-up is skipped when given
    int player_count = 0;              // --players N: N players with default names
    bool solo = false;
    std::string format;
    std::string script;
    std::string out = ".";
    std::string log;
    std::string resume; // a save file: continued if it exists, written after every action
    // The preferences file; empty: the user's (a window) or none (headless).
    std::string config;
    // The interface's language ("de", "es", "fr", "en", "pseudo"); empty:
    // the preference, else the deck's language.
    std::string language;
    // Seeing and hearing (docs/accessibility.md); empty: the preference.
    std::string read_aloud;     // "off", "cards", "turns" or "everything"
    std::string speech_log;     // what read aloud says, written here instead of spoken
    std::string theme;          // "standard" or "high-contrast"
    std::string font;           // "standard", "andika" or "opendyslexic"
    std::string reduced_motion; // "on" or "off"
    bool help = false;
    bool version = false;
    // --phones [ADDR:PORT]: serve the phone page (docs/phones.md). An empty
    // address: the default route's; port 0: any free one.
    bool phones = false;
    std::string phones_address;
    int phones_port = 8420;
    // Set-up is skipped: players were named on the command line.
    bool skip_setup() const {
        return solo || !players.empty() || player_count > 0 || !resume.empty();
    }
};

// Parses argv[1..]; the error string says what is wrong in one line.
std::variant<Options, std::string> parse_options(const std::vector<std::string_view>& args);

// The --help text.
std::string_view usage();

} // namespace hearth
