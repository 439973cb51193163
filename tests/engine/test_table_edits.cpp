// Scripted headless sessions for the table's edits: writing a blank card
// (kept as the user's own, drawn by a later session), redo, more time, and
// seats that come, go and are renamed. Checked on the session and on the
// pictures, the way people would look at them.
#include "engine/render/asset_paths.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/theme.hpp"
#include "engine/words/summary_markdown.hpp"
#include "game/base/atomic_file.hpp"
#include "game/deck/own_cards.hpp"
#include "tests/engine_fixture.hpp"

#include <SDL_image.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

using namespace hearth;
namespace fs = std::filesystem;

namespace {

const std::string kDeck = HEARTH_BUNDLED_DECKS "/microsolidarity";

// One headless run; the App stays alive so the test can read its session.
struct Run {
    fs::path dir;
    std::unique_ptr<App> app;
    int status = 0;

    const Session& session() {
        auto* table = dynamic_cast<TableScene*>(app->scene());
        REQUIRE(table);
        return table->session();
    }
    const TablePanel& panel() { return dynamic_cast<TableScene*>(app->scene())->panel(); }
    SurfacePtr shot(const std::string& name) const { return test::load_shot(dir, name); }
};

// A folder for a test, emptied; its data/ is the user's data folder.
fs::path fresh(const std::string& name) {
    return test::fresh_folder("edits-" + name);
}

fs::path own_file(const fs::path& dir) {
    return dir / "data" / "hearth" / "own-cards" / "microsolidarity.toml";
}

Run play(const fs::path& dir, const std::string& script, std::string format = "circle",
         int w = 1280, int h = 720) {
    Run r;
    r.dir = dir;
    Options o = test::table_options(dir, w, h);
    o.format = std::move(format);
    r.app = test::headless_app(o, kDeck);
    r.status = test::play_script(*r.app, script, "edits");
    return r;
}

Color at(SDL_Surface* s, int x, int y) {
    Uint32 v = static_cast<Uint32*>(s->pixels)[y * (s->pitch / 4) + x];
    Color c;
    SDL_GetRGBA(v, s->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

int brightness(Color c) {
    return c.r + c.g + c.b;
}

const Deck& bundled() {
    static const Deck deck = *load_deck(kDeck).deck;
    return deck;
}

} // namespace

SCENARIO("a blank card written at the table is kept and drawn by a later session") {
    fs::path dir = fresh("write");
    GIVEN("a table where someone presses W, types a title and a text, and writes it") {
        Run r = play(dir, test::kPastOpening + "key Space\n"
                                               "key W\n"
                                               "type Tea first\n"
                                               "key Tab\n"
                                               "type Make tea for someone you have not met yet.\n"
                                               "shot form\n"
                                               "key Ctrl+Return\n"
                                               "wait 0.5\n"
                                               "shot written\n");
        REQUIRE(r.status == 0);
        const Session& s = r.session();
        THEN("the card is in the session, under the draw pile, and the form is closed") {
            REQUIRE(s.table.written.size() == 1);
            CHECK(s.table.written[0].title == "Tea first");
            CHECK(s.table.written[0].text == "Make tea for someone you have not met yet.");
            CHECK(s.table.written[0].type == "blank");
            CHECK(s.table.draw_pile.front() == s.table.written[0].id);
            CHECK(!r.panel().is_open());
        }
        THEN("the form covered the table while it was open, and the table shows again after") {
            SurfacePtr form = r.shot("form"), after = r.shot("written");
            // The centre of the screen is the form's light paper.
            CHECK(brightness(at(form.get(), 640, 200)) > 600);
            // Outside the form, the table is dimmed.
            CHECK(brightness(at(form.get(), 4, 4)) + 40 < brightness(at(after.get(), 4, 4)));
        }
        THEN("the summary lists it with its author") {
            std::string md = summary_markdown(bundled(), s);
            auto written_at = md.find("## Cards written at the table");
            REQUIRE(written_at != std::string::npos);
            CHECK(md.find("Tea first", written_at) != std::string::npos);
            CHECK(md.find("Written by Ana", written_at) != std::string::npos);
        }
        THEN("it is saved as the user's own card, in the deck format") {
            OwnCards own = load_own_cards(own_file(dir), bundled());
            REQUIRE(own.ok());
            REQUIRE(own.cards.size() == 1);
            CHECK(own.cards[0].id == "own-1");
            CHECK(own.cards[0].title == "Tea first");
            CHECK(read_file(own_file(dir))->find("[[cards]]\nid = \"own-1\"\ntype = \"blank\"\n") !=
                  std::string::npos);
        }
        AND_WHEN("a second session of the deck starts") {
            // The deck gives N; the first session (past its opening) drew one
            // and wrote one: N again.
            int deck_pile = int(r.session().table.draw_pile.size());
            Run again = play(dir, "");
            const Session& s2 = again.session();
            THEN("the own card is in its draw pile: one card more than the deck gives") {
                REQUIRE(s2.start.own.size() == 1);
                CHECK(std::count(s2.table.draw_pile.begin(), s2.table.draw_pile.end(), "own-1") ==
                      1);
                CHECK(int(s2.table.draw_pile.size()) == deck_pile + 1);
            }
            AND_WHEN("the table skips until it comes up") {
                auto it =
                    std::find(s2.table.draw_pile.rbegin(), s2.table.draw_pile.rend(), "own-1");
                int from_top = int(it - s2.table.draw_pile.rbegin());
                std::string script = test::kPastOpening + "key Space\n";
                for (int i = 0; i < from_top; ++i)
                    script += "key S\n";
                script += "wait 1\nshot own\n";
                Run third = play(dir, script);
                THEN("the own card is drawn and shown") {
                    CHECK(third.session().table.in_play == "own-1");
                    REQUIRE(current_card(bundled(), third.session()));
                    CHECK(current_card(bundled(), third.session())->title == "Tea first");
                }
            }
        }
    }
}

SCENARIO("a written card's mistakes are refused with a toast and the form stays open") {
    fs::path dir = fresh("write-empty");
    Run r = play(dir, "key W\nkey Ctrl+Return\nshot refused\n");
    CHECK(r.panel().is_open());
    CHECK(r.session().table.written.empty());
    CHECK(!fs::exists(own_file(dir)));
    Run esc = play(dir, "key W\ntype Half a thought\nkey Escape\n");
    CHECK(!esc.panel().is_open());
    CHECK(esc.session().table.written.empty());
}

SCENARIO("a damaged own-cards file is shown with file:line:col and never written over") {
    fs::path dir = fresh("damaged");
    const std::string bad = "[[cards]]\nid = \"own-1\"\ntype = \"blnak\"\ntitle = \"Tea\"\n";
    REQUIRE(!write_file_atomically(own_file(dir), bad));
    Run r = play(dir, "shot error\n"
                      "key Escape\n"
                      "key W\n"
                      "type Walk together\n"
                      "key Ctrl+Return\n");
    THEN("the table plays without it, the written card joins the session, the file stays") {
        CHECK(r.session().start.own.empty());
        CHECK(r.session().table.written.size() == 1);
        CHECK(read_file(own_file(dir)) == bad);
    }
    THEN("the screen shows the error: light text over the dark cover") {
        SurfacePtr shot = r.shot("error");
        int light = 0;
        for (int y = 100; y < 300; y += 2)
            for (int x = 60; x < 1200; x += 4)
                light += brightness(at(shot.get(), x, y)) > 600;
        CHECK(light > 30);
    }
}

SCENARIO("redo gives back what back undid") {
    fs::path dir = fresh("redo");
    Run ahead = play(dir, test::kPastOpening + "key Space\nkey Space\n");
    Table after_two = ahead.session().table;
    Run r = play(dir, test::kPastOpening + "key Space\nkey Space\nkey Backspace\nkey Ctrl+Y\n");
    CHECK(r.session().table == after_two);
    Run shifted = play(dir, test::kPastOpening +
                                "key Space\nkey Space\nkey Backspace\nkey Shift+Backspace\n");
    CHECK(shifted.session().table == after_two);
    Run nothing = play(dir, test::kPastOpening + "key Space\nkey Ctrl+Y\n");
    CHECK(!can_redo(nothing.session()));
}

SCENARIO("E gives the running timer one more minute") {
    fs::path dir = fresh("extend");
    // Circle: past its opening, draw, then a 60 s prompt timer.
    Run r = play(dir, test::kPastOpening + "key Space\nkey Space\nwait 10\nkey E\nshot extended\n");
    TimerView t = timer_view(r.session());
    CHECK(t.kind == TimerKind::Prompt);
    CHECK(t.total_ms == 120000);
    CHECK(t.remaining_ms == 110000);
    Run none = play(dir, "key E\n");
    CHECK(timer_view(none.session()).total_ms == 0);
}

SCENARIO("people sit down, are renamed and leave mid-session") {
    fs::path dir = fresh("seats");
    WHEN("A opens a name field and Return seats the name") {
        Run r =
            play(dir, test::kPastOpening + "key Space\nkey A\ntype Dana\nshot add\nkey Return\n");
        CHECK(seat_names(r.session()) == std::vector<std::string>{"Ana", "Ben", "Caro", "Dana"});
        CHECK(!r.panel().is_open());
    }
    WHEN("Insert and an empty name seats a default name") {
        Run r = play(dir, "key Insert\nkey Return\n");
        CHECK(seat_names(r.session()).size() == 4);
    }
    WHEN("R renames the active seat; typing replaces the old name") {
        Run r = play(dir, test::kPastOpening + "key Space\nkey R\ntype Anna\nkey Return\n");
        CHECK(seat_names(r.session())[0] == "Anna");
    }
    WHEN("F2 and Down rename the next seat") {
        Run r = play(dir, "key F2\nkey Down\ntype Benno\nkey Return\n");
        CHECK(seat_names(r.session()) == std::vector<std::string>{"Ana", "Benno", "Caro"});
    }
    WHEN("a name another player has is refused and the field stays open") {
        Run r = play(dir, "key R\ntype Ben\nkey Return\n");
        CHECK(seat_names(r.session())[0] == "Ana");
        CHECK(r.panel().is_open());
    }
    WHEN("Delete is pressed once, then another key") {
        Run r = play(dir, test::kPastOpening + "key Space\nkey Delete\nshot confirm\nkey K\n");
        THEN("nobody leaves, and the band asked first") {
            CHECK(seat_names(r.session()).size() == 3);
            SurfacePtr s = r.shot("confirm");
            TableLayout L = table_layout(1280, 720, 3, kPrintCardAspect);
            Color band = at(s.get(), 4, L.status.y + L.status.h / 2);
            CHECK(std::abs(band.r - theme::kPink.r) < 8);
            CHECK(std::abs(band.g - theme::kPink.g) < 8);
        }
    }
    WHEN("Escape once, then W: the question is answered, no form opens") {
        Run r = play(dir, test::kPastOpening + "key Space\nkey Escape\nkey W\n");
        CHECK(!r.panel().is_open());
        CHECK(r.session().table.phase == Phase::Playing);
    }
    WHEN("Delete twice removes the active seat") {
        Run r = play(dir, test::kPastOpening + "key Space\nkey Delete\nkey Delete\n");
        CHECK(seat_names(r.session()) == std::vector<std::string>{"Ben", "Caro"});
    }
    WHEN("Delete, a click on a seat, Delete removes that seat") {
        TableLayout L = table_layout(1280, 720, 3, kPrintCardAspect);
        SDL_Rect seat = L.seats[1];
        Run r = play(dir, "key Delete\nclick " + std::to_string(seat.x + seat.w / 2) + " " +
                              std::to_string(seat.y + seat.h / 2) + "\nkey Delete\n");
        CHECK(seat_names(r.session()) == std::vector<std::string>{"Ana", "Caro"});
    }
    WHEN("Delete, a seat's number, Delete removes that seat") {
        Run r = play(dir, "key Delete\nkey 3\nkey Delete\n");
        CHECK(seat_names(r.session()) == std::vector<std::string>{"Ana", "Ben"});
    }
}

// The W form drew a right-to-left text from the field's left edge, its
// caret as if the line read left to right.
SCENARIO("the W form ranges Arabic text right, and its arrows follow the reading") {
    fs::path dir = fresh("write-rtl");
    Run r = play(dir, test::kPastOpening +
                          "key Space\nkey W\nkey Tab\n"
                          "type \u0627\u0635\u0646\u0639 \u0627\u0644\u0634\u0627\u064a\n"
                          "shot form\nkey Right\nkey Right\ntype \u0628\n");
    REQUIRE(r.status == 0);
    SurfacePtr form = r.shot("form");
    // The text field at 1280x720: its first line from y 330 to 360.
    auto ink_in = [&](int x0, int x1) {
        int dark = 0;
        for (int y = 330; y < 360; ++y)
            for (int x = x0; x < x1; ++x)
                dark += brightness(at(form.get(), x, y)) < 200;
        return dark;
    };
    THEN("the letters are at the field's right, none at its left") {
        CHECK(ink_in(850, 1025) > 40);
        CHECK(ink_in(255, 700) == 0);
    }
    THEN("Right went back towards the start: the new letter is two letters in") {
        REQUIRE(r.panel().is_open());
        CHECK(r.panel().text() == "\u0627\u0635\u0646\u0639 \u0627\u0644\u0634\u0628\u0627\u064a");
    }
}
