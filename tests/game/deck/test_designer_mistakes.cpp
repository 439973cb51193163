// What a designer's real mistakes get: ids folded to ASCII, positions inside
// a card's text, and a reload that drops the format being played.
#include "game/deck/ascii_fold.hpp"
#include "game/deck/detail/string_position.hpp"
#include "game/deck/live_deck.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

TEST_CASE("letters with accents fold to the ASCII an id may use") {
    CHECK(fold_to_ascii("semáforo") == "semaforo");
    CHECK(fold_to_ascii("año") == "ano");
    CHECK(fold_to_ascii("Straße") == "Strasse");
    CHECK(fold_to_ascii("łódź") == "lodz");
    CHECK(fold_to_ascii("Œuvre×2") == "OEuvre×2"); // × is no letter: kept
    CHECK(fold_to_ascii("सेतु") == "सेतु");            // no Latin letters: kept
    CHECK(quote_name(U'\u201C') == "left double quotation mark");
    CHECK(code_point_name(U'\u201C') == "U+201C");
}

TEST_CASE("a position inside a TOML string is found in the file") {
    const std::string file = "a = 1\ntext = \"\"\"\nfirst\nsecond \\\"q\\\" `code`\n\"\"\"\n";
    const SourcePos start{"f", 2, 8};
    // The value is "first\nsecond \"q\" `code`\n": `code` starts at byte 17.
    CHECK(detail::position_in_string(file, start, 0).line == 3);
    CHECK(detail::position_in_string(file, start, 0).column == 1);
    SourcePos code = detail::position_in_string(file, start, 17);
    CHECK(code.line == 4);
    CHECK(code.column == 14); // the escapes take two columns each
    SourcePos one_line = detail::position_in_string("t = \"ab `c`\"\n", {"f", 1, 5}, 3);
    CHECK(one_line.line == 1);
    CHECK(one_line.column == 9);
}

namespace {
constexpr const char* kDeck = R"([deck]
id = "t"
name = "T"

[types.a]
name = "A"
color = "#f6c28b"

[formats.circle]
name = "Circle"
players = [2, 12]
draw = ["a"]
turn = ["draw", "prompt", "discussion"]
speaking = "round"
%s
[[cards]]
id = "c1"
type = "a"
title = "One"

[[cards]]
id = "c2"
type = "a"
title = "Two"
)";

std::string deck_text(bool with_other_format) {
    std::string t = kDeck;
    const std::string other = with_other_format
                                  ? "\n[formats.open]\nname = \"Open\"\nplayers = "
                                    "[2, 12]\ndraw = [\"a\"]\nturn = [\"draw\", \"prompt\"]\n"
                                    "speaking = \"open\"\n"
                                  : "";
    t.replace(t.find("%s"), 2, other);
    return t;
}
} // namespace

SCENARIO("removing the format being played is refused like a removed card in play") {
    LoadResult first = load_deck_text(deck_text(true), "/nowhere");
    REQUIRE(first.ok());
    auto started = start_session(*first.deck, "open", 3, 1);
    REQUIRE(std::holds_alternative<Session>(started));
    LiveDeck live(std::move(*first.deck));
    live.hold(std::get<Session>(started));
    WHEN("a save removes the session's format") {
        bool taken = live.take(load_deck_text(deck_text(false), "/nowhere"));
        THEN("the deck in play stays and the reason names the format") {
            CHECK_FALSE(taken);
            CHECK(live.deck().find_format("open"));
            REQUIRE(live.problems().size() == 1);
            CHECK(live.problems()[0].message ==
                  "format 'open' is being played in this session but is no longer in the deck; "
                  "put it back or start a new session to play another format");
        }
    }
    WHEN("a save removes another format") {
        auto circle = start_session(live.deck(), "circle", 3, 1);
        REQUIRE(std::holds_alternative<Session>(circle));
        live.hold(std::get<Session>(circle));
        THEN("it is taken") {
            CHECK(live.take(load_deck_text(deck_text(false), "/nowhere")));
        }
    }
}
