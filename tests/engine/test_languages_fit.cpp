// Every screen in every language, and in the pseudo-language (accented and
// 40% longer), fits: no line of text reaches past an edge of the window.
// Set-up, the table, help, the summary and solo, at three sizes.
#include "engine/words/translation.hpp"

#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

using namespace hearth;
using namespace hearth::test;

namespace {

struct Screen {
    const char* name;
    bool setup; // set-up first (no players named)
    bool solo;
    const char* script;
};

const Screen kScreens[] = {
    {"setup", true, false, "shot setup\nkey F1\nshot setup-help\n"},
    // Crew night (the fifth format), its estimate a range, the text at 130%.
    {"setup-range", true, false,
     "key +\nkey +\nkey +\nkey Down\nkey Down\nkey Down\nkey Down\nshot setup-range\n"},
    // The circle opens with Five scales: its own screen, then the first turn;
    // the host's end (Escape twice) begins its check-out round, and Escape
    // twice more ends that: the summary.
    {"opening", false, false, "key Space\nshot opening\nkey F1\nshot opening-help\n"},
    {"table", false, false,
     "key Space\nkey Space\nshot table\nkey F1\nshot table-help\nkey Escape\nkey K\nshot "
     "kept\n"},
    {"summary", false, false,
     "key Space\nkey Space\nwait 1\nkey K\nkey Escape\nkey Escape\nshot closing\nkey "
     "Escape\nkey Escape\nshot summary\n"},
    {"solo", false, true, "type Heute schreibe ich.\nshot solo\nkey F1\nshot solo-help\n"},
};

// The lines clipped while playing `screen` in `language` at w x h.
std::vector<std::string> clipped(const Screen& screen, const std::string& language, int w, int h) {
    const std::filesystem::path dir = fresh_folder("fit-" + language + "-" + screen.name);
    Options o = table_options(dir, w, h);
    o.language = language;
    if (screen.setup) {
        o.players.clear();
        o.format.clear();
    }
    if (screen.solo) {
        o.players.clear();
        o.format.clear();
        o.solo = true;
    }
    auto app = headless_app(o);
    app->text_painter().take_clipped();
    std::vector<std::string> out;
    std::string steps = screen.script;
    // Each shot is a frame drawn: the lines clipped so far are checked there.
    CHECK(play_script(*app, steps) == 0);
    out = app->text_painter().take_clipped();
    set_interface_language("en", {});
    return out;
}

} // namespace

SCENARIO("every screen fits in the pseudo-language at 1280x720", "[languages][fit]") {
    for (const Screen& s : kScreens) {
        INFO("screen " << s.name);
        CHECK(clipped(s, "pseudo", 1280, 720) == std::vector<std::string>{});
    }
}

SCENARIO("every screen fits in German, Spanish and French at three sizes", "[languages][fit]") {
    for (const char* lang : {"de", "es", "fr"})
        for (auto [w, h] : {std::pair{1280, 720}, {1920, 1080}, {1024, 768}})
            for (const Screen& s : kScreens) {
                INFO(lang << " " << w << "x" << h << " screen " << s.name);
                CHECK(clipped(s, lang, w, h) == std::vector<std::string>{});
            }
}
