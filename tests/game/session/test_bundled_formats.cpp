// The bundled deck's formats play the way their gatherings run (issue 14):
// what each draws, how it is timed, who it seats, and a set-up estimate that
// is honest at its fewest, middle and most players.
#include "game/session/estimate.hpp"
#include "tests/session_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <set>

using namespace hearth;
using namespace hearth::testing;

namespace {

const Format& format(const std::string& id) {
    const Format* f = bundled_deck().find_format(id);
    REQUIRE(f != nullptr);
    return *f;
}

// The cards `f` draws, by id.
std::set<std::string> drawn(const Format& f) {
    std::set<std::string> out;
    for (const Card& c : bundled_deck().cards)
        if (draws(bundled_deck(), f, c))
            out.insert(c.id);
    return out;
}

bool has_tag(const Card& c, const std::string& tag) {
    return std::find(c.tags.begin(), c.tags.end(), tag) != c.tags.end();
}

bool has_step(const Format& f, TurnKind k) {
    return std::find(f.turn.begin(), f.turn.end(), k) != f.turn.end();
}

} // namespace

SCENARIO("the bundled formats' set-up estimates at their fewest, middle and most players") {
    // Minutes the set-up screen shows, for min, (min + max) / 2 and max players.
    const std::map<std::string, std::array<int, 3>> expected = {
        // 8 cards: a 60 s prompt, 90 s a speaker, 8 min at most; Five scales
        // read aloud and 30 s each to check out
        {"circle", {35, 60, 80}},
        // four missions laid out, 40 min to plan the one chosen; the opening
        // and a minute each to name a first step
        {"mission-night", {45, 50, 55}},
        {"check-in", {4, 9, 15}}, // one 90 s prompt each
        {"solo", {45, 45, 45}},   // five minutes a card for 40 minutes, and the card begun
        // the check-in read, three laid out, 5 min to pick, the median
        // practice (30 min), a minute each to check out
        {"crew-night", {40, 40, 45}},
    };
    const Deck& deck = bundled_deck();
    CHECK(deck.formats.size() == expected.size());
    for (const Format& f : deck.formats) {
        const int lo = min_seats(f), hi = max_seats(f);
        const std::array<int, 3> seats = {lo, (lo + hi) / 2, hi};
        auto want = expected.find(f.id);
        REQUIRE(want != expected.end());
        for (std::size_t i = 0; i < seats.size(); ++i) {
            const Estimate e = estimate(deck, f, seats[i]);
            INFO(f.id << " for " << seats[i] << ": about " << e.minutes << " min, " << e.turns
                      << " turns");
            CHECK(e.minutes == want->second[i]);
            CHECK_FALSE(e.open_ended); // every bundled format ends by itself
            CHECK(e.minutes < 120);    // under two hours even with the most players
        }
    }
}

SCENARIO("a bundled format whose practices vary widely says its estimate as a range") {
    // Crew night's practices take 5 to 60 minutes: the median (30) alone
    // says 40 minutes for four, though the evening may take 15 or 70.
    const std::map<std::string, std::array<std::pair<int, int>, 3>> expected = {
        {"crew-night", {{{15, 70}, {15, 70}, {20, 75}}}},
    };
    const Deck& deck = bundled_deck();
    for (const Format& f : deck.formats) {
        const int lo = min_seats(f), hi = max_seats(f);
        const std::array<int, 3> seats = {lo, (lo + hi) / 2, hi};
        auto want = expected.find(f.id);
        for (std::size_t i = 0; i < seats.size(); ++i) {
            const Estimate e = estimate(deck, f, seats[i]);
            INFO(f.id << " for " << seats[i] << ": about " << e.low << " to " << e.high << " min");
            if (want == expected.end()) { // no do step: one figure
                CHECK_FALSE(e.ranged());
                continue;
            }
            REQUIRE(e.ranged());
            CHECK(e.low == want->second[i].first);
            CHECK(e.high == want->second[i].second);
            CHECK(e.low <= e.minutes); // the median lies inside the range
            CHECK(e.minutes <= e.high);
            CHECK(e.high < 120); // under two hours even with the longest practice
        }
    }
}

SCENARIO("each bundled format draws what its gathering plays") {
    const Deck& deck = bundled_deck();
    GIVEN("the conversation circle") {
        const Format& f = format("circle");
        int activities = 0;
        for (const Card& c : deck.cards) {
            if (!draws(deck, f, c))
                continue;
            if (c.type == "activity") {
                ++activities;
                CHECK(c.minutes <= 10);
                CHECK(c.scale == "crew");
            } else {
                CHECK(c.type == "conversation");
            }
        }
        CHECK(activities > 2);              // a choice of short practices...
        CHECK(f.filters.back().count == 2); // ...of which two join the pile
        CHECK(f.max_players == 7);          // card 57: eight or more split
        CHECK(f.description.find("57") != std::string::npos);
        // A circle opens with Five scales read aloud and closes with one
        // sentence each.
        CHECK(f.opening.card == "five-scales");
        REQUIRE(deck.find_card("five-scales") != nullptr);
        CHECK_FALSE(draws(deck, f, *deck.find_card("five-scales")));
        CHECK(f.closing.round);
        CHECK(f.closing.speaker == 30);
    }
    GIVEN("the quick check-in") {
        const Format& f = format("check-in");
        CHECK(f.timers.prompt >= 90);
        CHECK(f.timers.prompt <= 120);
        for (const Card& c : deck.cards)
            if (draws(deck, f, c)) {
                CHECK(c.type == "conversation");
                CHECK(has_tag(c, "light"));
            }
        // Everyone draws a question of their own, never one asked already.
        CHECK(static_cast<int>(drawn(f).size()) >= f.max_players);
        CHECK(f.when_empty == WhenEmpty::End);
    }
    GIVEN("crew night") {
        const Format& f = format("crew-night");
        CHECK(f.turn ==
              std::vector<TurnKind>{TurnKind::Choose, TurnKind::Discussion, TurnKind::Do});
        CHECK(f.choose.cards == 3);
        for (const Card& c : deck.cards)
            if (draws(deck, f, c)) {
                CHECK(c.scale == "crew");
                CHECK(c.minutes > 0);
            }
        CHECK(f.min_players >= 3);
        CHECK(f.max_players <= 6);
    }
    GIVEN("solo reflection") {
        const Format& f = format("solo");
        const std::set<std::string> pile = drawn(f);
        for (const Card& c : deck.cards) {
            INFO(c.id);
            if (c.type == "activity" && c.scale == "self")
                CHECK(pile.count(c.id) == 1); // every self practice can come up
            if (c.type == "activity" && c.scale != "self")
                CHECK(pile.count(c.id) == 0);
            // The reflective cards, where the card of the day comes from.
            if (deck.find_type(c.type)->reflective)
                CHECK(pile.count(c.id) == 1);
        }
        CHECK(f.max_players == 1);
        CHECK(f.end.kind != EndKind::Host); // it ends by itself
    }
    GIVEN("mission night") {
        const Format& f = format("mission-night");
        const std::set<std::string> pile = drawn(f);
        // Missions 5, 6 and 8 are a person's own; the group chooses among the rest.
        CHECK(pile == std::set<std::string>{"find-your-crew", "tend-your-culture",
                                            "host-a-first-gathering", "practice-programme"});
        for (const Card& c : deck.cards)
            if (c.type == "mission")
                CHECK(has_tag(c, "personal") == (c.number == 5 || c.number == 6 || c.number == 8));
        CHECK(has_step(f, TurnKind::Choose));
        CHECK(f.choose.cards == static_cast<int>(pile.size())); // all of them side by side
        CHECK(f.speaking == Speaking::Open); // at eight or more, in fours (card 57)
        CHECK(f.description.find("57") != std::string::npos);
    }
}
