#include "game/deck/deck_loader.hpp"
#include "game/deck/deck_writer.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

// Compares everything but where things were written.
void check_same(const Deck& a, const Deck& b) {
    CHECK(a.info.id == b.info.id);
    CHECK(a.info.name == b.info.name);
    CHECK(a.info.version == b.info.version);
    CHECK(a.info.language == b.info.language);
    CHECK(a.info.license == b.info.license);
    CHECK(a.info.credits == b.info.credits);
    CHECK(a.info.description == b.info.description);
    CHECK(a.info.back == b.info.back);
    REQUIRE(a.types.size() == b.types.size());
    for (std::size_t i = 0; i < a.types.size(); ++i) {
        const auto &x = a.types[i], &y = b.types[i];
        CHECK(std::tie(x.id, x.name, x.color, x.ink, x.art, x.back, x.description, x.reflective,
                       x.blank) == std::tie(y.id, y.name, y.color, y.ink, y.art, y.back,
                                            y.description, y.reflective, y.blank));
    }
    REQUIRE(a.cards.size() == b.cards.size());
    for (std::size_t i = 0; i < a.cards.size(); ++i) {
        const auto &x = a.cards[i], &y = b.cards[i];
        CHECK(std::tie(x.id, x.type, x.title, x.subtitle, x.text, x.art, x.see, x.tags, x.number) ==
              std::tie(y.id, y.type, y.title, y.subtitle, y.text, y.art, y.see, y.tags, y.number));
        CHECK(std::tie(x.scale, x.minutes, x.subtitle_made) ==
              std::tie(y.scale, y.minutes, y.subtitle_made));
    }
    REQUIRE(a.formats.size() == b.formats.size());
    for (std::size_t i = 0; i < a.formats.size(); ++i) {
        const auto &x = a.formats[i], &y = b.formats[i];
        CHECK(std::tie(x.id, x.name, x.description, x.min_players, x.max_players, x.draw, x.turn,
                       x.speaking, x.mission, x.mission_type, x.timers, x.end, x.when_empty) ==
              std::tie(y.id, y.name, y.description, y.min_players, y.max_players, y.draw, y.turn,
                       y.speaking, y.mission, y.mission_type, y.timers, y.end, y.when_empty));
        CHECK(std::tie(x.filters, x.ends, x.advance) == std::tie(y.filters, y.ends, y.advance));
    }
}

void round_trip(const std::filesystem::path& folder) {
    LoadResult first = load_deck(folder);
    REQUIRE(first.ok());
    std::string text = write_deck(*first.deck);
    LoadResult second = load_deck_text(text, folder);
    INFO(text);
    REQUIRE(second.ok());
    check_same(*first.deck, *second.deck);
    CHECK(write_deck(*second.deck) == text);
}

} // namespace

SCENARIO("load, write and load again gives the same deck") {
    GIVEN("the small deck that uses every key") {
        round_trip(std::filesystem::path(HEARTH_TEST_DECKS) / "good/small");
    }
    GIVEN("the bundled deck") {
        round_trip(std::filesystem::path(HEARTH_BUNDLED_DECKS) / "microsolidarity");
    }
}

SCENARIO("strings that need escaping survive the round trip") {
    CHECK(toml_quote("plain") == "\"plain\"");
    CHECK(toml_quote("say \"hi\"\\") == "\"say \\\"hi\\\"\\\\\"");
    CHECK(toml_quote("a\nb") == "\"\"\"\na\nb\"\"\"");
    CHECK(toml_quote(std::string("\x01", 1)) == "\"\\u0001\"");
    auto r = load_deck_text(
        "[deck]\nid = \"x\"\nname = " + toml_quote("Quotes \"\"\" and \\ and\nlines\n\"") +
            "\n[types.q]\nname = \"Q\"\ncolor = \"#ffffff\"\n[[cards]]\nid = \"a\"\ntype = "
            "\"q\"\ntitle = \"A\"\n",
        std::filesystem::path(HEARTH_TEST_DECKS) / "good/small");
    REQUIRE(r.ok());
    CHECK(r.deck->info.name == "Quotes \"\"\" and \\ and\nlines\n\"");
}
