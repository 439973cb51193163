// The user's own cards: written at the table, saved in the deck format,
// loaded through the loader's card rules, drawn by later sessions.
#include "engine/words/words.hpp"
#include "game/base/atomic_file.hpp"
#include "game/deck/live_deck.hpp"
#include "game/deck/own_cards.hpp"
#include "game/session/session_log.hpp"
#include "tests/session_fixture.hpp"

#include <map>
#include <random>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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

// ------------------------------------------------------------ keeping a card: in place, locked,
// private

namespace {

struct OwnFolder {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("hearth-own-" + std::to_string(std::random_device{}()));
    std::filesystem::path file = path / "own-cards" / "table.toml";
    ~OwnFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

} // namespace

SCENARIO("writing a card keeps the person's comments and keys in the own-cards file") {
    OwnFolder tmp;
    const std::string by_hand = "# My cards, tidied by hand.\n"
                                "[[cards]]\n"
                                "id = \"own-1\"\n"
                                "type = \"blank\"\n"
                                "title = \"Tea first\"\n"
                                "number = 7 # where I keep it\n"
                                "see = [\"q1\"]\n"
                                "art = \"art/cells.svg\"\n";
    REQUIRE_FALSE(write_file_atomically(tmp.file, by_hand));
    OwnCardKept kept = keep_own_card(tmp.file, written("Walk", "Go outside."), deck());
    REQUIRE(kept.error.empty());
    const std::string now = *read_file(tmp.file);
    THEN("every byte the person wrote is still there, and the new card follows") {
        CHECK(now.substr(0, by_hand.size()) == by_hand);
        CHECK(now.find("[[cards]]\nid = \"own-2\"\ntype = \"blank\"\ntitle = \"Walk\"\n",
                       by_hand.size()) != std::string::npos);
        REQUIRE(kept.cards.size() == 2);
        CHECK(kept.cards[0].number == 7);
        CHECK(kept.cards[0].see == std::vector<std::string>{"q1"});
        CHECK(kept.cards[1].id == "own-2");
    }
    THEN("the file is private to the person") {
        auto perms = std::filesystem::status(tmp.file).permissions();
        CHECK((perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) ==
              std::filesystem::perms::none);
    }
}

SCENARIO("a hand edit made while Hearth runs is kept when the next card is written") {
    OwnFolder tmp;
    REQUIRE(keep_own_card(tmp.file, written("Tea first", ""), deck()).error.empty());
    // Edited by hand while the table plays: a comment and a card of the person's own.
    std::string edited = *read_file(tmp.file) + "# added by hand\n[[cards]]\nid = \"mine\"\n"
                                                "type = \"blank\"\ntitle = \"Mine\"\n";
    REQUIRE_FALSE(write_file_atomically(tmp.file, edited));
    OwnCardKept kept = keep_own_card(tmp.file, written("Walk", ""), deck());
    REQUIRE(kept.error.empty());
    CHECK(read_file(tmp.file)->substr(0, edited.size()) == edited);
    REQUIRE(kept.cards.size() == 3);
    CHECK(kept.cards[1].id == "mine");
}

SCENARIO("two tables writing cards at once both keep theirs") {
    OwnFolder tmp;
    constexpr int kEach = 15;
    auto keep_many = [&](const std::string& who) {
        for (int i = 0; i < kEach; ++i)
            keep_own_card(tmp.file, written(who + " " + std::to_string(i), ""), deck());
    };
    pid_t other = ::fork();
    if (other == 0) {
        keep_many("Other");
        ::_exit(0);
    }
    keep_many("This");
    int status = 0;
    ::waitpid(other, &status, 0);
    OwnCards all = load_own_cards(tmp.file, deck());
    REQUIRE(all.ok());
    CHECK(all.cards.size() == 2 * kEach);
}

SCENARIO("a damaged own-cards file is never written over when a card is kept") {
    OwnFolder tmp;
    REQUIRE_FALSE(write_file_atomically(tmp.file, "[[cards]]\nid = \"own-1\"\ntitle = \"Te\n"));
    OwnCardKept kept = keep_own_card(tmp.file, written("Walk", ""), deck());
    CHECK(kept.damaged);
    CHECK_FALSE(kept.error.empty());
    CHECK(read_file(tmp.file) == "[[cards]]\nid = \"own-1\"\ntitle = \"Te\n");
}

SCENARIO("own cards' art is checked like deck art") {
    auto first = [](std::string_view art) {
        OwnCards r = read_own_cards("[[cards]]\nid = \"own-1\"\ntype = \"blank\"\ntitle = \"T\"\n"
                                    "art = \"" +
                                        std::string(art) + "\"\n",
                                    "own.toml", deck());
        CHECK_FALSE(r.ok());
        return r.diagnostics.all().empty() ? std::string() : r.diagnostics.all().front().str();
    };
    CHECK(first("/etc/passwd") == "own.toml:5:7: error: art of card 'own-1': path '/etc/passwd' "
                                  "is absolute; write it relative to the deck folder");
    CHECK(first("../../x.svg") == "own.toml:5:7: error: art of card 'own-1': path '../../x.svg' "
                                  "leaves the deck folder ('..' is not allowed)");
    GIVEN("a FIFO named as art in the deck folder") {
        OwnFolder tmp;
        std::filesystem::create_directories(tmp.path / "art");
        REQUIRE(::mkfifo((tmp.path / "art/fifo.svg").c_str(), 0600) == 0);
        LoadResult d = load_deck_text(kSessionDeck, tmp.path);
        REQUIRE(d.ok());
        OwnCards r = read_own_cards("[[cards]]\nid = \"own-1\"\ntype = \"blank\"\ntitle = \"T\"\n"
                                    "art = \"art/fifo.svg\"\n",
                                    "own.toml", *d.deck);
        THEN("it is refused at once, without waiting on the FIFO") {
            REQUIRE_FALSE(r.ok());
            CHECK(r.diagnostics.all().front().str() ==
                  "own.toml:5:7: error: art of card 'own-1': 'art/fifo.svg' cannot be opened: it "
                  "is not a regular file");
        }
    }
    GIVEN("art inside the deck folder") {
        OwnCards r = read_own_cards("[[cards]]\nid = \"own-1\"\ntype = \"blank\"\ntitle = \"T\"\n"
                                    "art = \"art/" +
                                        std::filesystem::directory_iterator(deck().folder / "art")
                                            ->path()
                                            .filename()
                                            .string() +
                                        "\"\n",
                                    "own.toml", deck());
        THEN("it is fine, and resolved so the card shows it") {
            CHECK(r.ok());
            REQUIRE(r.cards.size() == 1);
            CHECK_FALSE(r.cards[0].art_file.empty());
        }
    }
}
