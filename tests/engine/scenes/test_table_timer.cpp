// The timer's end, seen: the overtime fits inside the ring at every size,
// and the end's cue (the cloth's glow, the pink edge) shows. Scripted
// headless runs, checked on the shots' pixels.
#include "engine/render/card_view.hpp"
#include "engine/table_layout.hpp"
#include "engine/theme.hpp"

#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace hearth;

namespace {

Color pixel(const SDL_Surface* s, int x, int y) {
    Uint32 v = static_cast<const Uint32*>(s->pixels)[std::size_t(y) * (s->pitch / 4) + x];
    return {Uint8(v >> 16), Uint8(v >> 8), Uint8(v), 0xff};
}

int distance(Color a, Color b) {
    return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b);
}

// The circle format's answer timer (60 s), past its opening, run over by
// `overtime` seconds.
SurfacePtr overtime_shot(const std::string& name, int w, int h, const std::string& overtime) {
    auto dir = test::fresh_folder(name);
    Options o = test::table_options(dir, w, h);
    auto app = test::headless_app(o);
    REQUIRE(test::play_script(*app, test::kPastOpening + "key space\nkey space\nwait 60\nwait " +
                                        overtime + "\nshot over\n") == 0);
    return test::load_shot(dir, "over");
}

} // namespace

SCENARIO("overtime past ten minutes stays inside the timer's ring at every size") {
    for (auto [w, h] : {std::pair{1280, 720}, std::pair{1920, 1080}, std::pair{3840, 2160}}) {
        GIVEN("a table at " + std::to_string(w) + "x" + std::to_string(h) + ", 89:41 over") {
            SurfacePtr shot = overtime_shot("overtime-" + std::to_string(w), w, h, "5381");
            TableLayout L = table_layout(w, h, 3, kPrintCardAspect);
            const double cx = L.timer.x + L.timer.w / 2.0, cy = L.timer.y + L.timer.h / 2.0;
            const double inner = L.timer.w / 2.0 - std::max(4, L.timer.w / 11);
            THEN("a band of cloth runs between the time and the ring's stroke") {
                // Inside the hole, a ring of 3 px just within the stroke's
                // inner edge (its anti-aliasing allowed) holds nothing but
                // cloth: text that reached the stroke would cross it.
                int ink = 0, looked = 0;
                for (int y = L.timer.y; y < L.timer.y + L.timer.h; ++y)
                    for (int x = L.timer.x; x < L.timer.x + L.timer.w; ++x) {
                        double r = std::hypot(x + 0.5 - cx, y + 0.5 - cy);
                        if (r < inner - 5 || r > inner - 2)
                            continue;
                        ++looked;
                        if (distance(pixel(shot.get(), x, y), theme::kCloth) > 60)
                            ++ink;
                    }
                CHECK(looked > 100);
                CHECK(ink == 0);
            }
            THEN("the time is drawn in the hole") {
                int pink = 0;
                for (int x = int(cx - inner / 2); x < int(cx + inner / 2); ++x)
                    for (int y = int(cy - inner / 3); y < int(cy); ++y)
                        pink += distance(pixel(shot.get(), x, y), theme::kPink) < 60;
                CHECK(pink > 20);
            }
        }
    }
}

SCENARIO("a timer's end is seen across the room: the cloth glows, then a pink edge stays") {
    auto dir = test::fresh_folder("time-up-cue");
    Options o = test::table_options(dir, 1280, 720);
    auto app = test::headless_app(o);
    REQUIRE(test::play_script(*app, test::kPastOpening +
                                        "key space\nkey space\nwait 59\nshot before\nwait 1\n"
                                        "shot end\nwait 10\nshot later\n") == 0);
    SurfacePtr before = test::load_shot(dir, "before"), end = test::load_shot(dir, "end"),
               later = test::load_shot(dir, "later");
    // A spot of bare cloth, below the seats, and a spot of the screen's edge.
    const int cloth_x = 100, cloth_y = 600, edge_x = 640, edge_y = 2;
    THEN("before the end: the cloth and the edge are the table's own") {
        CHECK(distance(pixel(before.get(), cloth_x, cloth_y), theme::kCloth) < 10);
        CHECK(distance(pixel(before.get(), edge_x, edge_y), theme::kCloth) < 10);
    }
    THEN("at the end: the cloth glows and the edge is pink") {
        CHECK(distance(pixel(end.get(), cloth_x, cloth_y), theme::kClothGlow) < 30);
        CHECK(distance(pixel(end.get(), edge_x, edge_y), theme::kPink) < 10);
    }
    THEN("ten seconds later: the cloth is calm again, the edge stays pink while it runs over") {
        CHECK(distance(pixel(later.get(), cloth_x, cloth_y), theme::kCloth) < 10);
        CHECK(distance(pixel(later.get(), edge_x, edge_y), theme::kPink) < 10);
    }
}
