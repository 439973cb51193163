#include "game/base/atomic_file.hpp"
#include "game/deck/deck_loader.hpp"
#include "tools/csv/card_csv.hpp"
#include "tools/csv/csv.hpp"
#include "tools/csv/csv_import.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

// A deck in the styles designers write: comments, literal strings, an
// explicit number, a multi-line text, formats after the cards.
constexpr std::string_view kDeck = R"(# A deck for the spreadsheet tests.
[deck]
id = "t"
name = "Test"

[types.talk]
name = "Talk"
color = "#ffffff"

# ---- cards

[[cards]]
id = "first"   # the opener
type = "talk"
title = 'First'
text = """
Line one.

- a bullet
"""
see = ["second"]
tags = ["a", "b"]

[[cards]]
id = "second"
type = "talk"
title = "Second"
number = 5

# ---- formats

[formats.circle]
name = "Circle"
draw = ["talk"]
)";

Deck load(std::string_view text) {
    LoadResult r = load_deck_text(text, "deck");
    INFO((r.diagnostics.all().empty() ? "" : r.diagnostics.all()[0].str()));
    REQUIRE(r.ok());
    return std::move(*r.deck);
}

std::vector<std::string> messages(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const auto& x : d.all())
        out.push_back(x.str());
    return out;
}

constexpr std::string_view kHeader = "number,id,type,title,subtitle,text,see,tags,art\r\n";

} // namespace

SCENARIO("a spreadsheet round trip changes nothing") {
    GIVEN("the bundled deck") {
        LoadResult r = load_deck(HEARTH_BUNDLED_DECKS "/microsolidarity");
        REQUIRE(r.ok());
        auto text = read_file(r.deck->file);
        REQUIRE(text);
        WHEN("its cards are exported and imported back") {
            std::vector<std::string> problems;
            std::string csv = export_cards_csv(*r.deck, &problems);
            CsvImportResult imported = import_cards_csv(*r.deck, *text, csv, "cards.csv");
            THEN("the deck file is byte for byte the same and no card changed") {
                CHECK(problems.empty());
                CHECK(messages(imported.diagnostics).empty());
                REQUIRE(imported.text);
                CHECK(imported.changes.empty());
                CHECK(*imported.text == *text);
            }
        }
    }
    GIVEN("cards with commas, quotes, line breaks, non-Latin text and emoji") {
        std::string tricky = std::string(kDeck) + R"(
[[cards]]
id = "tricky"
type = "talk"
title = "Commas, \"quotes\" and 'apostrophes'"
subtitle = "Новая карта · 你好 · 🔥🕯️"
text = """
First line, with a comma.
"Quoted" line; semicolon.

Ünïcödé: ✨ and a trailing space """
tags = ["日本語", "emoji 🔥"]
)";
        Deck deck = load(tricky);
        std::string csv = export_cards_csv(deck);
        THEN("the CSV reads back to the same cells") {
            Diagnostics d;
            auto rows = read_csv(csv, "cards.csv", d);
            REQUIRE(rows.size() == 4);
            CHECK(rows[3].fields[3].text == "Commas, \"quotes\" and 'apostrophes'");
            CHECK(rows[3].fields[5].text == deck.cards[2].text);
        }
        THEN("importing it back changes nothing") {
            CsvImportResult r = import_cards_csv(deck, tricky, csv, "cards.csv");
            CHECK(messages(r.diagnostics).empty());
            REQUIRE(r.text);
            CHECK(*r.text == tricky);
        }
        THEN("imported into a deck without those cards, they arrive intact") {
            CsvImportResult r = import_cards_csv(load(kDeck), kDeck, csv, "cards.csv");
            CHECK(messages(r.diagnostics).empty());
            REQUIRE(r.text);
            Deck after = load(*r.text);
            REQUIRE(after.cards.size() == 3);
            const Card& c = after.cards[2];
            CHECK(c.title == deck.cards[2].title);
            CHECK(c.subtitle == deck.cards[2].subtitle);
            CHECK(c.text == deck.cards[2].text);
            CHECK(c.tags == deck.cards[2].tags);
            CHECK(export_cards_csv(after) == csv);
        }
    }
}

SCENARIO("an import edits the deck file in place") {
    Deck deck = load(kDeck);
    auto import = [&](std::string rows, bool delete_missing = false) {
        CsvImportOptions options;
        options.delete_missing = delete_missing;
        return import_cards_csv(deck, kDeck, std::string(kHeader) + rows, "cards.csv", options);
    };
    WHEN("a title and a text change and a subtitle is added") {
        auto r = import("1,first,talk,Uno,Opening,\"New text, one line\",second,a; b,\r\n"
                        "5,second,talk,Second,,,,,\r\n");
        THEN("only those values change; comments and styles stay") {
            CHECK(messages(r.diagnostics).empty());
            REQUIRE(r.text);
            std::string want(kDeck);
            want.replace(want.find("title = 'First'"), 15, "title = 'Uno'\nsubtitle = \"Opening\"");
            auto t = want.find("\"\"\"\nLine one.");
            want.replace(t, want.find("\"\"\"", t + 3) + 3 - t, "\"New text, one line\"");
            CHECK(*r.text == want);
            REQUIRE(r.changes.size() == 1);
            CHECK(r.changes[0].keys == std::vector<std::string>{"title", "subtitle", "text"});
        }
    }
    WHEN("cells are emptied") {
        auto r = import("1,first,talk,First,,,,,\r\n5,second,talk,Second,,,,,\r\n");
        THEN("those keys are removed, with their lines") {
            REQUIRE(r.text);
            CHECK(r.text->find("text =") == std::string::npos);
            CHECK(r.text->find("see =") == std::string::npos);
            CHECK(r.text->find("tags =") == std::string::npos);
            CHECK(r.text->find("id = \"first\"   # the opener\ntype = \"talk\"\ntitle = 'First'\n\n"
                               "[[cards]]") != std::string::npos);
        }
    }
    WHEN("the CSV has only some columns") {
        auto r = import_cards_csv(deck, kDeck, "id,title\nfirst,Uno\nsecond,Second\n", "cards.csv");
        THEN("the others are left alone") {
            REQUIRE(r.text);
            Deck after = load(*r.text);
            CHECK(after.cards[0].title == "Uno");
            CHECK(after.cards[0].text == deck.cards[0].text);
            CHECK(after.cards[1].number == 5);
        }
    }
    WHEN("a row has an id the deck does not have") {
        auto r = import("1,first,talk,First,,,,,\r\n5,second,talk,Second,,,,,\r\n"
                        ",third,talk,Third,,\"Two\nlines\",first,,\r\n"
                        "9,fourth,talk,Fourth,,,,,\r\n");
        THEN("the card is added after the last card, before the formats") {
            REQUIRE(r.text);
            Deck after = load(*r.text);
            REQUIRE(after.cards.size() == 4);
            CHECK(after.cards[2].id == "third");
            CHECK(after.cards[2].number == 6);
            CHECK(after.cards[2].text == "Two\nlines");
            CHECK(after.cards[3].number == 9);
            CHECK(r.text->find("number = 9") < r.text->find("# ---- formats"));
        }
    }
    WHEN("a card has no row") {
        auto r = import_cards_csv(deck, kDeck, "id\nfirst\n", "cards.csv");
        THEN("it is kept, and a warning says so where the card is") {
            REQUIRE(r.text);
            CHECK(*r.text == kDeck);
            CHECK(messages(r.diagnostics) ==
                  std::vector<std::string>{
                      "deck/deck.toml:24:1: warning: card 'second' has no row in cards.csv; it "
                      "stays in the deck (--delete-missing removes it)"});
        }
    }
    WHEN("a card has no row and --delete-missing is given") {
        auto r = import("1,first,talk,First,,,,tag,\r\n", true);
        THEN("the card is removed") {
            REQUIRE(r.text);
            Deck after = load(*r.text);
            REQUIRE(after.cards.size() == 1);
            CHECK(r.text->find("\n\n\n") == std::string::npos);
        }
    }
    WHEN("a removed card is still named by another") {
        auto r = import("1,first,talk,First,,,second,,\r\n", true);
        THEN("nothing is written, and the error points at the reference in the deck") {
            CHECK_FALSE(r.text);
            CHECK(messages(r.diagnostics) ==
                  std::vector<std::string>{"deck/deck.toml:21:8: error: 'see' names unknown card "
                                           "'second' (after the import)"});
        }
    }
    WHEN("a number changes") {
        auto r = import("3,first,talk,First,,,,,\r\n4,second,talk,Second,,,,,\r\n");
        THEN("numbers are written only where order does not give them") {
            REQUIRE(r.text);
            Deck after = load(*r.text);
            CHECK(after.cards[0].number == 3);
            CHECK(after.cards[1].number == 4);
            CHECK(r.text->find("number = 3") != std::string::npos);
            CHECK(r.text->find("number = 4") != std::string::npos); // an explicit number stays one
            CHECK(r.text->find("number = 5") == std::string::npos);
        }
    }
}

SCENARIO("a bad spreadsheet leaves the deck alone and points at the cell") {
    Deck deck = load(kDeck);
    auto import = [&](std::string_view csv) {
        return messages(import_cards_csv(deck, kDeck, csv, "cards.csv").diagnostics);
    };
    CHECK(import("id,titel\nfirst,x\n") ==
          std::vector<std::string>{"cards.csv:1:4: error: unknown column 'titel'; the columns "
                                   "are number, id, type, title, subtitle, text, see, tags, art, "
                                   "did you mean 'title'?"});
    CHECK(import("title\nx\n") ==
          std::vector<std::string>{
              "cards.csv:1:1: error: no 'id' column; rows are matched to cards by id"});
    CHECK(import("id,type\nfirst,talk\nfirst,talk\n") ==
          std::vector<std::string>{
              "cards.csv:3:1: error: card 'first' has a row already, on line 2"});
    CHECK(import("id,type\nfirst\n") ==
          std::vector<std::string>{
              "cards.csv:2:1: error: this row has 1 fields but the header has 2"});
    CHECK(import("id,number\nfirst,two\n") ==
          std::vector<std::string>{"cards.csv:2:7: error: card number 'two' must be a whole "
                                   "number from 1 to 99999, or empty to follow the card before"});
    CHECK(import("id,type\nfirst,tlak\nsecond,talk\n") ==
          std::vector<std::string>{
              "cards.csv:2:7: error: unknown card type 'tlak', did you mean 'talk'?"});
    CHECK(import("id,type,title\nfirst,talk,\nsecond,talk,Second\n") ==
          std::vector<std::string>{"cards.csv:2:12: error: 'title' is empty"});
    CHECK(import("id,type,title\nfirst,talk,First\nsecond,talk,Second\nthird,,Third\n") ==
          std::vector<std::string>{
              "cards.csv:4:1: error: missing required key 'type' in card 'third'"});
}

SCENARIO("a deck written with CRLF line ends keeps them") {
    std::string crlf;
    for (char c : kDeck)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    Deck deck = load(crlf);
    auto r =
        import_cards_csv(deck, crlf,
                         std::string(kHeader) + "1,first,talk,First,Sub,\"Two\nlines\",,,\r\n" +
                             ",third,talk,Third,,\"New\nlines\",,,\r\n",
                         "cards.csv");
    REQUIRE(r.text);
    for (std::size_t i = r.text->find('\n'); i != std::string::npos; i = r.text->find('\n', i + 1))
        CHECK((*r.text)[i - 1] == '\r');
    CHECK(load(*r.text).cards[0].text == "Two\nlines");
}
