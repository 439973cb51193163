// The rules issue 13 adds: timers that compose, advancing on a timer, end
// conditions that combine, draw filters and a fixed mix, the rules version
// of logs, and the set-up estimate.
#include "game/session/estimate.hpp"
#include "game/session/session_log.hpp"
#include "game/session/session_save.hpp"
#include "tests/session_fixture.hpp"

#include <algorithm>
#include <set>

using namespace hearth;
using namespace hearth::testing;

namespace {

constexpr const char* kDeck = R"([deck]
id = "rules"
name = "Rules deck"
[types.question]
name = "Question"
color = "#ffffff"
[types.activity]
name = "Activity"
color = "#ffffff"
[[cards]]
id = "q1"
type = "question"
title = "Q1"
[[cards]]
id = "q2"
type = "question"
title = "Q2"
[[cards]]
id = "a1"
type = "activity"
title = "A1"
tags = ["crew"]
scale = "crew"
minutes = 10
[[cards]]
id = "a2"
type = "activity"
title = "A2"
tags = ["crew"]
scale = "crew"
minutes = 70
[[cards]]
id = "a3"
type = "activity"
title = "A3"
tags = ["pair"]
scale = "pair"
minutes = 5
[formats.both]
name = "Both timers"
players = [2, 6]
draw = ["question"]
turn = ["draw", "discussion"]
speaking = "round"
timers = { speaker = 30, discussion = 50 }
end = { rounds = 3, minutes = 2 }
[formats.advancing]
name = "Advancing"
players = [2, 6]
draw = ["question"]
turn = ["draw", "prompt", "discussion"]
speaking = "round"
timers = { prompt = 10, speaker = 20 }
end = { cards = 2, rounds = 5 }
advance = "timer"
[formats.short-crew]
name = "Short crew"
players = [1, 6]
draw = ["question", { types = ["activity"], any_tags = ["crew"], max_minutes = 15 }]
turn = ["draw"]
speaking = "open"
[formats.mix]
name = "Mix"
players = [1, 6]
draw = ["question", { types = ["activity"], count = 1 }]
turn = ["draw"]
speaking = "open"
)";

const Deck& deck() {
    static const Deck d = [] {
        LoadResult r =
            load_deck_text(kDeck, std::filesystem::path(HEARTH_TEST_DECKS) / "good/small");
        for (const auto& x : r.diagnostics.all())
            UNSCOPED_INFO(x.str());
        REQUIRE(r.ok());
        return *r.deck;
    }();
    return d;
}

std::vector<std::string> events_of(const Session& s, EventKind k) {
    std::vector<std::string> out;
    for (const auto& e : s.log)
        for (const auto& ev : e.caused)
            if (ev.kind == k)
                out.push_back(ev.text);
    return out;
}

Session replayed(const Deck& d, const Session& s) {
    auto r = replay_log(d, log_to_jsonl(s));
    if (auto* e = std::get_if<Diagnostic>(&r))
        FAIL(e->str());
    return std::get<Session>(r);
}

} // namespace

SCENARIO("a discussion with a speaker and a discussion time runs both timers") {
    Session s = must_start(deck(), "both", 2);
    must(deck(), s, act::Next{}); // draw
    must(deck(), s, act::Next{}); // discussion
    REQUIRE(current_step(deck(), s).kind == TurnKind::Discussion);
    THEN("the speaker's timer and the whole discussion's both start") {
        CHECK(timer_view(s).kind == TimerKind::Speaker);
        CHECK(timer_view(s).total_ms == 30'000);
        CHECK(total_timer_view(s).kind == TimerKind::Discussion);
        CHECK(total_timer_view(s).total_ms == 50'000);
        CHECK(events_of(s, EventKind::TimerStarted) ==
              std::vector<std::string>{"discussion", "speaker"});
    }
    WHEN("the first speaker speaks for 35 seconds and hands on") {
        must(deck(), s, act::Tick{35'000});
        CHECK(timer_view(s).state == TimerState::Expired);
        CHECK(talking_seat(s) == 0); // shown, never cut off
        must(deck(), s, act::Next{});
        THEN("the next speaker's timer starts afresh, the discussion's runs on") {
            CHECK(talking_seat(s) == 1);
            CHECK(timer_view(s).remaining_ms == 30'000);
            CHECK(total_timer_view(s).remaining_ms == 15'000);
        }
        AND_WHEN("the discussion's time runs out too") {
            must(deck(), s, act::Tick{20'000});
            THEN("both are shown expired and the speaker keeps the piece") {
                CHECK(total_timer_view(s).state == TimerState::Expired);
                CHECK(total_timer_view(s).overtime_ms == 5'000);
                CHECK(talking_seat(s) == 1);
                CHECK(events_of(s, EventKind::TimerExpired) ==
                      std::vector<std::string>{"speaker", "discussion"});
            }
        }
        THEN("undo brings the first speaker's expired timer back") {
            must(deck(), s, act::Back{});
            CHECK(talking_seat(s) == 0);
            CHECK(timer_view(s).state == TimerState::Expired);
            CHECK(total_timer_view(s).remaining_ms == 15'000);
        }
        THEN("the save and the log bring back the same table") {
            CHECK(replayed(deck(), s).table == s.table);
            auto loaded = session_from_json(deck(), save_to_jsonl(s));
            REQUIRE(std::holds_alternative<Session>(loaded));
            CHECK(std::get<Session>(loaded).table == s.table);
            // A snapshot holds the table itself, the discussion's timer with it.
            auto snap = session_from_json(deck(), save_to_jsonl(s) + save_snapshot_jsonl(s));
            REQUIRE(std::holds_alternative<Session>(snap));
            CHECK(std::get<Session>(snap).table == s.table);
        }
    }
}

SCENARIO("a version-1 log replays with version-1 rules: only the speaker's timer") {
    Session s = must_start(deck(), "both", 2);
    must(deck(), s, act::Next{});
    must(deck(), s, act::Next{});
    std::string jsonl = log_to_jsonl(s);
    const std::string now = "\"version\":" + std::to_string(kRulesVersion);
    REQUIRE(jsonl.find(now) != std::string::npos);
    std::string v1 = jsonl;
    v1.replace(v1.find(now), now.size(), "\"version\":1");
    // What rules 1 caused: no discussion timer beside the speaker's.
    const std::string total =
        "{\"ms\":50000,\"timer\":\"discussion\",\"type\":\"timer-started\"}\n";
    REQUIRE(v1.find(total) != std::string::npos);
    v1.erase(v1.find(total), total.size());
    auto r = replay_log(deck(), v1);
    if (auto* e = std::get_if<Diagnostic>(&r))
        FAIL(e->str());
    const Session& old = std::get<Session>(r);
    CHECK(old.start.rules == 1);
    CHECK(timer_view(old).kind == TimerKind::Speaker);
    CHECK(total_timer_view(old).kind == TimerKind::None);
    AND_THEN("the version-1 log read as version 2 does not match, so the version matters") {
        std::string as_v2 = v1;
        as_v2.replace(as_v2.find("\"version\":1"), 11, "\"version\":2");
        CHECK(std::holds_alternative<Diagnostic>(replay_log(deck(), as_v2)));
    }
    AND_THEN("a start line without a version is version 1, and a newer one is refused") {
        std::string none = v1;
        const std::string version = ",\"version\":1";
        REQUIRE(none.find(version) != std::string::npos);
        none.erase(none.find(version), version.size());
        auto n = replay_log(deck(), none);
        REQUIRE(std::holds_alternative<Session>(n));
        CHECK(std::get<Session>(n).start.rules == 1);
        std::string newer = v1;
        newer.replace(newer.find("\"version\":1"), 11, "\"version\":4");
        auto e = replay_log(deck(), newer);
        REQUIRE(std::holds_alternative<Diagnostic>(e));
        CHECK(std::get<Diagnostic>(e).str().find(
                  "start.version: rules 4 are newer than this Hearth's (3)") != std::string::npos);
    }
}

SCENARIO("advance = \"timer\" moves the table on when a timer runs out, and undo steps back") {
    Session s = must_start(deck(), "advancing", 2);
    must(deck(), s, act::Next{}); // draw
    must(deck(), s, act::Next{}); // prompt, 10 s
    REQUIRE(current_step(deck(), s).kind == TurnKind::Prompt);
    must(deck(), s, act::Tick{10'000});
    THEN("the prompt's end goes on to the discussion, logged as advanced") {
        CHECK(current_step(deck(), s).kind == TurnKind::Discussion);
        CHECK(events_of(s, EventKind::Advanced) == std::vector<std::string>{"prompt"});
        CHECK(talking_seat(s) == 0);
    }
    WHEN("the speaker's time runs out") {
        must(deck(), s, act::Tick{20'000});
        THEN("the piece goes on") {
            CHECK(talking_seat(s) == 1);
        }
        THEN("back undoes the advance") {
            must(deck(), s, act::Back{});
            CHECK(talking_seat(s) == 0);
        }
        THEN("the log replays to the same table") {
            CHECK(replayed(deck(), s).table == s.table);
        }
    }
    WHEN("paused, nothing runs out") {
        must(deck(), s, act::Pause{});
        CHECK(refused(deck(), s, act::Tick{30'000}) == Refusal::Paused);
    }
}

SCENARIO("end conditions combine: the first reached ends the session after the turn") {
    GIVEN("cards = 2 or rounds = 5 with two players") {
        Session s = must_start(deck(), "advancing", 2);
        must(deck(), s, act::Next{});
        for (int i = 0; i < 40 && s.table.phase != Phase::Ended; ++i)
            must(deck(), s, act::Next{});
        CHECK(s.table.end_reason == EndReason::Cards);
        CHECK(s.table.cards_played == 2);
    }
    GIVEN("rounds = 3 or minutes = 2") {
        Session s = must_start(deck(), "both", 2);
        must(deck(), s, act::Next{});
        must(deck(), s, act::Next{});
        must(deck(), s, act::Tick{121'000});
        CHECK(s.time_up);
        CHECK(s.table.phase == Phase::Playing); // the turn in progress goes on
        for (int i = 0; i < 10 && s.table.phase != Phase::Ended; ++i)
            must(deck(), s, act::Next{});
        CHECK(s.table.end_reason == EndReason::Minutes);
        CHECK(s.table.turn == 1);
    }
}

SCENARIO("the draw pile holds what the filters match, and a fixed mix") {
    GIVEN("conversation cards and crew activities under 15 minutes") {
        Session s = must_start(deck(), "short-crew", 1);
        std::vector<std::string> pile = s.table.draw_pile;
        std::sort(pile.begin(), pile.end());
        CHECK(pile == std::vector<std::string>{"a1", "q1", "q2"});
    }
    GIVEN("the questions and one activity") {
        std::set<std::string> chosen;
        for (std::uint64_t seed = 0; seed < 12; ++seed) {
            Session s = must_start(deck(), "mix", 1, seed);
            CHECK(s.table.draw_pile.size() == 3);
            CHECK(s.table.out_of_play.size() == 2);
            for (const auto& id : s.table.draw_pile)
                if (id[0] == 'a')
                    chosen.insert(id);
            CHECK(!check_invariants(deck(), s));
        }
        THEN("the one activity differs from seed to seed") {
            CHECK(chosen.size() >= 2);
        }
    }
}

SCENARIO("the set-up estimate comes from the format and the number of players") {
    const Deck& b = bundled_deck();
    GIVEN("the bundled formats") {
        for (const Format& f : b.formats)
            for (int n = min_seats(f); n <= max_seats(f); ++n) {
                Estimate e = estimate(f, n);
                INFO(f.id << " for " << n);
                CHECK(e.minutes > 0);
                CHECK(e.minutes < 24 * 60);
            }
    }
    GIVEN("the test formats") {
        const Format& both = *deck().find_format("both");
        // A turn: 15 s to draw, then two speakers of 30 s capped by a 50 s discussion.
        CHECK(turn_seconds(both, 2) == 65);
        Estimate two = estimate(both, 2);
        CHECK(two.by_time);      // 2 minutes end it before three rounds of two (6 x 65 s)
        CHECK(two.turns == 2);   // 120 s is two turns begun
        CHECK(two.minutes == 3); // 120 s + half a turn (152 s), rounded
        const Format& adv = *deck().find_format("advancing");
        // 15 + 10 + 20 x 4 seconds a turn; two cards end it.
        CHECK(turn_seconds(adv, 4) == 105);
        Estimate four = estimate(adv, 4);
        CHECK(four.turns == 2);
        CHECK(four.minutes == 4);
        CHECK_FALSE(four.open_ended);
        Estimate open = estimate(*deck().find_format("mix"), 3);
        CHECK(open.open_ended);
        CHECK(open.turns == 3);
    }
}

SCENARIO("a do step whose cards' minutes differ little keeps one figure") {
    // Two practices of 10 and 15 minutes, one card: the whole changes by 5.
    LoadResult r = load_deck_text(R"([deck]
id = "near"
name = "Near"
[types.activity]
name = "Activity"
color = "#ffffff"
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
[formats.one]
name = "One"
players = [1, 6]
draw = ["activity"]
turn = ["draw", "do"]
end = { cards = 1 }
)",
                                  std::filesystem::path(HEARTH_TEST_DECKS) / "good/small");
    REQUIRE(r.ok());
    const Estimate e = estimate(*r.deck, *r.deck->find_format("one"), 3);
    CHECK_FALSE(e.ranged());
    CHECK(e.low == 0);
    CHECK(e.high == 0);
    CHECK(e.minutes == 15); // 15 s to draw and the median (the upper of two), 15 min
}
