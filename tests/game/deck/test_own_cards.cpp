// The user's own cards: written at the table, saved in the deck format,
// loaded through the loader's card rules, drawn by later sessions.
#include "engine/words/words.hpp"
#include "game/base/atomic_file.hpp"
#include "game/deck/live_deck.hpp"
#include "game/deck/own_cards.hpp"
#include "game/session/session_log.hpp"
#include "tests/session_fixture.hpp"

#include <map>

using namespace hearth;
using namespace hearth::testing;

namespace {
const Deck& deck() {
    return session_deck();
}

Card written(std::string title, std::string text) {
    Card c;
    c.id = "written-1";
    c.type = "blank";
    c.title = std::move(title);
    c.text = std::move(text);
    c.tags = {"written"};
    return c;
}
} // namespace

SCENARIO("own cards are written in the deck format and read back the same") {
    GIVEN("two cards written at the table") {
        std::vector<Card> own;
        own.push_back(
            own_card_from(written("Tea first", "Make tea for\nsomeone \"new\"."), deck(), own));
        own.push_back(own_card_from(written("Walk", ""), deck(), own));
        THEN("they get fresh own ids") {
            CHECK(own[0].id == "own-1");
            CHECK(own[1].id == "own-2");
        }
        WHEN("written out and read again") {
            std::string text = write_own_cards(own);
            OwnCards back = read_own_cards(text, "own.toml", deck());
            THEN("nothing is lost and nothing is wrong") {
                CHECK(back.ok());
                CHECK(back.diagnostics.all().empty());
                REQUIRE(back.cards.size() == 2);
                CHECK(back.cards[0] == own[0]);
                CHECK(back.cards[1] == own[1]);
            }
            THEN("the text is [[cards]] a designer can paste into a deck") {
                CHECK(text.find("[[cards]]\nid = \"own-1\"\ntype = \"blank\"\ntitle = \"Tea "
                                "first\"\n") != std::string::npos);
            }
        }
    }
}

SCENARIO("a damaged file of own cards gives exact diagnostics and no cards") {
    auto first = [](std::string_view text) {
        OwnCards r = read_own_cards(text, "own-cards/table.toml", deck());
        CHECK(!r.ok());
        CHECK(r.cards.empty());
        REQUIRE(!r.diagnostics.all().empty());
        return r.diagnostics.all().front().str();
    };
    CHECK(first("[[cards]]\nid = \"own-1\"\ntype = \"blank\"\ntitle = \"Tea\n") ==
          "own-cards/table.toml:4:13: error: syntax error: the string is not closed; the line "
          "ends before its closing quote");
    CHECK(first("[[cards]]\nid = \"own-1\"\ntype = \"blnak\"\ntitle = \"Tea\"\n") ==
          "own-cards/table.toml:3:8: error: the deck 'table' has no card type 'blnak', did you "
          "mean 'blank'?");
    CHECK(first("[[cards]]\nid = \"q1\"\ntype = \"blank\"\ntitle = \"Tea\"\n") ==
          "own-cards/table.toml:2:6: error: card id 'q1' is already a card of the deck 'table'; "
          "give this card another id");
    CHECK(first("[deck]\nid = \"x\"\n") ==
          "own-cards/table.toml:1:2: error: unknown key 'deck' in a file of cards");
    CHECK(first("[[cards]]\nid = \"own-1\"\ntype = \"blank\"\ntitle = \"Tea\"\ncolour = 1\n") ==
          "own-cards/table.toml:5:1: error: unknown key 'colour' in card 'own-1'");
}

SCENARIO("a missing file of own cards is no cards, not an error") {
    OwnCards r =
        load_own_cards(std::filesystem::temp_directory_path() / "hearth-no-such-own.toml", deck());
    CHECK(r.ok());
    CHECK(r.cards.empty());
}

SCENARIO("the own-cards file lives under the user's data folder") {
    std::map<std::string, std::string> vars;
    auto env = [&](std::string_view k) -> std::optional<std::string> {
        auto it = vars.find(std::string(k));
        return it == vars.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    CHECK(!own_cards_file(env, "table"));
    vars["HOME"] = "/home/ana";
    CHECK(own_cards_file(env, "table") ==
          std::filesystem::path("/home/ana/.local/share/hearth/own-cards/table.toml"));
    vars["XDG_DATA_HOME"] = "/data";
    CHECK(own_cards_file(env, "table") ==
          std::filesystem::path("/data/hearth/own-cards/table.toml"));
    vars["XDG_DATA_HOME"] = "relative";
    CHECK(own_cards_file(env, "table") ==
          std::filesystem::path("/home/ana/.local/share/hearth/own-cards/table.toml"));
}

SCENARIO("a later session draws the user's own cards") {
    GIVEN("a session started with one own card") {
        std::vector<Card> own{own_card_from(written("Tea first", "Make tea."), deck(), {})};
        SessionStart st{1, "", "circle", {"Ana", "Ben"}, {}, own};
        auto r = start_session(deck(), st);
        REQUIRE(std::holds_alternative<Session>(r));
        Session s = std::get<Session>(r);
        THEN("it is in the draw pile with the format's cards, and findable") {
            CHECK(pile_counts(s).draw == 5);
            CHECK(std::count(s.table.draw_pile.begin(), s.table.draw_pile.end(), "own-1") == 1);
            REQUIRE(find_session_card(deck(), s, "own-1"));
            CHECK(find_session_card(deck(), s, "own-1")->title == "Tea first");
            CHECK(!check_invariants(deck(), s));
        }
        THEN("the log's start line keeps it, so the session replays") {
            auto replayed = replay_log(deck(), log_to_jsonl(s), "log.jsonl");
            REQUIRE(std::holds_alternative<Session>(replayed));
            CHECK(std::get<Session>(replayed).start.own == own);
            CHECK(std::get<Session>(replayed).table.draw_pile == s.table.draw_pile);
        }
    }
    GIVEN("an own card with the id of a deck card") {
        Card bad = written("Tea", "");
        bad.id = "q1";
        SessionStart st{1, "", "circle", {"Ana"}, {}, {bad}};
        auto r = start_session(deck(), st);
        REQUIRE(std::holds_alternative<StartError>(r));
        CHECK(say(std::get<StartError>(r).message) ==
              "the own card 'q1' has the id of another card");
    }
}

SCENARIO("a reloaded deck without the type of written or own cards is not taken") {
    LoadResult again = load_deck_text(kSessionDeck, "decks/table");
    REQUIRE(again.ok());
    CHECK(reload_problems(again, {}, {"blank"}).empty());
    auto problems = reload_problems(again, {}, {"gone"});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].str() ==
          "decks/table/deck.toml: error: card type 'gone' is used by cards written at the table "
          "or your own cards, but is no longer in the deck; put it back or start a new session");
}
