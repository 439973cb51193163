// A small deck and helpers shared by the session tests.
#pragma once

#include "engine/words/words.hpp"
#include "game/deck/deck_loader.hpp"
#include "game/session/session.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

namespace hearth::testing {

// Four questions, three activities, three missions, one blank; a format for
// each way of playing.
inline constexpr const char* kSessionDeck = R"([deck]
id = "table"
name = "Table deck"
[types.question]
name = "Question"
color = "#ffffff"
reflective = true
[types.activity]
name = "Activity"
color = "#ffffff"
[types.mission]
name = "Mission"
color = "#ffffff"
[types.blank]
name = "Blank"
color = "#ffffff"
blank = true
[[cards]]
id = "q1"
type = "question"
title = "Q1"
[[cards]]
id = "q2"
type = "question"
title = "Q2"
[[cards]]
id = "q3"
type = "question"
title = "Q3"
[[cards]]
id = "q4"
type = "question"
title = "Q4"
[[cards]]
id = "a1"
type = "activity"
title = "A1"
minutes = 10
[[cards]]
id = "a2"
type = "activity"
title = "A2"
minutes = 15
[[cards]]
id = "a3"
type = "activity"
title = "A3"
minutes = 5
[[cards]]
id = "m1"
type = "mission"
title = "M1"
[[cards]]
id = "m2"
type = "mission"
title = "M2"
[[cards]]
id = "m3"
type = "mission"
title = "M3"
[[cards]]
id = "b1"
type = "blank"
title = "Your move"
[formats.circle]
name = "Circle"
players = [1, 12]
draw = ["question"]
turn = ["draw", "prompt", "discussion"]
speaking = "round"
timers = { prompt = 60, speaker = 30, discussion = 300 }
end = { rounds = 2 }
when_empty = "reshuffle"
[formats.popcorn]
name = "Popcorn"
players = [2, 4]
draw = ["activity"]
turn = ["draw", "prompt", "discussion"]
speaking = "popcorn"
mission = "choose"
mission_type = "mission"
timers = { prompt = 10, speaker = 20 }
end = { minutes = 10 }
when_empty = "reshuffle"
[formats.open]
name = "Open"
players = [2, 6]
draw = ["activity"]
turn = ["draw", "discussion"]
speaking = "open"
mission = "draw"
mission_type = "mission"
timers = { discussion = 120 }
end = { cards = 2 }
when_empty = "end"
[formats.solo]
name = "Solo"
players = [1, 1]
draw = ["question", "blank"]
turn = ["draw", "prompt"]
speaking = "open"
timers = { prompt = 300 }
[formats.dry]
name = "Dry"
players = [1, 3]
draw = ["activity"]
turn = ["draw"]
speaking = "open"
when_empty = "end"
[formats.timed]
name = "Timed"
players = [2, 6]
draw = ["question", { types = ["activity"], count = 2 }]
turn = ["draw", "prompt", "discussion"]
speaking = "popcorn"
timers = { prompt = 5, speaker = 8, discussion = 20 }
end = { rounds = 3, minutes = 5 }
advance = "timer"
[formats.crew]
name = "Crew"
players = [1, 6]
draw = ["activity"]
turn = ["choose", "discussion", "do"]
speaking = "round"
choose = { cards = 2, others = "discard" }
timers = { speaker = 10 }
end = { cards = 4 }
[formats.bookends]
name = "Bookends"
players = [2, 6]
draw = ["question"]
turn = ["draw", "prompt", "discussion"]
speaking = "popcorn"
timers = { prompt = 5, speaker = 8 }
opening = { draw = "activity" }
closing = { round = true, speaker = 10 }
end = { rounds = 1 }
advance = "timer"
)";

inline const Deck& session_deck() {
    static const Deck deck = [] {
        LoadResult r =
            load_deck_text(kSessionDeck, std::filesystem::path(HEARTH_TEST_DECKS) / "good/small");
        for (const auto& d : r.diagnostics.all())
            UNSCOPED_INFO(d.str());
        REQUIRE(r.ok());
        return *r.deck;
    }();
    return deck;
}

inline const Deck& bundled_deck() {
    static const Deck deck = [] {
        LoadResult r = load_deck(std::filesystem::path(HEARTH_BUNDLED_DECKS) / "microsolidarity");
        REQUIRE(r.ok());
        return *r.deck;
    }();
    return deck;
}

inline Session must_start(const Deck& deck, std::string_view format, int players,
                          std::uint64_t seed = 7) {
    auto r = start_session(deck, format, players, seed);
    if (auto* e = std::get_if<StartError>(&r))
        FAIL(say(e->message));
    return std::get<Session>(r);
}

// Applies an action that must be accepted, and checks the invariants.
inline void must(const Deck& deck, Session& s, const Action& a) {
    INFO("action " << action_name(a));
    auto r = apply_in_place(deck, s, a);
    if (r)
        FAIL("refused: " << to_string(*r));
    auto broken = check_invariants(deck, s);
    INFO((broken ? *broken : std::string()));
    REQUIRE(!broken);
}

// The refusal of an action that must be refused; the session must not change.
inline Refusal refused(const Deck& deck, Session& s, const Action& a) {
    INFO("action " << action_name(a));
    Session before = s;
    auto r = apply_in_place(deck, s, a);
    REQUIRE(r.has_value());
    REQUIRE(s == before);
    return *r;
}

} // namespace hearth::testing
