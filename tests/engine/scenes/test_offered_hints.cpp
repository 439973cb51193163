// The choose step's screen at every window and text size: the two hint
// lines at the bottom (the keys, the clicker's) as drawn, each line's box its
// width and the body face's height, apart from each other, below the panel
// and inside the window. A format's choose step (Mission night: four cards)
// and set-up's missions (eight, in two rows).
#include "engine/scenes/offered_view.hpp"

#include "tests/engine_fixture.hpp"

#include <SDL_ttf.h>
#include <catch2/catch.hpp>

#include <set>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

// Every line drawn, still drawn.
struct Lines : TextSink {
    std::vector<DrawnLine> drawn;
    bool take(const DrawnLine& line) override {
        drawn.push_back(line);
        return false;
    }
};

struct Choose {
    const char* name;
    fs::path deck;
    const char* format;
    int cards;
    const char* script; // to the cards laid out
};

const Choose kScreens[] = {
    {"mission-night", HEARTH_BUNDLED_DECKS "/microsolidarity", "mission-night", 4,
     "key Space\nwait 0.3\nkey Space\nwait 0.3\n"},
    {"eight-missions", HEARTH_TEST_DECKS "/good/eight-missions", "mission-circle", 8, "wait 0.3\n"},
};

SDL_Rect box_of(const DrawnLine& line) {
    return {line.x, line.y, line.width,
            TTF_FontHeight(test::font_library().get(line.face, line.px))};
}

} // namespace

// Seen at 160% text size (+ pressed six times): the two hint lines at the
// bottom of the choose step were drawn over each other.
SCENARIO("the choose step's two hint lines never overlap on the screen") {
    for (const Choose& screen : kScreens)
        for (auto [w, h] : {std::pair{1280, 720}, {1920, 1080}, {3840, 2160}})
            for (double zoom : {0.7, 1.0, 1.3, 1.6}) {
                INFO(screen.name << " at " << w << "x" << h << ", text " << zoom);
                const fs::path dir = test::fresh_folder(std::string("hints-") + screen.name);
                Options o = test::table_options(dir, w, h);
                o.format = screen.format;
                auto app = test::headless_app(o, screen.deck);
                app->set_text_scale(zoom);
                REQUIRE(test::play_script(*app, screen.script) == 0);
                Lines lines;
                app->text_painter().set_sink(&lines);
                REQUIRE(test::play_script(*app, "shot choose\n") == 0);
                app->text_painter().set_sink(nullptr);
                const OfferedLayout L = offered_layout(w, h, screen.cards, zoom);
                const int panel_bottom = L.full.y + L.full.h;
                // Below the panel, each line once (the shot may draw more than one frame).
                std::vector<SDL_Rect> hints;
                std::set<std::string> seen;
                for (const DrawnLine& line : lines.drawn)
                    if (line.y >= panel_bottom &&
                        seen.insert(line.text + "@" + std::to_string(line.y)).second)
                        hints.push_back(box_of(line));
                REQUIRE(hints.size() == 2); // the keys, the clicker's
                CHECK(hints[0].y < hints[1].y);
                CHECK_FALSE(SDL_HasIntersection(&hints[0], &hints[1]));
                for (const SDL_Rect& r : hints) {
                    INFO("a hint line at " << r.x << "," << r.y << " " << r.w << "x" << r.h);
                    CHECK(r.x >= 0);
                    CHECK(r.x + r.w <= w);
                    CHECK(r.y + r.h <= h);
                    CHECK_FALSE(SDL_HasIntersection(&r, &L.full));
                    for (const SDL_Rect& card : L.cards)
                        CHECK_FALSE(SDL_HasIntersection(&r, &card));
                }
            }
}
