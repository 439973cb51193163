#include "game/deck/deck_loader.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>

using namespace hearth;

namespace {
const std::filesystem::path kDecks = HEARTH_TEST_DECKS;

std::string messages(const LoadResult& r) {
    std::string out;
    for (const auto& d : r.diagnostics.all())
        out += d.str() + "\n";
    return out;
}
} // namespace

SCENARIO("a deck that uses every key loads into the model") {
    GIVEN("the small good deck") {
        LoadResult r = load_deck(kDecks / "good/small");
        INFO(messages(r));
        REQUIRE(r.ok());
        const Deck& d = *r.deck;
        THEN("the deck's own data is read") {
            CHECK(d.info.id == "small");
            CHECK(d.info.name == "Small deck");
            CHECK(d.info.license == "CC0-1.0");
            CHECK(d.info.back == "art/cells.svg");
            CHECK(r.diagnostics.all().empty());
        }
        THEN("types keep their file order and values") {
            REQUIRE(d.types.size() == 4);
            CHECK(d.types[0].id == "conversation");
            CHECK(d.types[0].color == Color{0x9f, 0xd3, 0xf0, 255});
            CHECK(d.types[0].ink == Color{0x10, 0x20, 0x2a, 255});
            CHECK(d.types[0].reflective);
            CHECK(d.types[3].blank);
            CHECK(d.back_of(d.types[1]) == "art/cells.svg");
        }
        THEN("cards are numbered by order unless a number is given, and counting goes on from it") {
            REQUIRE(d.cards.size() == 4);
            CHECK(d.cards[0].number == 1);
            CHECK(d.cards[1].number == 2);
            CHECK(d.cards[2].number == 10);
            CHECK(d.cards[3].number == 11);
            CHECK(d.find_card_by_number(10)->id == "find-your-crew");
            CHECK(d.cards[1].see == std::vector<std::string>{"first-question"});
            CHECK(d.cards[1].subtitle == "Pair \xC2\xB7 30 min");
            CHECK(d.cards[1].where.line == 42);
        }
        THEN("formats carry their turn, speaking, timers and end") {
            const Format* f = d.find_format("circle");
            REQUIRE(f);
            CHECK(f->min_players == 2);
            CHECK(f->max_players == 12);
            CHECK(f->turn == std::vector{TurnKind::Draw, TurnKind::Prompt, TurnKind::Discussion});
            CHECK(f->speaking == Speaking::Round);
            CHECK(f->mission == MissionRule::Choose);
            CHECK(f->mission_type == "mission");
            CHECK(f->timers == Timers{60, 90, 300});
            CHECK(f->end == EndRule{EndKind::Rounds, 2});
            CHECK(f->when_empty == WhenEmpty::End);
            const Format* solo = d.find_format("solo");
            REQUIRE(solo);
            CHECK(solo->max_players == 1);
            CHECK(solo->turn == std::vector{TurnKind::Draw, TurnKind::Prompt});
        }
    }
    GIVEN("the path of the deck.toml itself") {
        THEN("it loads the same deck") {
            CHECK(load_deck(kDecks / "good/small/deck.toml").ok());
        }
    }
}

SCENARIO("a deck without formats plays as free play") {
    auto r = load_deck_text(R"([deck]
id = "x"
name = "X"
[types.q]
name = "Question"
color = "#ffffff"
[types.b]
name = "Blank"
color = "#ffffff"
blank = true
[[cards]]
id = "a"
type = "q"
title = "A"
)",
                            kDecks / "good/small");
    REQUIRE(r.ok());
    REQUIRE(r.deck->formats.size() == 1);
    CHECK(r.deck->formats[0].id == "free");
    CHECK(r.deck->formats[0].draw == std::vector<std::string>{"q"});
    REQUIRE(r.diagnostics.all().size() == 1);
    CHECK(r.diagnostics.all()[0].str() == (kDecks / "good/small/deck.toml").generic_string() +
                                              ":1:1: warning: the deck defines no [formats.ID]; it "
                                              "plays as 'Free play' with every card");
}

SCENARIO("the bundled Microsolidarity deck loads clean with the promised counts") {
    LoadResult r = load_deck(std::filesystem::path(HEARTH_BUNDLED_DECKS) / "microsolidarity");
    INFO(messages(r));
    REQUIRE(r.ok());
    CHECK(r.diagnostics.all().empty());
    std::map<std::string, int> count;
    for (const auto& c : r.deck->cards)
        ++count[c.type];
    CHECK(count["mission"] == 7);
    CHECK(count["conversation"] == 12);
    CHECK(count["info"] == 4);
    CHECK(count["activity"] == 37);
    CHECK(count["blank"] == 15);
    for (int n = 1; n <= 75; ++n)
        CHECK(r.deck->find_card_by_number(n));
    CHECK(r.deck->info.license == "CC-BY-SA-4.0");
    for (const char* f : {"circle", "mission-night", "check-in", "solo"})
        CHECK(r.deck->find_format(f));
}

SCENARIO("a deck saved with Windows line endings loads the same as one with Unix line endings") {
    const std::filesystem::path folder = kDecks / "good/small";
    LoadResult unix_deck = load_deck(folder);
    REQUIRE(unix_deck.ok());
    std::ifstream in(folder / "deck.toml", std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string crlf;
    for (char c : text)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    LoadResult windows_deck = load_deck_text(crlf, folder);
    INFO(messages(windows_deck));
    REQUIRE(windows_deck.ok());
    REQUIRE(windows_deck.deck->cards.size() == unix_deck.deck->cards.size());
    for (std::size_t i = 0; i < unix_deck.deck->cards.size(); ++i) {
        CHECK(windows_deck.deck->cards[i].text == unix_deck.deck->cards[i].text);
        CHECK(windows_deck.deck->cards[i].where.line == unix_deck.deck->cards[i].where.line);
    }
}
