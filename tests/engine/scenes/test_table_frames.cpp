// The table's frames: what it prepares while idle, and a drawn card's
// flight over the still table. Driven directly (a scene, a host, a software
// renderer on a 1920x1080 surface), so the tests can count the work.
#include "engine/cli_options.hpp"
#include "engine/render/card_view.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/table_layout.hpp"

#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

#include <cstring>

using namespace hearth;

namespace {

struct Host final : SceneHost {
    const Deck& deck() const override { return test::bundled_deck(); }
    const Options& options() const override { return opts; }
    std::int64_t now_ms() const override { return now; }
    void switch_to(std::unique_ptr<Scene>) override {}
    void toast(std::string) override {}
    void session_changed(const Session&) override {}
    void text_input(bool) override {}
    std::filesystem::path summary_file() const override { return "summary.md"; }
    void quit() override {}
    bool animations_coming() override {
        ++coming;
        return true;
    }
    Options opts;
    std::int64_t now = 0;
    int coming = 0; // animations_coming() calls
};

// A table of three in the circle format, on a 1920x1080 software surface,
// at set-up, one frame drawn.
struct TestTable {
    static constexpr int kW = 1920, kH = 1080;
    SurfacePtr surface{SDL_CreateRGBSurfaceWithFormat(0, kW, kH, 32, SDL_PIXELFORMAT_ARGB8888)};
    RendererPtr renderer{SDL_CreateSoftwareRenderer(surface.get())};
    CardPainter painter{renderer.get(), test::font_library()};
    Host host;
    TableScene scene{start(host)};

    static Session start(const Host& host) {
        auto s = start_session(host.deck(), "circle", 3, 1);
        REQUIRE(std::holds_alternative<Session>(s));
        return std::get<Session>(std::move(s));
    }
    TestTable() {
        REQUIRE(renderer);
        frame();
    }
    void frame() {
        Gfx g{renderer.get(), painter, kW, kH, 1.0};
        SDL_SetRenderDrawBlendMode(renderer.get(), SDL_BLENDMODE_BLEND);
        scene.draw(g, host);
    }
    void press(Command c) {
        Input in;
        in.command = c;
        scene.on_input(in, host);
        frame();
    }
    void prepare_all() {
        Gfx g{renderer.get(), painter, kW, kH, 1.0};
        int pieces = 0;
        while (scene.prepare(g, host))
            REQUIRE(++pieces < 200);
    }
    // The frames of a flight, 16 ms apart, until the card has landed.
    void fly() {
        while (scene.animating(host)) {
            host.now += 16;
            frame();
        }
    }
    const std::string& in_play() const { return scene.session().table.in_play; }
    // Presses Next until a card is drawn (at most 6 presses), each flight
    // flown; the last press, the one that drew, is left flying.
    void press_until_drawn() {
        for (int i = 0; i < 6; ++i) {
            fly();
            const std::string before = in_play();
            press(Command::Next);
            if (!in_play().empty() && in_play() != before)
                return;
        }
        FAIL("no card was drawn");
    }
    std::vector<std::uint8_t> pixels() const {
        auto* p = static_cast<const std::uint8_t*>(surface->pixels);
        return {p, p + std::size_t(surface->pitch) * std::size_t(kH)};
    }
};

} // namespace

// Regression: with the circle's opening (Five scales), the first press showed
// a card set-up had not prepared (the top of the draw pile was), and laid it
// out then.
SCENARIO("after idle preparation, no key press decodes an image, lays out a card or paints "
         "the centre card") {
    GIVEN("a table at set-up, prepared while idle") {
        TestTable t;
        t.prepare_all();
        WHEN("Next is pressed again and again, the table preparing between presses") {
            int drawn = 0, new_backs = 0;
            for (int i = 0; i < 10; ++i) {
                t.fly();
                t.prepare_all();
                const std::size_t decodes = t.painter.art().decodes();
                const std::size_t layouts = t.painter.layouts_made();
                const std::size_t paints = t.scene.centre_paints();
                const std::string before = t.in_play();
                const std::string type_before =
                    before.empty() ? "" : test::bundled_deck().find_card(before)->type;
                t.press(Command::Next);
                t.fly(); // the press's frame and every frame of its flight
                if (!t.in_play().empty() && t.in_play() != before) {
                    ++drawn;
                    if (test::bundled_deck().find_card(t.in_play())->type != type_before)
                        ++new_backs;
                }
                INFO("press " << i + 1 << ", card in play " << t.in_play());
                CHECK(t.painter.art().decodes() == decodes);
                CHECK(t.painter.layouts_made() == layouts);
                // Regression: the back a drawn card flies showing was painted by
                // the press whenever its type differed from the last card's.
                CHECK(t.scene.centre_paints() == paints);
            }
            THEN("cards of new types were drawn, and none of those presses paid for art, "
                 "layout or painting the centre card") {
                CHECK(drawn >= 2);
                CHECK(new_backs >= 1);
            }
        }
        WHEN("the first card is drawn without preparing") {
            TestTable fresh;
            const std::size_t decodes = fresh.painter.art().decodes();
            const std::size_t layouts = fresh.painter.layouts_made();
            fresh.press_until_drawn();
            THEN("the press pays for rasterising its art and its layout (what preparation "
                 "takes away)") {
                CHECK(fresh.painter.art().decodes() > decodes);
                CHECK(fresh.painter.layouts_made() > layouts);
            }
        }
    }
}

SCENARIO("a frame of a card's flight copies the still table instead of redrawing it") {
    GIVEN("a table at set-up") {
        TestTable t;
        WHEN("a card is drawn and flies") {
            t.press_until_drawn();
            REQUIRE(t.scene.animating(t.host));
            const std::size_t after_press = t.scene.tables_drawn();
            std::vector<std::uint8_t> last;
            int frames = 0;
            while (true) {
                t.host.now += 16;
                if (!t.scene.animating(t.host))
                    break;
                t.frame();
                ++frames;
                last = t.pixels();
            }
            REQUIRE(frames > 10);
            THEN("no frame after the press redraws the table") {
                CHECK(t.scene.tables_drawn() == after_press);
            }
            THEN("the flight's last frame equals one drawn without the still table") {
                t.host.now -= 16;
                t.scene.use_still_table(false);
                t.frame();
                CHECK(t.scene.tables_drawn() == after_press + 1);
                CHECK(t.pixels() == last);
            }
        }
    }
}

// Regression: each draw after the first passes the turn, and the seat's
// mark moves as the card flies; while it moved (250 ms, the first 15 frames
// of a flight) every frame redrew the whole table, which made the slowest
// frames of bench_frames at 1920x1080.
SCENARIO("a card's flight while the seats' mark moves copies the still table and draws the "
         "seats over it") {
    GIVEN("two tables, one drawing its flights over the still table, one redrawing them") {
        TestTable still, whole;
        whole.scene.use_still_table(false);
        for (TestTable* t : {&still, &whole}) {
            t->press_until_drawn();
            t->fly();
        }
        WHEN("the next card is drawn on both and flies") {
            still.press_until_drawn();
            whole.press_until_drawn();
            REQUIRE(still.in_play() == whole.in_play());
            const std::size_t after_press = still.scene.tables_drawn();
            const TableLayout layout =
                table_layout(TestTable::kW, TestTable::kH, 3, kPrintCardAspect);
            SDL_Rect seats = layout.seats.front();
            for (const SDL_Rect& r : layout.seats)
                SDL_UnionRect(&seats, &r, &seats);
            auto seat_pixels = [&](const TestTable& t) {
                std::vector<std::uint8_t> all = t.pixels();
                const std::size_t pitch = std::size_t(t.surface->pitch);
                return std::vector<std::uint8_t>(all.begin() + std::ptrdiff_t(seats.y * pitch),
                                                 all.begin() +
                                                     std::ptrdiff_t((seats.y + seats.h) * pitch));
            };
            std::vector<std::uint8_t> first_seats;
            int frames = 0, apart = 0;
            bool seats_moved = false;
            while (still.scene.animating(still.host)) {
                still.host.now += 16;
                whole.host.now += 16;
                still.frame();
                whole.frame();
                ++frames;
                apart += still.pixels() != whole.pixels();
                if (first_seats.empty())
                    first_seats = seat_pixels(whole);
                else if (seat_pixels(whole) != first_seats)
                    seats_moved = true;
            }
            REQUIRE(frames > 10);
            REQUIRE(seats_moved);
            THEN("every frame is the one drawn without the still table, pixel for pixel") {
                CHECK(apart == 0);
            }
            THEN("the flight drew the table once, for the still table") {
                CHECK(still.scene.tables_drawn() <= after_press + 1);
            }
        }
    }
}

// Regression: the first flight of an evening made the still table's texture
// and the backend's copy of the last frame (8 MB each at 1080p) in its first
// frame: 20-24 ms from the key press to the frame, against 8 ms for later ones.
SCENARIO("once the table leaves set-up, a flight's screen-sized buffers are made while idle") {
    GIVEN("a table at set-up, prepared while idle") {
        TestTable t, whole;
        whole.scene.use_still_table(false);
        t.prepare_all();
        THEN("set-up makes none of them (the start stays light)") {
            CHECK(t.host.coming == 0);
        }
        WHEN("the first press leaves set-up and the table prepares again") {
            for (TestTable* table : {&t, &whole}) {
                table->press(Command::Next);
                table->fly();
                table->prepare_all();
            }
            REQUIRE(t.scene.session().table.phase != Phase::Setup);
            THEN("the backend is told that animations are coming, once") {
                CHECK(t.host.coming == 1);
                t.prepare_all();
                CHECK(t.host.coming == 1);
            }
            THEN("the next flight, over the texture made ahead, is the one drawn without it") {
                t.press_until_drawn();
                whole.press_until_drawn();
                REQUIRE(t.in_play() == whole.in_play());
                int frames = 0, apart = 0;
                do {
                    ++frames;
                    apart += t.pixels() != whole.pixels();
                    t.host.now += 16;
                    whole.host.now += 16;
                    t.frame();
                    whole.frame();
                } while (t.scene.animating(t.host));
                CHECK(frames > 10);
                CHECK(apart == 0);
            }
        }
    }
}
