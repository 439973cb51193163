// The binding table is the one place keys are named: the input path, the
// help overlay and the scenes' hint lines all read it, so changing a key
// there changes what it does and what every screen says about it.
#include "engine/bindings.hpp"
#include "engine/scenes/setup_scene.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/words/hint_fit.hpp"
#include "game/session/session.hpp"
#include "tests/engine_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace hearth;

namespace {

Session three_seats() {
    SessionStart start;
    start.seed = 7;
    start.deck = test::bundled_deck().info.id;
    start.format = "circle";
    start.players = {"Ana", "Ben", "Caro"};
    auto r = start_session(test::bundled_deck(), start);
    REQUIRE(std::holds_alternative<Session>(r));
    return std::get<Session>(std::move(r));
}

// The help line whose description starts with `what`.
std::string keys_of(const KeyHelp& help, const std::string& what) {
    for (const auto& [keys, text] : help)
        if (text.rfind(what, 0) == 0)
            return keys;
    FAIL("no help line for " << what);
    return {};
}

// Rebinds `from` (a chord in `layer`) to `to`, named `label`.
void rebind(Bindings& b, Layer layer, Key from, Key to, std::string label) {
    auto row = std::find_if(b.rows().begin(), b.rows().end(), [&](const Binding& r) {
        const Chord* c = std::get_if<Chord>(&r.trigger);
        return r.layer == layer && c && c->key == from && c->mods == kNoMod;
    });
    REQUIRE(row != b.rows().end());
    row->trigger = Chord{to};
    row->label = std::move(label);
}

std::optional<Command> press(const Bindings& b, Key k, Layer layer = Layer::Commands) {
    auto in = b.resolve(InputEvent{KeyPress{Chord{k}}, {}}, layer);
    return in ? std::optional(in->command) : std::nullopt;
}

} // namespace

SCENARIO("the help overlay and the hints name the table's keys") {
    const Bindings& b = Bindings::standard();
    GIVEN("a table about to begin") {
        TableScene table(three_seats());
        KeyHelp help = table.help(b);
        THEN("each offered command's line names its keys from the table") {
            CHECK(keys_of(help, "next") == "Space, Return, PageDown, \u2192, click the card");
            CHECK(keys_of(help, "back") == "Backspace, PageUp, \u2190");
            CHECK(keys_of(help, "pause") == b.keys(Command::Pause, Layer::Commands));
            CHECK(keys_of(help, "this help") == "F1, ?");
            CHECK(keys_of(help, "redo") == "Ctrl+Y, Shift+Backspace");
            CHECK(keys_of(help, "that seat") == "1 \u2013 9, Shift+1 \u2013 3, click a seat");
            CHECK(keys_of(help, "the next choice") == "B, .");
        }
        THEN("the status line names the first key of each") {
            CHECK(table.hints(b, test::bundled_deck()) ==
                  "Space: begin  \u00b7  F1: keys  \u00b7  B: more choices");
        }
    }
}

// The mission choice's hint says "S: draw one at random", but the table's
// F1 help did not list S for it.
SCENARIO("the table's help lists S for a mission drawn at random on the mission choice") {
    Bindings b = Bindings::standard();
    TableScene table(three_seats());
    CHECK(keys_of(table.help(b), "on the mission choice: draw a mission at random") ==
          b.keys(Command::Skip, Layer::Commands));
    CHECK(keys_of(table.help(b), "on the mission choice").rfind("S", 0) == 0);
    // Through the one binding table: S bound to D, the help says D.
    rebind(b, Layer::Commands, Key::S, Key::D, "D");
    CHECK(keys_of(table.help(b), "on the mission choice").rfind("D", 0) == 0);
}

SCENARIO("changing one binding changes what the key does, the help and the hints") {
    GIVEN("the table's keys with Space for next rebound to N") {
        Bindings b = Bindings::standard();
        rebind(b, Layer::Commands, Key::Space, Key::N, "N");
        THEN("N is next and Space is nothing") {
            CHECK(press(b, Key::N) == Command::Next);
            CHECK(press(b, Key::Space) == std::nullopt);
        }
        THEN("the table's help and its status line say N") {
            TableScene table(three_seats());
            CHECK(keys_of(table.help(b), "next") == "N, Return, PageDown, \u2192, click the card");
            CHECK(table.hints(b, test::bundled_deck()) ==
                  "N: begin  \u00b7  F1: keys  \u00b7  B: more choices");
        }
        THEN("set-up's help says N too") {
            SetupScene setup(test::bundled_deck(), 7, "");
            CHECK(keys_of(setup.help(b), "choose the format") ==
                  "\u2191, \u2193, N, Return, PageDown, \u2192, a click on a row");
        }
    }
    GIVEN("Escape rebound to Q for the table's keys") {
        Bindings b = Bindings::standard();
        rebind(b, Layer::Commands, Key::Escape, Key::Q, "Q");
        THEN("set-up's hint line says Q quits") {
            SetupScene setup(test::bundled_deck(), 7, "");
            std::string hints = setup.hints(b);
            CHECK(hints.find("Q: quit") != std::string::npos);
            CHECK(hints.find("Escape") == std::string::npos);
        }
    }
}

SCENARIO("a key that is text in a text field is not named there") {
    const Bindings& b = Bindings::standard();
    THEN("help in the journal is F1 alone: ? is typed") {
        CHECK(b.keys(Command::Help, Layer::Journal) == "F1");
        CHECK(b.keys(Command::Help, Layer::Commands) == "F1, ?");
    }
    THEN("another card in the journal is Ctrl+Return and PageDown, not Space") {
        CHECK(b.keys(Command::Submit, Layer::Journal) == "Ctrl+Return");
        CHECK(b.keys(Command::Next, Layer::Journal) == "PageDown");
    }
}

SCENARIO("the table's forms name their keys from the table") {
    const Bindings& b = Bindings::standard();
    TablePanel panel;
    WHEN("a card is being written") {
        panel.open_write("Blank", {}, {});
        THEN("the hint line says how to move on, write and cancel") {
            CHECK(panel.hints(b) == "Tab: next field  \u00b7  Ctrl+Return: write the card  \u00b7  "
                                    "Escape: cancel");
        }
    }
    WHEN("a seat is being renamed and Escape is rebound for forms") {
        panel.open_name(TablePanel::Kind::Rename, "Rename seat 1: Ana", "Ana");
        Bindings changed = b;
        for (Binding& row : changed.rows())
            if (row.layer == Layer::Form && row.command == Command::Leave && row.listed)
                row.label = "Esc";
        THEN("the hint line follows") {
            CHECK(panel.hints(b) ==
                  "Return: rename  \u00b7  \u2191 \u2193: another seat  \u00b7  Escape: cancel");
            CHECK(panel.hints(changed) ==
                  "Return: rename  \u00b7  \u2191 \u2193: another seat  \u00b7  Esc: cancel");
        }
    }
}

// Regression: a status line too long for its place lost its last hints
// first, so "B: more choices", the clicker's way to everything else, went.
SCENARIO("hints that do not fit keep the step's own key and B the longest") {
    const std::string all =
        "T: next page  \u00b7  Space: done  \u00b7  S: skip  \u00b7  B: more choices";
    auto up_to = [](std::size_t n) { return [n](const std::string& s) { return s.size() <= n; }; };
    std::string hints = all;
    drop_hints(hints, up_to(all.size()));
    CHECK(hints == all);
    hints = all;
    drop_hints(hints, up_to(44));
    CHECK(hints == "T: next page  \u00b7  B: more choices");
    hints = all;
    drop_hints(hints, up_to(20));
    CHECK(hints == "B: more choices");
    hints = "Space: done";
    drop_hints(hints, up_to(3));
    CHECK(hints == "Space: done"); // the caller decides whether one hint shows at all
}
