// Card keys scale and minutes, and a format's draw filters.
#include "game/deck/deck_loader.hpp"
#include "game/deck/deck_writer.hpp"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

const std::filesystem::path kFolder = std::filesystem::path(HEARTH_TEST_DECKS) / "good/small";

// Two activity cards with scale and minutes, one question, a blank type.
std::string deck_with(const std::string& formats) {
    return R"([deck]
id = "f"
name = "Filters"
[types.question]
name = "Question"
color = "#ffffff"
[types.activity]
name = "Activity"
color = "#ffffff"
[types.blank]
name = "Blank"
color = "#ffffff"
blank = true
[[cards]]
id = "q"
type = "question"
title = "Q"
tags = ["crew"]
[[cards]]
id = "short"
type = "activity"
title = "Short"
tags = ["crew", "care"]
scale = "Crew"
minutes = 10
[[cards]]
id = "long"
type = "activity"
title = "Long"
subtitle = "Crew, an evening"
tags = ["crew"]
scale = "crew"
minutes = 70
[[cards]]
id = "b"
type = "blank"
title = "Your move"
)" + formats;
}

std::string messages(const LoadResult& r) {
    std::string out;
    const std::string prefix = kFolder.generic_string() + "/";
    for (const auto& d : r.diagnostics.all()) {
        std::string line = d.str();
        if (line.rfind(prefix, 0) == 0)
            line.erase(0, prefix.size());
        out += line + "\n";
    }
    return out;
}

std::vector<std::string> drawn(const Deck& d, const std::string& format) {
    std::vector<std::string> ids;
    for (const Card& c : d.cards)
        if (draws(d, *d.find_format(format), c))
            ids.push_back(c.id);
    return ids;
}

} // namespace

SCENARIO("cards say their scale and minutes, and a subtitle is made from them when none is "
         "written") {
    LoadResult r = load_deck_text(
        deck_with("[formats.all]\nname = \"All\"\ndraw = [\"activity\"]\n"), kFolder);
    INFO(messages(r));
    REQUIRE(r.ok());
    const Card& s = *r.deck->find_card("short");
    const Card& l = *r.deck->find_card("long");
    CHECK(s.scale == "crew"); // written "Crew": kept lower-case
    CHECK(s.minutes == 10);
    CHECK(s.subtitle == "Crew \xC2\xB7 10 min");
    CHECK(s.subtitle_made);
    CHECK(l.subtitle == "Crew, an evening"); // a written subtitle stays
    CHECK_FALSE(l.subtitle_made);
    CHECK(r.deck->find_card("q")->scale.empty());
    CHECK(r.deck->find_card("q")->minutes == 0);
    AND_THEN("the writer writes the keys back, and not the made subtitle") {
        std::string text = write_deck(*r.deck);
        CHECK(text.find("scale = \"crew\"\nminutes = 10\n") != std::string::npos);
        CHECK(text.find("Crew \xC2\xB7 10 min") == std::string::npos);
        LoadResult again = load_deck_text(text, kFolder);
        REQUIRE(again.ok());
        CHECK(again.deck->find_card("short")->subtitle == s.subtitle);
    }
}

SCENARIO("a bad scale or minutes is reported where it is written") {
    std::string text = deck_with("[formats.all]\nname = \"All\"\ndraw = [\"activity\"]\n");
    text.replace(text.find("scale = \"Crew\""), 14, "scale = \"tribe\"");
    text.replace(text.find("minutes = 70"), 12, "minutes = 0");
    LoadResult r = load_deck_text(text, kFolder);
    CHECK(messages(r) ==
          "deck.toml:24:9: error: unknown scale 'tribe' of card 'short'; expected \"self\", "
          "\"pair\", \"crew\", \"congregation\" or \"network\"\n"
          "deck.toml:33:11: error: 'minutes' must be between 1 and 1440, not 0\n");
}

SCENARIO("a format draws by type, by tag and by minutes") {
    LoadResult r = load_deck_text(deck_with(R"(
[formats.types]
name = "Types"
draw = ["question", "activity"]
[formats.short-crew]
name = "Short crew"
draw = ["question", { types = ["activity"], any_tags = ["crew"], max_minutes = 15 }]
[formats.tags]
name = "Tags"
draw = [{ all_tags = ["crew", "care"] }, { no_tags = ["care"], min_minutes = 30 }]
[formats.none-of]
name = "None of"
draw = [{ no_tags = ["care"] }]
[formats.scales]
name = "Scales"
draw = [{ scales = ["CREW"], count = 1 }]
)"),
                                  kFolder);
    INFO(messages(r));
    REQUIRE(r.ok());
    const Deck& d = *r.deck;
    CHECK(drawn(d, "types") == std::vector<std::string>{"q", "short", "long"});
    CHECK(drawn(d, "short-crew") == std::vector<std::string>{"q", "short"});
    CHECK(drawn(d, "tags") == std::vector<std::string>{"short", "long"});
    // Without types a filter draws from every type that is not blank.
    CHECK(drawn(d, "none-of") == std::vector<std::string>{"q", "long"});
    CHECK(d.find_format("scales")->filters[0].scales == std::vector<std::string>{"crew"});
    CHECK(d.find_format("scales")->filters[0].count == 1);
    AND_THEN("the writer writes the filters back as they were read") {
        LoadResult again = load_deck_text(write_deck(d), kFolder);
        INFO(messages(again));
        REQUIRE(again.ok());
        for (const Format& f : d.formats) {
            CHECK(again.deck->find_format(f.id)->draw == f.draw);
            CHECK(again.deck->find_format(f.id)->filters == f.filters);
        }
    }
}

SCENARIO("a filter that matches no card is an error naming the filter") {
    LoadResult r = load_deck_text(deck_with(R"(
[formats.nothing]
name = "Nothing"
draw = ["question", { types = ["activity"], any_tags = ["solo"] }]
[formats.too-many]
name = "Too many"
draw = [{ types = ["activity"], count = 3 }]
[formats.bad]
name = "Bad"
draw = [{ types = ["activty"], colour = "red", min_minutes = 20, max_minutes = 10 }, 3]
)"),
                                  kFolder);
    CHECK(messages(r) ==
          "deck.toml:41:21: error: format 'nothing' draw filter { types = [\"activity\"], "
          "any_tags = [\"solo\"] } matches no card of the deck\n"
          "deck.toml:44:9: error: format 'too-many' draw filter { types = [\"activity\"], count = "
          "3 } asks for 3 cards, but only 2 match\n"
          "deck.toml:45:1: error: format 'bad' has nothing to draw: its draw pile would be empty\n"
          "deck.toml:47:9: error: impossible minutes in draw filter 1 of [formats.bad]: "
          "'min_minutes' 20 is more than 'max_minutes' 10\n"
          "deck.toml:47:20: error: format 'bad' draws unknown card type 'activty', did you mean "
          "'activity'?\n"
          "deck.toml:47:32: error: unknown key 'colour' in draw filter 1 of [formats.bad]\n"
          "deck.toml:47:86: error: 'draw' must hold card type names or filter tables such as { "
          "types = [\"activity\"], max_minutes = 15 }, not an integer\n");
}

SCENARIO("end conditions combine, and a format may advance when a timer runs out") {
    LoadResult r = load_deck_text(deck_with(R"(
[formats.both]
name = "Both"
draw = ["activity"]
end = { minutes = 60, rounds = 2 }
advance = "timer"
[formats.plain]
name = "Plain"
draw = ["activity"]
end = { cards = 3 }
)"),
                                  kFolder);
    INFO(messages(r));
    REQUIRE(r.ok());
    const Format& f = *r.deck->find_format("both");
    CHECK(f.ends == std::vector<EndRule>{{EndKind::Minutes, 60}, {EndKind::Rounds, 2}});
    CHECK(f.end == EndRule{EndKind::Minutes, 60});
    CHECK(f.end_limit(EndKind::Rounds) == 2);
    CHECK(f.end_limit(EndKind::Cards) == 0);
    CHECK(f.advance == Advance::Timer);
    CHECK(r.deck->find_format("plain")->advance == Advance::Host);
    LoadResult again = load_deck_text(write_deck(*r.deck), kFolder);
    REQUIRE(again.ok());
    CHECK(again.deck->find_format("both")->ends == f.ends);
    CHECK(again.deck->find_format("both")->advance == Advance::Timer);
}
