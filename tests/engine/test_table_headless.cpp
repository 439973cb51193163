// Scripted headless sessions, checked the way people would look at them:
// the active seat lit, the timer running out, the card inside its rect, the
// same seed giving the same pictures, errors shown on screen.
#include "engine/render/asset_paths.hpp"
#include "engine/table_layout.hpp"
#include "engine/theme.hpp"
#include "game/base/atomic_file.hpp"
#include "tests/engine_fixture.hpp"

#include <SDL_image.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

struct Shots {
    fs::path dir;
    int status = 0;
    SurfacePtr load(const std::string& name) const { return test::load_shot(dir, name); }
};

// Runs `script` headless at w x h with `players` seated (set-up skipped).
Shots play(const std::string& name, int w, int h, std::string script,
           std::vector<std::string> players = {"Ana", "Ben", "Caro"}, std::string format = "circle",
           std::string deck = HEARTH_BUNDLED_DECKS "/microsolidarity") {
    Shots s;
    s.dir = test::fresh_folder("test-" + name);
    Options o = test::table_options(s.dir, w, h);
    o.players = std::move(players);
    o.format = std::move(format);
    auto app = test::headless_app(o, deck);
    s.status = test::play_script(*app, script, name);
    return s;
}

Color at(SDL_Surface* s, int x, int y) {
    REQUIRE(x >= 0);
    REQUIRE(y >= 0);
    REQUIRE(x < s->w);
    REQUIRE(y < s->h);
    Uint32 v = static_cast<Uint32*>(s->pixels)[y * (s->pitch / 4) + x];
    Color c;
    SDL_GetRGBA(v, s->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

bool near(Color a, Color b, int tolerance = 6) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

// A point on a seat pill's top edge, inside it, clear of its text.
SDL_Point seat_probe(SDL_Rect r) {
    return {r.x + r.w / 2, r.y + std::max(2, r.h / 12)};
}

} // namespace

SCENARIO("the active seat is marked and the mark moves round the table") {
    for (auto [w, h] : {std::pair{1280, 720}, {1920, 1080}, {3840, 2160}}) {
        GIVEN("three players at " << w << "x" << h) {
            // circle: its opening read, then draw, prompt, discussion (round);
            // Space through one turn.
            Shots s =
                play("seats-" + std::to_string(w), w, h,
                     test::kPastOpening + "key Space\nwait 1\nshot first\n"
                                          "key Space\nkey Space\nwait 1\nshot talking\n"
                                          "key Space\nkey Space\nkey Space\nwait 1\nshot second\n");
            REQUIRE(s.status == 0);
            TableLayout L = table_layout(w, h, 3, kPrintCardAspect);
            SurfacePtr first = s.load("first");
            THEN("the first seat is lit, the others are not") {
                SDL_Point p0 = seat_probe(L.seats[0]), p1 = seat_probe(L.seats[1]);
                CHECK(near(at(first.get(), p0.x, p0.y), theme::kOrange));
                CHECK_FALSE(near(at(first.get(), p1.x, p1.y), theme::kOrange));
            }
            THEN("the card is drawn in its rect, in its type's colour") {
                Color margin =
                    at(first.get(), L.card.x + L.card.w * 3 / 100, L.card.y + L.card.h / 2);
                bool a_type_colour = false;
                for (Color c : {Color{0xc3, 0xe0, 0x8a, 255}, Color{0xf7, 0xb3, 0xd3, 255}})
                    a_type_colour = a_type_colour || near(margin, c);
                CHECK(a_type_colour);
                // Outside the card, just left of it: the cloth.
                CHECK(near(at(first.get(), L.card.x - 3, L.card.y + L.card.h / 2), theme::kCloth));
            }
            SurfacePtr talking = s.load("talking");
            THEN("in the discussion a seat holds the talking piece (leaf green)") {
                int found = 0;
                for (const SDL_Rect& r : L.seats) {
                    int d = r.h * 62 / 100;
                    int cx = r.x + r.w - r.h / 3 - d / 2 - d * 3 / 8;
                    if (near(at(talking.get(), cx, r.y + r.h / 2), theme::kLeaf, 10))
                        ++found;
                }
                CHECK(found == 1);
            }
            SurfacePtr second = s.load("second");
            THEN("after the turn the second seat is active") {
                SDL_Point p0 = seat_probe(L.seats[0]), p1 = seat_probe(L.seats[1]);
                CHECK(near(at(second.get(), p1.x, p1.y), theme::kOrange));
                CHECK_FALSE(near(at(second.get(), p0.x, p0.y), theme::kOrange));
            }
        }
    }
}

SCENARIO("the prompt timer runs and ends") {
    // circle: past its opening, a 60 s prompt timer. The ring starts green and ends pink.
    Shots s = play("timer", 1920, 1080,
                   test::kPastOpening + "key Space\nkey Space\nwait 5\nshot running\nwait 56\n"
                                        "shot ended\n");
    REQUIRE(s.status == 0);
    TableLayout L = table_layout(1920, 1080, 3, kPrintCardAspect);
    int thick = std::max(4, L.timer.w / 11);
    SDL_Point top{L.timer.x + L.timer.w / 2 + 2, L.timer.y + thick / 2};
    SurfacePtr running = s.load("running");
    SurfacePtr ended = s.load("ended");
    CHECK(near(at(running.get(), top.x, top.y), theme::kLeaf, 10));
    CHECK(near(at(ended.get(), top.x, top.y), theme::kPink, 10));
    std::string log = read_file(s.dir / "log.jsonl").value_or("");
    CHECK(log.find("\"type\":\"timer-expired\"") != std::string::npos);
}

SCENARIO("the same seed and script give the same log and the same pictures") {
    std::string script =
        test::kPastOpening + "key Space\nwait 2\nkey S\nwait 1\nkey Space\nkey Space\nshot a\n";
    Shots one = play("same-1", 1280, 720, script);
    Shots two = play("same-2", 1280, 720, script);
    CHECK(read_file(one.dir / "log.jsonl") == read_file(two.dir / "log.jsonl"));
    CHECK(read_file(one.dir / "a.png") == read_file(two.dir / "a.png"));
}

SCENARIO("a broken deck file is shown on screen with file:line:col") {
    Shots s = play("bad-deck", 1280, 720, "shot error\n", {"Ana", "Ben"}, "",
                   HEARTH_TEST_DECKS "/bad/dangling-see");
    CHECK(s.status == 1);
    SurfacePtr shot = s.load("error");
    // The error title is set in pink near the top left.
    int pink = 0;
    for (int y = 40; y < 110; ++y)
        for (int x = 40; x < 600; ++x)
            if (near(at(shot.get(), x, y), theme::kPink, 20))
                ++pink;
    CHECK(pink > 200);
}

SCENARIO("the table's layout keeps everything on screen and apart") {
    for (auto [w, h] :
         {std::pair{1280, 720}, {1920, 1080}, {3840, 2160}, {1024, 768}, {800, 600}, {2560, 1080}})
        for (int seats : {1, 3, 8, 12}) {
            TableLayout L = table_layout(w, h, seats, kPrintCardAspect);
            INFO(w << "x" << h << ", " << seats << " seats");
            SDL_Rect screen{0, 0, w, h};
            std::vector<SDL_Rect> parts{L.card, L.mission, L.timer, L.draw_pile, L.discard};
            parts.insert(parts.end(), L.seats.begin(), L.seats.end());
            for (const SDL_Rect& r : parts) {
                SDL_Rect inside;
                CHECK(SDL_IntersectRect(&r, &screen, &inside));
                CHECK(inside.w == r.w);
                CHECK(inside.h == r.h);
            }
            for (std::size_t i = 0; i < parts.size(); ++i)
                for (std::size_t j = i + 1; j < parts.size(); ++j) {
                    SDL_Rect overlap;
                    CHECK_FALSE(SDL_IntersectRect(&parts[i], &parts[j], &overlap));
                }
        }
}

SCENARIO("three keys from set-up to a running table") {
    // Return: the first format (the circle); 4: four players; Space: begin.
    // The circle's opening card is on the table to be read aloud, and the
    // next Space draws the first turn's card.
    Shots s = play("three-keys", 1280, 720,
                   "key Return\nkey 4\nkey Space\nwait 1\nshot begun\n"
                   "key Space\nwait 1\nshot table\n",
                   {}, "");
    REQUIRE(s.status == 0);
    std::string log = read_file(s.dir / "log.jsonl").value_or("");
    const std::size_t started = log.find("\"type\":\"started\"");
    const std::size_t opening = log.find("\"card\":\"five-scales\",\"type\":\"opening\"");
    const std::size_t drawn = log.find("\"type\":\"draw\"");
    REQUIRE(started != std::string::npos);
    CHECK(opening != std::string::npos);
    CHECK(opening > started);
    TableLayout L = table_layout(1280, 720, 4, kPrintCardAspect);
    SurfacePtr shot = s.load("table");
    SDL_Point p0 = seat_probe(L.seats[0]);
    CHECK(near(at(shot.get(), p0.x, p0.y), theme::kOrange));
    REQUIRE(drawn != std::string::npos);
    CHECK(drawn > opening);
}
