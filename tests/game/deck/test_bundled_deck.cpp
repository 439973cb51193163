// What the bundled deck's cards promise about themselves (issue 14): the
// time on an activity is the time its steps take, its subtitle says its scale
// and time, the activities are numbered by scale, and two people are a pair.

#include "game/deck/deck_loader.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <string>

using namespace hearth;

namespace {
const Deck& bundled() {
    static const LoadResult r =
        load_deck(std::filesystem::path(HEARTH_BUNDLED_DECKS) / "microsolidarity");
    REQUIRE(r.ok());
    return *r.deck;
}

// The minutes of the steps written "(N min)" in a card's text.
std::vector<int> step_minutes(const std::string& text) {
    static const std::regex step(R"(\((\d+) min\))");
    std::vector<int> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), step);
         it != std::sregex_iterator(); ++it)
        out.push_back(std::stoi((*it)[1].str()));
    return out;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}
} // namespace

SCENARIO("a bundled card's timed steps add up to the card's minutes") {
    // Troika's three steps are one person's turn, played once for each of
    // the three.
    const std::map<std::string, int> turns = {{"troika", 3}};
    int timed = 0;
    for (const Card& c : bundled().cards) {
        std::vector<int> steps = step_minutes(c.text);
        if (steps.size() < 2)
            continue;
        ++timed;
        int sum = 0;
        for (int m : steps)
            sum += m;
        auto t = turns.find(c.id);
        INFO(c.id << ": steps " << sum << " min, card " << c.minutes << " min");
        CHECK(sum * (t == turns.end() ? 1 : t->second) == c.minutes);
    }
    CHECK(timed >= 4); // case clinic, retrospective, troika, a year from now
}

SCENARIO("the case clinic names its roles, its reflection and its closing round") {
    const Card* c = bundled().find_card("case-clinic");
    REQUIRE(c);
    CHECK(c->number == 38);
    for (const char* part :
         {"case giver", "coach", "keeps time", "**Mirror**", "**Reflect**", "**Closing round**"}) {
        INFO(part);
        CHECK(c->text.find(part) != std::string::npos);
    }
    // the reflection follows the mirroring
    CHECK(c->text.find("**Reflect**") > c->text.find("**Mirror**"));
}

SCENARIO("every bundled activity says its scale and time under its title, numbered by scale") {
    const std::vector<std::string> order = {"self", "pair", "crew", "congregation", "network"};
    std::size_t last = 0;
    int activities = 0;
    for (const Card& c : bundled().cards) {
        if (c.type != "activity")
            continue;
        ++activities;
        INFO(c.id);
        auto at = std::find(order.begin(), order.end(), c.scale);
        REQUIRE(at != order.end());
        CHECK(c.minutes > 0);
        CHECK(c.subtitle == made_subtitle(c.scale, c.minutes));
        auto rank = static_cast<std::size_t>(at - order.begin());
        CHECK(rank >= last);
        last = rank;
    }
    CHECK(activities == 37);
}

SCENARIO("the bundled deck calls two people a pair, never a dyad") {
    for (const Card& c : bundled().cards) {
        INFO(c.id);
        CHECK(lower(c.title + " " + c.subtitle + " " + c.text).find("dyad") == std::string::npos);
        CHECK(std::find(c.tags.begin(), c.tags.end(), "dyad") == c.tags.end());
    }
}
