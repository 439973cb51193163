// Set-up's names: twelve fit at every screen size with the field under
// them, a thirteenth is refused where people look, "ana" beside "Ana" is the
// same person, a digit says whom it seats, and a click picks the row clicked.
#include "engine/theme.hpp"
#include "game/base/atomic_file.hpp"
#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

struct Run {
    fs::path dir;
    int status = 0;
    std::string log;
    bool has(const std::string& s) const { return log.find(s) != std::string::npos; }
};

// Set-up (no --players) at w x h.
Run setup(const std::string& name, const std::string& script, int w = 1280, int h = 720) {
    Run r;
    r.dir = test::fresh_folder("setup-" + name);
    Options o = test::table_options(r.dir, w, h);
    o.players.clear();
    o.format.clear();
    auto app = test::headless_app(o);
    r.status = test::play_script(*app, script, name);
    app.reset();
    r.log = read_file(r.dir / "log.jsonl").value_or("");
    return r;
}

Color at(SDL_Surface* s, int x, int y) {
    Uint32 v = static_cast<Uint32*>(s->pixels)[y * (s->pitch / 4) + x];
    Color c;
    SDL_GetRGBA(v, s->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

bool near(Color a, Color b, int tolerance = 8) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

int px(int w, int h, double at_1080) {
    return std::max(1, int(std::lround(at_1080 * std::min(w / 1920.0, h / 1080.0))));
}

// The longest vertical run of `c` in column x: {top, length}.
std::pair<int, int> longest_run(SDL_Surface* s, int x, Color c) {
    std::pair<int, int> best{-1, 0};
    int top = -1;
    for (int y = 0; y <= s->h; ++y) {
        bool in = y < s->h && near(at(s, x, y), c);
        if (in && top < 0)
            top = y;
        if (!in && top >= 0) {
            if (y - top > best.second)
                best = {top, y - top};
            top = -1;
        }
    }
    return best;
}

// Any pixel of `c` in the rectangle.
bool any_of(SDL_Surface* s, SDL_Rect r, Color c) {
    for (int y = std::max(0, r.y); y < std::min(s->h, r.y + r.h); ++y)
        for (int x = std::max(0, r.x); x < std::min(s->w, r.x + r.w); ++x)
            if (near(at(s, x, y), c))
                return true;
    return false;
}

const char* kTwelve[] = {"Ana",   "Benedikt", "Caro",   "Dmitri", "Esperanza", "Farouk",
                         "Grete", "Hiroshi",  "Ingrid", "Jamal",  "Katarzyna", "Lucía"};

} // namespace

SCENARIO("set-up holds twelve names and the field at every screen size") {
    for (auto [w, h] : {std::pair{1280, 720}, {1920, 1080}, {3840, 2160}}) {
        GIVEN("twelve names typed at " << w << "x" << h) {
            std::string script = "key Down\nkey Return\n"; // Mission night seats twelve
            for (const char* n : kTwelve)
                script += std::string("type ") + n + "\nkey Return\n";
            script += "shot twelve\ntype Mo\nkey Return\nshot thirteenth\nkey BackSpace\n"
                      "key BackSpace\nkey Return\n";
            Run r = setup("twelve-" + std::to_string(w), script, w, h);
            REQUIRE(r.status == 0);
            const int rx = w / 2 + px(w, h, 40), rw = w - rx - px(w, h, 100);
            const int hint_top = h - px(w, h, 90);
            SurfacePtr twelve = test::load_shot(r.dir, "twelve");
            // The field is the one tall cream bar in its column, right of the names.
            auto [top, len] = longest_run(twelve.get(), rx + rw - px(w, h, 24), theme::kCream);
            THEN("the field shows whole, above the hint line") {
                CHECK(len >= int(std::lround(36 * std::min(w / 1920.0, h / 1080.0))));
                CHECK(top > 0);
                CHECK(top + len < hint_top);
            }
            THEN("a thirteenth is refused, in pink under the field") {
                SurfacePtr thirteenth = test::load_shot(r.dir, "thirteenth");
                CHECK_FALSE(
                    any_of(twelve.get(), {rx, top + len, rw, hint_top - top - len}, theme::kPink));
                CHECK(any_of(thirteenth.get(), {rx, top + len, rw, hint_top - top - len},
                             theme::kPink));
            }
            THEN("the twelve sit at the table") {
                CHECK(r.has("\"players\":[\"Ana\",\"Benedikt\",\"Caro\",\"Dmitri\","
                            "\"Esperanza\",\"Farouk\",\"Grete\",\"Hiroshi\",\"Ingrid\","
                            "\"Jamal\",\"Katarzyna\",\"Lucía\"]"));
            }
        }
    }
}

SCENARIO("\"ana\" beside \"Ana\" is refused at set-up") {
    Run r = setup("same-name", "key Return\ntype Ana\nkey Return\ntype ana\nkey Return\n"
                               "shot refused\nkey BackSpace\nkey BackSpace\nkey BackSpace\n"
                               "type Ben\nkey Return\nkey Return\n");
    REQUIRE(r.status == 0);
    CHECK(r.has("\"players\":[\"Ana\",\"Ben\"]"));
}

SCENARIO("a digit at set-up says whom it seats") {
    Run r = setup("digit", "key Return\nkey 4\nshot seated\n");
    REQUIRE(r.status == 0);
    CHECK(r.has("\"players\":[\"Player 1\",\"Player 2\",\"Player 3\",\"Player 4\"]"));
    // A toast said so: a long row of its sky-blue pill (nothing else on the
    // table is that wide in that colour).
    SurfacePtr shot = test::load_shot(r.dir, "seated");
    int widest = 0;
    for (int y = 0; y < shot->h; ++y) {
        int n = 0;
        for (int x = 0; x < shot->w; ++x)
            n += near(at(shot.get(), x, y), theme::kSky) ? 1 : 0;
        widest = std::max(widest, n);
    }
    CHECK(widest > shot->w * 3 / 10);
}

SCENARIO("a click on a set-up row picks that row") {
    // The formats' rows at 1280x720: the second (Mission night) is one row
    // below the first; the click picks it, not the lit first row.
    const int w = 1280, h = 720;
    int lp = int(std::lround(40 * std::min(w / 1920.0, h / 1080.0)));
    int y0 =
        px(w, h, 70) + int(std::lround(84 * 2.0 / 3)) * 5 / 4 + int(std::lround(30 * 2.0 / 3)) * 2;
    int y = y0 + lp * 2 + px(w, h, 10) + lp; // the middle of the second row
    Run r = setup("click-row", "click 200 " + std::to_string(y) +
                                   "\ntype Ana\nkey Return\ntype Ben\nkey Return\ntype Caro\n"
                                   "key Return\nkey Return\nkey Return\n");
    REQUIRE(r.status == 0);
    CHECK(r.has("\"format\":\"mission-night\""));
}

SCENARIO("a wheel at set-up moves the lit row and seats nobody") {
    // Down the formats to Mission night, Return; at the names a wheel does nothing.
    Run r = setup("wheel", "wheel -1\nwait 1\nkey Return\nwheel -1\nwait 1\nwheel -1\n"
                           "type Ana\nkey Return\ntype Ben\nkey Return\ntype Caro\nkey Return\n"
                           "key Return\nkey Return\n");
    REQUIRE(r.status == 0);
    CHECK(r.has("\"format\":\"mission-night\""));
    CHECK(r.has("\"players\":[\"Ana\",\"Ben\",\"Caro\"]"));
}
