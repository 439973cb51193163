// Every state visible from across the room, checked on headless shots the
// way a person would look: the speaker brighter than the drawer, the seats'
// marks (spoke, passed, kept), what each action said and where its toast
// sat, the progress line, the mission and a "see" card shown big and back,
// the pause hint's contrast, a portrait screen's use of its height.
#include "engine/cli_options.hpp"
#include "engine/overlays.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/summary_layout.hpp"
#include "engine/table_layout.hpp"
#include "engine/theme.hpp"
#include "game/base/atomic_file.hpp"
#include "tests/engine_fixture.hpp"

#include <SDL_image.h>
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

// A headless run kept alive after its script, to read its scene and toast.
struct Run {
    fs::path dir;
    std::unique_ptr<App> app;
    int status = 0;
    SurfacePtr shot(const std::string& name) const { return test::load_shot(dir, name); }
    TableScene& table() const {
        auto* t = dynamic_cast<TableScene*>(app->scene());
        REQUIRE(t);
        return *t;
    }
    std::string log() const { return read_file(dir / "log.jsonl").value_or(""); }
};

Run run(const std::string& name, int w, int h, const std::string& script,
        std::vector<std::string> players = {"Ana", "Ben", "Caro"}, std::string format = "circle",
        const fs::path& deck = test::kBundledDeck) {
    Run r;
    r.dir = test::fresh_folder("states-" + name);
    Options o = test::table_options(r.dir, w, h);
    o.players = std::move(players);
    o.format = std::move(format);
    r.app = test::headless_app(o, deck);
    r.status = test::play_script(*r.app, script, name);
    return r;
}

// A test deck with formats ended by rounds and by cards, and a mission.
const fs::path kTableDeck = HEARTH_TEST_DECKS "/good/popcorn";
const Deck& table_deck() {
    static const Deck deck = [] {
        LoadResult l = load_deck(kTableDeck);
        REQUIRE(l.ok());
        return *l.deck;
    }();
    return deck;
}

Color at(SDL_Surface* s, int x, int y) {
    // Checked only when wrong: a REQUIRE for each pixel made millions of assertions.
    if (x < 0 || y < 0 || x >= s->w || y >= s->h)
        FAIL("pixel " << x << "," << y << " is outside the " << s->w << "x" << s->h << " shot");
    Uint32 v = static_cast<Uint32*>(s->pixels)[y * (s->pitch / 4) + x];
    Color c;
    SDL_GetRGBA(v, s->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

bool near(Color a, Color b, int tolerance = 8) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

// Pixels of colour `c` inside `r`.
int count(SDL_Surface* s, SDL_Rect r, Color c, int tolerance = 8) {
    int n = 0;
    for (int y = std::max(0, r.y); y < std::min(s->h, r.y + r.h); ++y)
        for (int x = std::max(0, r.x); x < std::min(s->w, r.x + r.w); ++x)
            n += near(at(s, x, y), c, tolerance);
    return n;
}

// The bounding box of the pixels of colour `c` (w = 0 when none).
SDL_Rect box_of(SDL_Surface* s, Color c, int tolerance = 4) {
    int x0 = s->w, y0 = s->h, x1 = -1, y1 = -1;
    for (int y = 0; y < s->h; ++y)
        for (int x = 0; x < s->w; ++x)
            if (near(at(s, x, y), c, tolerance)) {
                x0 = std::min(x0, x);
                y0 = std::min(y0, y);
                x1 = std::max(x1, x);
                y1 = std::max(y1, y);
            }
    return x1 < 0 ? SDL_Rect{0, 0, 0, 0} : SDL_Rect{x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

// The box of the rows that are mostly `c` (at least a fifth of the width):
// a filled pill, not text drawn in its colour (the summary's opening title).
SDL_Rect filled_box_of(SDL_Surface* s, Color c, int tolerance = 4) {
    int x0 = s->w, y0 = s->h, x1 = -1, y1 = -1;
    for (int y = 0; y < s->h; ++y) {
        int n = 0, first = s->w, last = -1;
        for (int x = 0; x < s->w; ++x)
            if (near(at(s, x, y), c, tolerance)) {
                ++n;
                first = std::min(first, x);
                last = std::max(last, x);
            }
        if (n < s->w / 5)
            continue;
        x0 = std::min(x0, first);
        x1 = std::max(x1, last);
        y0 = std::min(y0, y);
        y1 = std::max(y1, y);
    }
    return x1 < 0 ? SDL_Rect{0, 0, 0, 0} : SDL_Rect{x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

// The mark area at a seat's right end (where the talking piece sits).
SDL_Rect mark_of(SDL_Rect r) {
    int d = r.h * 62 / 100;
    return {r.x + r.w - r.h / 3 - d, r.y + (r.h - d) / 2, d, d};
}

double luminance(Color c) {
    auto lin = [](int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

double contrast(Color a, Color b) {
    double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

// circle: past its opening, Space starts the first turn (Ana draws), Space
// the prompt, Space the discussion (Ana holds the piece), Space: Ana spoke,
// Ben holds it.
// The host ends the session (Escape twice): the circle's check-out round
// begins; Escape twice more ends it at once: the summary.
const std::string kEndPastClosing = "key Escape\nkey Escape\nkey Escape\nkey Escape\n";

const std::string kToBen =
    test::kPastOpening + "key Space\nkey Space\nkey Space\nkey Space\nwait 1\n";

} // namespace

SCENARIO("the person who should speak is the brightest thing on screen") {
    for (auto [w, h] : {std::pair{1280, 720}, {1920, 1080}}) {
        GIVEN("Ben holds the talking piece in Ana's turn, at " << w << "x" << h) {
            Run r = run("speaker-" + std::to_string(w), w, h, kToBen + "shot ben\n");
            REQUIRE(r.status == 0);
            REQUIRE(talking_seat(r.table().session()) == 1);
            REQUIRE(active_seat(r.table().session()) == 0);
            TableLayout L = table_layout(w, h, 3, kPrintCardAspect);
            SurfacePtr s = r.shot("ben");
            SDL_Rect ana = L.seats[0], ben = L.seats[1];
            int grow = std::max(2, ben.h / 10);
            SDL_Rect ben_big{ben.x - grow, ben.y - grow, ben.w + 2 * grow, ben.h + 2 * grow};
            SDL_Rect ana_big{ana.x - grow, ana.y - grow, ana.w + 2 * grow, ana.h + 2 * grow};
            THEN("the speaker's seat is filled orange, the drawer's only outlined") {
                int ben_orange = count(s.get(), ben_big, theme::kOrange);
                int ana_orange = count(s.get(), ana_big, theme::kOrange);
                CHECK(ben_orange > ben.w * ben.h / 2);
                CHECK(ana_orange < ben_orange / 4);
                CHECK(ana_orange > 0); // the drawer keeps a mark: its outline
                // Inside the drawer's pill, by its top edge: the cloth, not orange.
                CHECK(near(at(s.get(), ana.x + ana.w / 2, ana.y + ana.h / 6), theme::kClothLight));
            }
            THEN("the speaker's mark is larger than its seat and has a cream rim (not colour "
                 "alone)") {
                CHECK(count(s.get(), ben_big, theme::kCream) > ben.w / 2);
                // Above the seat's own top edge, inside the grown mark: the rim.
                Color above = at(s.get(), ben.x + ben.w / 2, ben.y - grow / 2);
                CHECK((near(above, theme::kCream) || near(above, theme::kOrange)));
                CHECK_FALSE(near(at(s.get(), ana.x + ana.w / 2, ana.y - grow / 2), theme::kCream));
            }
        }
    }
}

SCENARIO("seats show who spoke, who passed and who kept which card") {
    GIVEN("Ana spoke, Ben passed, Caro holds the piece") {
        Run r = run("marks", 1920, 1080, kToBen + "key 0\nwait 1\nshot marks\n");
        REQUIRE(r.status == 0);
        REQUIRE(talking_seat(r.table().session()) == 2);
        TableLayout L = table_layout(1920, 1080, 3, kPrintCardAspect);
        SurfacePtr s = r.shot("marks");
        SDL_Rect spoke = mark_of(L.seats[0]), passed = mark_of(L.seats[1]);
        THEN("Ana's seat has a filled leaf disc with a cream tick") {
            CHECK(count(s.get(), spoke, theme::kLeaf, 12) > spoke.w * spoke.h / 4);
            CHECK(count(s.get(), spoke, theme::kCream, 12) > spoke.w / 2);
        }
        THEN("Ben's seat has a hollow ring: cream at the rim, no leaf, the cloth inside") {
            CHECK(count(s.get(), passed, theme::kLeaf, 12) == 0);
            CHECK(count(s.get(), passed, theme::kCream, 12) > passed.w);
            Color inside = at(s.get(), passed.x + passed.w / 2, passed.y + passed.h / 4);
            CHECK(near(inside, theme::kClothLight));
        }
        THEN("the toast said who passed") {
            CHECK(r.app->toast_shown() == "Ben passes");
        }
        THEN("the log has the pass") {
            CHECK(contains(r.log(), "\"type\":\"passed\""));
        }
    }
    GIVEN("Ana keeps the card she drew") {
        Run r = run("kept", 1920, 1080,
                    test::kPastOpening + "key Space\nwait 1\nshot drawn\nkey K\nshot kept\n");
        REQUIRE(r.status == 0);
        const Session& se = r.table().session();
        REQUIRE(se.table.kept.size() == 1);
        const Card* card = find_session_card(test::bundled_deck(), se, se.table.kept[0].card);
        REQUIRE(card);
        const CardType& type = test::bundled_deck().type_of(*card);
        TableLayout L = table_layout(1920, 1080, 3, kPrintCardAspect);
        SurfacePtr drawn = r.shot("drawn"), kept = r.shot("kept");
        SDL_Rect seat = L.seats[0];
        SDL_Rect right{seat.x + seat.w / 4, seat.y, seat.w * 3 / 4, seat.h};
        THEN("her seat shows a small card of its type's colour, which it did not before") {
            CHECK(count(kept.get(), right, type.color, 4) > seat.h * seat.h / 8);
            CHECK(count(drawn.get(), right, type.color, 4) == 0);
        }
        THEN("the toast names her and the card") {
            CHECK(r.app->toast_shown() == "Ana keeps \u2018" + card->title + "\u2019");
        }
        THEN("the card leaves the middle: its colour is gone from the card's margin") {
            SDL_Point m{L.card.x + L.card.w * 3 / 100, L.card.y + L.card.h / 2};
            CHECK(near(at(drawn.get(), m.x, m.y), type.color));
            CHECK_FALSE(near(at(kept.get(), m.x, m.y), type.color));
        }
        THEN("the hint no longer offers skip or keep") {
            std::string hint = r.table().hints(Bindings::standard(), test::bundled_deck());
            CHECK_FALSE(contains(hint, "skip"));
            CHECK_FALSE(contains(hint, "keep"));
            CHECK(contains(hint, "go on"));
        }
    }
}

SCENARIO("undo says what it undid, and undo after keep restores the timer exactly") {
    GIVEN("a prompt whose timer ran 10 s, then a keep, 5 s more, and Backspace") {
        Run r =
            run("undo", 1920, 1080,
                test::kPastOpening +
                    "key Space\nkey Space\nwait 10\nkey K\nwait 5\nkey Backspace\nshot undone\n");
        REQUIRE(r.status == 0);
        const Session& s = r.table().session();
        THEN("the timer has the 50 s it had when the card was kept, to the millisecond") {
            CHECK(s.table.timer.kind == TimerKind::Prompt);
            CHECK(s.table.timer.remaining_ms == 50000);
            CHECK(s.table.kept.empty());
            CHECK_FALSE(s.table.in_play.empty());
        }
        THEN("the toast names the move undone") {
            const Card* c = find_session_card(test::bundled_deck(), s, s.table.in_play);
            REQUIRE(c);
            CHECK(r.app->toast_shown() ==
                  "Undone: Ana\u2019s keep of \u2018" + c->title + "\u2019");
        }
        THEN("the log has the keep and its undoing") {
            CHECK(contains(r.log(), "\"type\":\"kept\""));
            CHECK(contains(r.log(), "\"type\":\"undone\""));
        }
    }
    GIVEN("Caro passes and Backspace undoes it") {
        Run r =
            run("undo-pass", 1280, 720, kToBen + "key Space\nkey 0\nkey Backspace\nshot back\n");
        REQUIRE(r.status == 0);
        CHECK(r.app->toast_shown() == "Undone: Caro\u2019s pass");
        AND_WHEN("Ctrl+Y redoes it") {
            REQUIRE(test::play_script(*r.app, "key Ctrl+Y\n") == 0);
            CHECK(r.app->toast_shown() == "Redone: Caro\u2019s pass");
        }
    }
}

SCENARIO("toasts sit in a band clear of the card, the summary's rows and the help") {
    for (auto [w, h] : {std::pair{1280, 720}, {1920, 1080}}) {
        GIVEN("a keep's toast at " << w << "x" << h) {
            Run r = run("band-" + std::to_string(w), w, h,
                        test::kPastOpening + "key Space\nkey K\nshot toast\n");
            REQUIRE(r.status == 0);
            REQUIRE_FALSE(r.app->toast_shown().empty());
            TableLayout L = table_layout(w, h, 3, kPrintCardAspect);
            SurfacePtr s = r.shot("toast");
            SDL_Rect pill = box_of(s.get(), theme::kSky, 2);
            REQUIRE(pill.w > 0);
            THEN("the pill is outside the card's rectangle and inside the scene's band") {
                CHECK_FALSE(SDL_HasIntersection(&pill, &L.card));
                SDL_Rect band = r.table().toast_band(w, h);
                SDL_Rect both{};
                CHECK(SDL_IntersectRect(&pill, &band, &both));
                CHECK(both.h == pill.h);
                // The status line is covered whole (the sky fill is inside its outline).
                CHECK(pill.w >= band.w - 16);
            }
        }
    }
    // Regression: a toast was drawn over the band of the clicker's choices,
    // hiding what PageDown would do ("PageDow[There is nothing to undo]Up").
    GIVEN("a refusal's toast while the clicker's choices are lit, at the table and the summary") {
        Run table =
            run("band-choices", 1920, 1080,
                test::kPastOpening +
                    "key Space\nkey Backspace\nkey Backspace\nkey Backspace\nkey B\nshot lit\n");
        REQUIRE(table.status == 0);
        // Undone: the draw, then the beginning (back to set-up); then nothing is left.
        REQUIRE(table.app->toast_shown() == "There is nothing to undo");
        Run summary =
            run("band-summary-choices", 1920, 1080,
                test::kPastOpening + "key Space\n" + kEndPastClosing + "key S\nkey B\nshot lit\n");
        REQUIRE(summary.status == 0);
        REQUIRE(summary.table().session().table.phase == Phase::Ended);
        REQUIRE_FALSE(summary.app->toast_shown().empty());
        THEN("the band is whole: the toast's pill lies outside it") {
            TableLayout L = table_layout(1920, 1080, 3, kPrintCardAspect);
            const SDL_Rect table_band{0, L.status.y, 1920, L.status.h};
            const SDL_Rect summary_band{0, 1080 - 110, 1920, 105};
            SurfacePtr a = table.shot("lit");
            SurfacePtr b = summary.shot("lit");
            SDL_Rect pill_a = table.table().toast_band(1920, 1080);
            SDL_Rect pill_b = summary.table().toast_band(1920, 1080);
            CHECK_FALSE(SDL_HasIntersection(&pill_a, &table_band));
            CHECK_FALSE(SDL_HasIntersection(&pill_b, &summary_band));
            // The band's sky fill shows at its left end, where a pill would be white-edged.
            CHECK(near(at(a.get(), 20, table_band.y + table_band.h / 2), theme::kSky));
            CHECK(near(at(b.get(), 20, summary_band.y + summary_band.h / 2), theme::kSky));
        }
    }
    GIVEN("the help on a 1280x720 and a 1920x1080 screen") {
        for (auto [w, h] : {std::pair{1280, 720}, {1920, 1080}}) {
            SurfacePtr surface{
                SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888)};
            RendererPtr renderer{SDL_CreateSoftwareRenderer(surface.get())};
            CardPainter painter{renderer.get(), test::font_library()};
            Gfx g{renderer.get(), painter, w, h, 1.6};
            SDL_Rect pill = toast_rect(g, "Text size 160%", help_toast_band(g));
            SDL_Rect panel{g.px(120), g.px(70), w - 2 * g.px(120), h - g.px(140)};
            THEN("the toast is under the help's panel") {
                CHECK_FALSE(SDL_HasIntersection(&pill, &panel));
                CHECK(pill.y + pill.h <= h);
            }
        }
    }
}

// Regression: on the summary a toast's band was centred on the line saying
// where the summary was saved, so "Ana keeps ..." hid "Saved to ...".
SCENARIO("a toast on the summary never covers the line saying where it was saved") {
    for (auto [w, h] : {std::pair{1280, 720}, {1920, 1080}})
        for (const char* size : {"", "key +\nkey +\nkey +\n"}) { // 100% and 130%
            const bool larger = *size != '\0';
            GIVEN("a keep, the session ended and S at " << w << "x" << h
                                                        << (larger ? ", text at 130%" : "")) {
                Run r = run("summary-toast-" + std::to_string(w) + (larger ? "-130" : ""), w, h,
                            size + test::kPastOpening + "key Space\nkey K\n" + kEndPastClosing +
                                "key S\nshot summary\n");
                REQUIRE(r.status == 0);
                REQUIRE(r.table().session().table.phase == Phase::Ended);
                REQUIRE_FALSE(r.app->toast_shown().empty());
                const SummaryLayout F = summary_layout(w, h);
                SurfacePtr s = r.shot("summary");
                // The opening's title is sky blue too: the pill is the filled box.
                SDL_Rect pill = filled_box_of(s.get(), theme::kSky, 2);
                REQUIRE(pill.w > 0);
                // The saved line: from its top down to the choices' band.
                const SDL_Rect saved{0, F.saved_y, w, F.choices.y - F.saved_y};
                THEN("the layout stacks the rows, the toast's band, the saved line and the band") {
                    CHECK(F.rows_bottom <= F.toast.y);
                    CHECK(F.toast.y + F.toast.h <= F.saved_y);
                    CHECK(F.saved_y < F.choices.y);
                    CHECK(r.table().toast_band(w, h).y == F.toast.y);
                }
                THEN("the pill is in its band, clear of the rows and of the saved line") {
                    CHECK(pill.y >= F.rows_bottom);
                    CHECK(pill.y + pill.h <= F.saved_y);
                    CHECK_FALSE(SDL_HasIntersection(&pill, &saved));
                }
                THEN("the saved line is there to read, in leaf green") {
                    CHECK(count(s.get(), saved, theme::kLeaf, 30) > 40);
                    CHECK(count(s.get(), pill, theme::kLeaf, 30) == 0);
                }
            }
        }
}

SCENARIO("the header shows the progress against the format's end") {
    // The test deck's formats ended by two rounds and by three cards, as the
    // bundled circle and crew night did before they were rewritten.
    const Deck& rounds_deck = table_deck();
    GIVEN("a format of two rounds in its first and last rounds") {
        Run r = run("progress", 1920, 1080,
                    "key Space\nshot first\n"
                    "key Space\nkey Space\nkey Space\nkey Space\nkey Space\n" // Ana's turn
                    "key Space\nkey Space\nkey Space\nkey Space\nkey Space\nkey Space\n" // Ben
                    "key Space\nkey Space\nkey Space\nkey Space\nkey Space\nkey Space\n" // Caro
                    "key Space\nshot last\n",
                    {"Ana", "Ben", "Caro"}, "rounds", kTableDeck);
        REQUIRE(r.status == 0);
        REQUIRE(r.table().session().table.round == 2);
        TableLayout L = table_layout(1920, 1080, 3, kPrintCardAspect);
        SDL_Rect right{L.header.x + L.header.w / 2, L.header.y, L.header.w / 2, L.header.h};
        THEN("the first round's progress is cream, the last round's pink") {
            SurfacePtr first = r.shot("first"), last = r.shot("last");
            CHECK(count(first.get(), right, theme::kCream, 30) > 50);
            CHECK(count(last.get(), right, theme::kPink, 30) > 50);
            CHECK(count(first.get(), right, theme::kPink, 30) == 0);
        }
        THEN("the words say so") {
            CHECK(contains(r.table().progress_text(rounds_deck), "Last round: 2 of 2"));
        }
        THEN("a reader of the pictures finds them (when tesseract is installed)") {
            if (std::system("command -v tesseract >/dev/null 2>&1") == 0) {
                fs::path out = r.dir / "ocr";
                std::string cmd = "tesseract '" + (r.dir / "first.png").string() + "' '" +
                                  out.string() + "' >/dev/null 2>&1";
                REQUIRE(std::system(cmd.c_str()) == 0);
                std::string words = read_file(out.string() + ".txt").value_or("");
                INFO(words);
                CHECK(contains(words, "Round 1 of 2"));
            }
        }
    }
    GIVEN("a format of three cards") {
        Run r = run("progress-cards", 1280, 720, "key Space\n", {"Ana", "Ben", "Caro"}, "cards",
                    kTableDeck);
        REQUIRE(r.status == 0);
        CHECK(r.table().progress_text(rounds_deck) ==
              "Round 1  \u00b7  3 cards left  \u00b7  turn 1");
    }
    // Regression: the second of three cards said "Last card" and the third
    // "0 cards left".
    GIVEN("a format of three cards at its second and third cards") {
        Run r = run("progress-last", 1280, 720, "key Space\n", {"Ana", "Ben", "Caro"}, "cards",
                    kTableDeck);
        REQUIRE(r.status == 0);
        const Deck& deck = rounds_deck;
        auto next_card = [&] {
            const int turn = r.table().session().table.turn;
            for (int i = 0; i < 40 && r.table().session().table.turn == turn; ++i)
                REQUIRE(test::play_script(*r.app, "key Space\n") == 0);
        };
        next_card();
        CHECK(contains(r.table().progress_text(deck), "2 cards left"));
        next_card();
        CHECK(contains(r.table().progress_text(deck), "Last card"));
        CHECK_FALSE(contains(r.table().progress_text(deck), "0 cards"));
    }
}

SCENARIO("a card's 'see' references are followed and the table comes back") {
    GIVEN("a card with a see line in play") {
        // Draw until the card in play refers to others (the pile's order is fixed by the seed).
        std::string script = test::kPastOpening + "key Space\n";
        Run r = run("see", 1920, 1080, script);
        const Deck& deck = test::bundled_deck();
        for (int i = 0; i < 30; ++i) {
            const Card* c = current_card(deck, r.table().session());
            if (c && !c->see.empty())
                break;
            REQUIRE(test::play_script(*r.app, "key S\n") == 0);
        }
        const Card* c = current_card(deck, r.table().session());
        REQUIRE(c);
        REQUIRE_FALSE(c->see.empty());
        const Card* first = deck.find_card(c->see[0]);
        REQUIRE(first);
        REQUIRE(test::play_script(*r.app, "wait 1\nshot before\nkey F\nshot see\nkey F\nshot see2\n"
                                          "key Space\nshot back\n") == 0);
        TableLayout L = table_layout(1920, 1080, 3, kPrintCardAspect);
        SurfacePtr before = r.shot("before"), see = r.shot("see"), back = r.shot("back");
        SDL_Point m{L.card.x + L.card.w * 3 / 100, L.card.y + L.card.h / 2};
        THEN("F shows the first referenced card in the centre, in its type's colour") {
            CHECK(near(at(see.get(), m.x, m.y), deck.type_of(*first).color));
        }
        THEN("another key brings the table back, and does nothing else") {
            CHECK(near(at(back.get(), m.x, m.y), at(before.get(), m.x, m.y), 2));
            CHECK(current_card(deck, r.table().session()) == c);
        }
    }
    GIVEN("the first card, shown big with F when it has no see line") {
        Run r = run("no-see", 1280, 720, test::kPastOpening + "key Space\n");
        const Card* c = current_card(test::bundled_deck(), r.table().session());
        REQUIRE(c);
        if (c->see.empty()) {
            REQUIRE(test::play_script(*r.app, "key F\n") == 0);
            CHECK(r.app->toast_shown() == "This card refers to no other card");
        }
    }
}

namespace {

// A scene driven directly, on a software surface (for a session a script
// cannot reach: a chosen mission).
struct Host final : SceneHost {
    const Deck& deck() const override { return *of; }
    const Options& options() const override { return opts; }
    const Deck* of = &test::bundled_deck();
    std::int64_t now_ms() const override { return 0; }
    void switch_to(std::unique_ptr<Scene>) override {}
    void toast(std::string m) override { toasts.push_back(std::move(m)); }
    void session_changed(const Session&) override {}
    void text_input(bool) override {}
    std::filesystem::path summary_file() const override { return "summary.md"; }
    void quit() override {}
    Options opts;
    std::vector<std::string> toasts;
};

} // namespace

SCENARIO("the mission's own text can be shown, by key and by click") {
    GIVEN("no mission at the circle") {
        Run r = run("no-mission", 1280, 720, test::kPastOpening + "key Space\nkey I\n");
        CHECK(r.app->toast_shown() == "The group has no mission yet");
    }
    // The test deck's popcorn format has a mission chosen at the table (the
    // bundled Mission night chooses its mission with a choose step).
    GIVEN("a session whose group chose 'find-your-crew'") {
        const Deck& deck = table_deck();
        auto started = start_session(
            deck, SessionStart{3, deck.info.id, "popcorn", {"Ana", "Ben", "Caro"}, {}});
        REQUIRE(std::holds_alternative<Session>(started));
        Session se = std::get<Session>(std::move(started));
        REQUIRE_FALSE(apply_in_place(deck, se, act::ChooseMission{"find-your-crew"}));
        REQUIRE_FALSE(apply_in_place(deck, se, act::Next{}));
        const int w = 1280, h = 720;
        SurfacePtr surface{SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888)};
        RendererPtr renderer{SDL_CreateSoftwareRenderer(surface.get())};
        CardPainter painter{renderer.get(), test::font_library()};
        Host host;
        host.of = &deck;
        TableScene scene{se};
        auto frame = [&] {
            Gfx g{renderer.get(), painter, w, h, 1.0};
            SDL_SetRenderDrawBlendMode(renderer.get(), SDL_BLENDMODE_BLEND);
            scene.draw(g, host);
        };
        auto press = [&](Command c, int x = 0, int y = 0) {
            Input in;
            in.command = c;
            in.x = x;
            in.y = y;
            scene.on_input(in, host);
            scene.finish_animations();
            frame();
        };
        frame();
        TableLayout L = table_layout(w, h, 3, kPrintCardAspect);
        const Card* mission = deck.find_card("find-your-crew");
        REQUIRE(mission);
        Color paper = deck.type_of(*mission).color;
        SDL_Point m{L.card.x + L.card.w * 3 / 100, L.card.y + L.card.h * 3 / 4};
        const std::string in_play = scene.session().table.in_play;
        Color before = at(surface.get(), m.x, m.y);
        REQUIRE_FALSE(near(before, paper)); // the card in play is of another colour
        WHEN("I is pressed") {
            press(Command::Mission);
            THEN("the mission's card is in the centre, and the hint says how to come back") {
                CHECK(near(at(surface.get(), m.x, m.y), paper));
                CHECK(contains(scene.hints(Bindings::standard(), deck), "I or any key"));
            }
            AND_WHEN("Space is pressed") {
                press(Command::Next);
                THEN("the table is back and nothing else happened") {
                    CHECK(near(at(surface.get(), m.x, m.y), before, 2));
                    CHECK(scene.session().table.in_play == in_play);
                    CHECK(scene.session().log.size() == se.log.size());
                }
            }
        }
        WHEN("the mission banner is clicked, then clicked again") {
            press(Command::Point, L.mission.x + L.mission.w / 2, L.mission.y + L.mission.h / 2);
            CHECK(near(at(surface.get(), m.x, m.y), paper));
            press(Command::Point, L.mission.x + L.mission.w / 2, L.mission.y + L.mission.h / 2);
            THEN("it was shown and is gone") {
                CHECK(near(at(surface.get(), m.x, m.y), before, 2));
            }
        }
    }
}

SCENARIO("the pause screen's hint is readable") {
    Run r = run("pause", 1920, 1080, test::kPastOpening + "key Space\nkey P\nshot paused\n");
    REQUIRE(r.status == 0);
    CHECK(contrast(kPauseHint, Color{0, 0, 0, 255}) >= 4.5);
    SurfacePtr s = r.shot("paused");
    // The hint's brightest pixels reach the hint colour.
    int lit = count(s.get(), SDL_Rect{0, 1080 - 160, 1920, 160}, kPauseHint, 20);
    CHECK(lit > 100);
}

SCENARIO("text size says what it did") {
    Run r = run("size", 1280, 720, test::kPastOpening + "key Space\nkey +\n");
    REQUIRE(r.status == 0);
    CHECK(r.app->toast_shown() == "Text size 110%");
    CHECK(r.app->text_scale() == Approx(1.1));
    REQUIRE(test::play_script(*r.app, "key -\nkey -\n") == 0);
    CHECK(r.app->toast_shown() == "Text size 90%");
}

SCENARIO("twelve seats at 720p keep their names at one size") {
    std::vector<std::string> names = {"Ana", "Ben",  "Caro", "Dev", "Eli", "Anna-Maranne Rose",
                                      "Gus", "Anna", "Ivo",  "Jo",  "Kim", "Lou"};
    // Mission night seats twelve: its opening read, a mission chosen, its
    // discussion at the table.
    Run r = run("twelve", 1280, 720, "key Space\nkey Space\nkey Space\nshot twelve\n", names,
                "mission-night");
    REQUIRE(r.status == 0);
    TableLayout L = table_layout(1280, 720, 12, kPrintCardAspect);
    SurfacePtr s = r.shot("twelve");
    // The cream ink's height in the seats of short names and the long one: the same.
    auto ink_height = [&](SDL_Rect seat) {
        SDL_Rect name{seat.x + seat.h, seat.y, seat.w * 3 / 4 - seat.h, seat.h};
        SDL_Rect b{};
        int y0 = seat.y + seat.h, y1 = seat.y;
        for (int y = name.y; y < name.y + name.h; ++y)
            for (int x = name.x; x < name.x + name.w; ++x)
                if (near(at(s.get(), x, y), theme::kCream, 40)) {
                    y0 = std::min(y0, y);
                    y1 = std::max(y1, y);
                }
        (void)b;
        REQUIRE(y1 > y0);
        return y1 - y0;
    };
    // "Anna" and "Anna-Maranne Rose": capitals, no ascenders or descenders.
    CHECK(std::abs(ink_height(L.seats[7]) - ink_height(L.seats[5])) <= 1);
}

SCENARIO("a portrait screen uses its height") {
    GIVEN("1080x1920") {
        Run r =
            run("portrait", 1080, 1920, test::kPastOpening + "key Space\nwait 1\nshot portrait\n");
        REQUIRE(r.status == 0);
        TableLayout L = table_layout(1080, 1920, 3, kPrintCardAspect);
        THEN("the card is wider than half the screen and everything is on it, apart") {
            CHECK(L.card.w > 1080 / 2);
            CHECK(L.card.h > 1920 / 2);
            SDL_Rect screen{0, 0, 1080, 1920};
            for (SDL_Rect r2 : {L.card, L.mission, L.timer, L.draw_pile, L.discard, L.status}) {
                SDL_Rect in{};
                CHECK(SDL_IntersectRect(&r2, &screen, &in));
                CHECK(in.w == r2.w);
                CHECK(in.h == r2.h);
            }
            for (const SDL_Rect& seat : L.seats) {
                CHECK_FALSE(SDL_HasIntersection(&seat, &L.card));
                CHECK_FALSE(SDL_HasIntersection(&seat, &L.timer));
                CHECK(seat.y + seat.h <= 1920);
            }
            CHECK_FALSE(SDL_HasIntersection(&L.timer, &L.draw_pile));
        }
        THEN("the card is drawn in its rect") {
            SurfacePtr s = r.shot("portrait");
            const Session& se = r.table().session();
            const Card* c = current_card(test::bundled_deck(), se);
            REQUIRE(c);
            Color paper = test::bundled_deck().type_of(*c).color;
            CHECK(near(at(s.get(), L.card.x + L.card.w * 3 / 100, L.card.y + L.card.h / 2), paper));
        }
    }
}

SCENARIO("the card back's art stays inside its frame") {
    for (int w : {120, 300, 640}) {
        GIVEN("the bundled back drawn " << w << " px wide on the cloth") {
            const int h = int(w / kPrintCardAspect);
            SurfacePtr surface{
                SDL_CreateRGBSurfaceWithFormat(0, w + 20, h + 20, 32, SDL_PIXELFORMAT_ARGB8888)};
            RendererPtr renderer{SDL_CreateSoftwareRenderer(surface.get())};
            CardPainter painter{renderer.get(), test::font_library()};
            SDL_SetRenderDrawColor(renderer.get(), theme::kCloth.r, theme::kCloth.g,
                                   theme::kCloth.b, 255);
            SDL_RenderClear(renderer.get());
            SDL_SetRenderDrawBlendMode(renderer.get(), SDL_BLENDMODE_BLEND);
            const Deck& deck = test::bundled_deck();
            const CardType& type = deck.types.front();
            REQUIRE_FALSE(deck.back_file_of(type).empty());
            SDL_Rect r{10, 10, w, h};
            painter.draw_back(deck, type, r);
            THEN("the corners outside the rounded outline are still the cloth") {
                for (SDL_Point p : {SDL_Point{r.x + 1, r.y + 1},
                                    {r.x + r.w - 2, r.y + 1},
                                    {r.x + 1, r.y + r.h - 2},
                                    {r.x + r.w - 2, r.y + r.h - 2}})
                    CHECK(near(at(surface.get(), p.x, p.y), theme::kCloth, 3));
            }
            THEN("the art is drawn inside (the middle is not the cloth)") {
                CHECK_FALSE(
                    near(at(surface.get(), r.x + r.w / 2, r.y + r.h / 2), theme::kCloth, 3));
            }
        }
    }
}

// Regression: a keep's toast sat over the band asking to press Escape
// again, so all that was left of it to read was "Escape ... ries on".
SCENARIO("a toast never covers the band that asks to press Escape again") {
    Run r = run("confirm-toast", 1280, 720,
                test::kPastOpening + "key Space\nkey K\nkey Escape\nshot band\n");
    REQUIRE(r.status == 0);
    REQUIRE_FALSE(r.app->toast_shown().empty());
    const TableLayout L = table_layout(1280, 720, 3, kPrintCardAspect);
    THEN("the toast goes to the header while the band shows") {
        CHECK(r.table().toast_band(1280, 720).y == L.header.y);
    }
    THEN("the band's row is the band's pink, with no toast's sky in it") {
        SurfacePtr s = r.shot("band");
        const SDL_Rect row{0, L.status.y, 1280, L.status.h};
        CHECK(count(s.get(), row, theme::kSky, 2) == 0);
        CHECK(count(s.get(), row, theme::kPink, 2) > 1280 * L.status.h / 2);
    }
}
