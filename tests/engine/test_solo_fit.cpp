// The solo screen's words stay inside their boxes in a long language and a
// wide font.
#include "tests/engine_fixture.hpp"

#include <cstring>

using namespace hearth;

// Regression: in German with OpenDyslexic the empty entry's placeholder,
// "Schreib, was kommt. Jedes Wort bleibt, während du tippst.", ran through
// the editor's right edge at 1280x720 and lost its full stop.
SCENARIO("the empty journal's placeholder fits its box in German with OpenDyslexic") {
    auto dir = test::fresh_folder("solo-fit");
    Options o = test::table_options(dir);
    o.solo = true;
    o.players.clear();
    o.format.clear();
    o.log.clear();
    o.font = "opendyslexic";
    o.language = "de";
    auto app = test::headless_app(o);
    REQUIRE(test::play_script(*app, "shot empty\n") == 0);
    SurfacePtr s = test::load_shot(dir, "empty");
    // The editor's frame at 1280x720 ends at x 1242; its padding (26 px at
    // 1080p, 17 here) is plain, row by row, along the placeholder's line.
    const auto* base = static_cast<const std::uint8_t*>(s->pixels);
    int ink = 0;
    for (int y = 85; y < 125; ++y) {
        std::uint32_t plain;
        std::memcpy(&plain, base + y * s->pitch + 1228 * 4, 4);
        for (int x = 1226; x < 1238; ++x) {
            std::uint32_t p;
            std::memcpy(&p, base + y * s->pitch + x * 4, 4);
            ink += p != plain;
        }
    }
    CHECK(ink == 0);
}
