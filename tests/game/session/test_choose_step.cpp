// The choose step (cards face up side by side, the group picks one) and the
// do step (the picked practice on its own minutes): the keys, the moves,
// their refusals, undo, the log, the save and replay.
#include "game/deck/deck_writer.hpp"
#include "game/session/session_json.hpp"
#include "game/session/session_log.hpp"
#include "game/session/session_save.hpp"
#include "tests/session_fixture.hpp"

#include <algorithm>

using namespace hearth;
using namespace hearth::testing;

namespace {

constexpr const char* kDeck = R"([deck]
id = "choose"
name = "Choose deck"
[types.activity]
name = "Activity"
color = "#ffffff"
[types.question]
name = "Question"
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
minutes = 5
[[cards]]
id = "a3"
type = "activity"
title = "A3"
minutes = 20
[[cards]]
id = "a4"
type = "activity"
title = "A4"
minutes = 1
[[cards]]
id = "q1"
type = "question"
title = "Q1"
[formats.crew]
name = "Crew night"
players = [1, 6]
draw = ["activity"]
turn = ["choose", "do"]
speaking = "open"
choose = { cards = 3, others = "under" }
end = { cards = 2 }
[formats.toss]
name = "Toss"
players = [1, 6]
draw = ["activity"]
turn = ["choose", "discussion"]
speaking = "open"
choose = { cards = 2, others = "discard" }
when_empty = "end"
[formats.plain]
name = "Plain"
players = [1, 6]
draw = ["activity"]
turn = ["draw", "do"]
speaking = "open"
advance = "timer"
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

std::vector<std::string> kinds(const Session& s) {
    std::vector<std::string> out;
    for (const auto& e : s.log)
        for (const auto& ev : e.caused)
            out.emplace_back(to_string(ev.kind));
    return out;
}

const Format& format(std::string_view id) {
    return *deck().find_format(id);
}

} // namespace

SCENARIO("a format's choose and do keys load, and the writer keeps them") {
    CHECK(format("crew").turn == std::vector<TurnKind>{TurnKind::Choose, TurnKind::Do});
    CHECK(format("crew").choose == ChooseRule{3, ChooseOthers::Under});
    CHECK(format("toss").choose == ChooseRule{2, ChooseOthers::Discard});
    LoadResult again =
        load_deck_text(write_deck(deck()), std::filesystem::path(HEARTH_TEST_DECKS) / "good/small");
    REQUIRE(again.ok());
    CHECK(again.deck->find_format("toss")->choose == format("toss").choose);
    CHECK(again.deck->find_format("crew")->turn == format("crew").turn);
}

SCENARIO("the choose step lays cards face up and the group picks one") {
    Session s = must_start(deck(), "crew", 2, 7);
    const std::vector<std::string> pile = s.table.draw_pile;
    must(deck(), s, act::Next{});
    REQUIRE(current_step(deck(), s).kind == TurnKind::Choose);
    const std::vector<std::string> laid = offered_cards(s);
    THEN("three cards lie face up, the top three of the pile, and nothing is in play") {
        REQUIRE(laid.size() == 3);
        CHECK(laid[0] == pile[pile.size() - 1]);
        CHECK(laid[2] == pile[pile.size() - 3]);
        CHECK(s.table.in_play.empty());
        CHECK(s.table.draw_pile.size() == 1);
        CHECK(!check_invariants(deck(), s));
    }
    THEN("next, skip, keep and pass wait for the choice; a choice out of range is refused") {
        CHECK(refused(deck(), s, act::Next{}) == Refusal::ChooseCardFirst);
        CHECK(refused(deck(), s, act::Skip{}) == Refusal::NoCard);
        CHECK(refused(deck(), s, act::Keep{-1}) == Refusal::NoCard);
        CHECK(refused(deck(), s, act::Pass{}) == Refusal::NothingToPass);
        CHECK(refused(deck(), s, act::Choose{3}) == Refusal::NoSuchChoice);
        CHECK(refused(deck(), s, act::Choose{-1}) == Refusal::NoSuchChoice);
    }
    WHEN("the group picks the second card") {
        must(deck(), s, act::Choose{1});
        THEN("it is the turn's card, the others go back under the pile, the do step runs") {
            CHECK(s.table.in_play == laid[1]);
            CHECK(s.table.turn_card == laid[1]);
            CHECK(offered_cards(s).empty());
            CHECK(s.table.cards_played == 1);
            REQUIRE(s.table.draw_pile.size() == 3);
            CHECK(s.table.draw_pile[0] == laid[2]);
            CHECK(s.table.draw_pile[1] == laid[0]);
            CHECK(current_step(deck(), s).kind == TurnKind::Do);
            const Card* card = deck().find_card(laid[1]);
            CHECK(timer_view(s).kind == TimerKind::Do);
            CHECK(timer_view(s).total_ms == card->minutes * 60'000);
            CHECK(!check_invariants(deck(), s));
        }
        THEN("the log says what was laid out, chosen and returned") {
            const LogEntry& e = s.log.back();
            REQUIRE(std::holds_alternative<act::Choose>(e.action));
            CHECK(e.caused[0].kind == EventKind::Chosen);
            CHECK(e.caused[0].card == laid[1]);
            CHECK(e.caused[0].value == 1);
            CHECK(e.caused[0].player == "Player 1");
            CHECK(e.caused[1].kind == EventKind::Returned);
            CHECK(e.caused[1].card == laid[0]);
            CHECK(e.caused[2].kind == EventKind::Returned);
            CHECK(e.caused[3].kind == EventKind::Step);
            CHECK(e.caused[3].text == "do");
            CHECK(e.caused[4].kind == EventKind::TimerStarted);
            CHECK(e.caused[4].text == "do");
            std::string line = dump_json(action_to_json(e.action));
            CHECK(line == R"({"action":"choose","index":1,"type":"action"})");
            CHECK(dump_json(event_to_json(e.caused[0])) ==
                  R"({"card":")" + laid[1] +
                      R"(","index":1,"player":"Player 1","seat":0,"type":"chosen"})");
        }
        THEN("undo lays the three cards out again; redo picks the same one") {
            must(deck(), s, act::Back{});
            CHECK(offered_cards(s) == laid);
            CHECK(s.table.in_play.empty());
            must(deck(), s, act::Redo{});
            CHECK(s.table.in_play == laid[1]);
        }
        THEN("a choose once the cards are picked is refused") {
            CHECK(refused(deck(), s, act::Choose{0}) == Refusal::NotChoosing);
        }
        AND_WHEN("the do step's timer runs out") {
            must(deck(), s, act::Tick{30 * 60'000});
            THEN("it is shown, and the step waits for the host (advance is off)") {
                CHECK(timer_view(s).state == TimerState::Expired);
                CHECK(current_step(deck(), s).kind == TurnKind::Do);
            }
            AND_WHEN("next ends the turn") {
                must(deck(), s, act::Next{});
                THEN("the chosen card is discarded and the next seat's cards are laid out") {
                    CHECK(active_seat(s) == 1);
                    CHECK(s.table.discard == std::vector<std::string>{laid[1]});
                    CHECK(offered_cards(s).size() == 3);
                }
            }
        }
    }
    THEN("before the choice, the save and the log bring the laid cards back") {
        auto loaded = session_from_json(deck(), save_to_json(s));
        REQUIRE(std::holds_alternative<Session>(loaded));
        CHECK(std::get<Session>(loaded) == s);
        auto replayed = replay_log(deck(), log_to_jsonl(s));
        REQUIRE(std::holds_alternative<Session>(replayed));
        CHECK(std::get<Session>(replayed) == s);
        CHECK(save_to_json(s).find("\"offered\"") != std::string::npos);
    }
}

SCENARIO("a choose step's others can go to the discard, and it ends when nothing is left") {
    Session s = must_start(deck(), "toss", 1, 3);
    must(deck(), s, act::Next{});
    const std::vector<std::string> laid = offered_cards(s);
    REQUIRE(laid.size() == 2);
    must(deck(), s, act::Choose{0});
    CHECK(s.table.discard == std::vector<std::string>{laid[1]});
    CHECK(s.log.back().caused[1].kind == EventKind::Discarded);
    must(deck(), s, act::Next{}); // the discussion ends the turn
    CHECK(offered_cards(s).size() == 2);
    must(deck(), s, act::Choose{1});
    must(deck(), s, act::Next{});
    THEN("with the pile empty and when_empty = \"end\", the session ends") {
        CHECK(s.table.phase == Phase::Ended);
        CHECK(s.table.end_reason == EndReason::Empty);
        CHECK(!check_invariants(deck(), s));
    }
}

SCENARIO("a choose step with fewer cards in the pile lays out what is left") {
    Session s = must_start(deck(), "crew", 1, 5);
    must(deck(), s, act::Next{});
    must(deck(), s, act::Choose{0}); // two go back under the pile; four cards in all
    must(deck(), s, act::Next{});
    REQUIRE(offered_cards(s).size() == 3);
    must(deck(), s, act::Choose{2});
    must(deck(), s, act::Next{});
    THEN("end = { cards = 2 } counts the chosen cards") {
        CHECK(s.table.phase == Phase::Ended);
        CHECK(s.table.end_reason == EndReason::Cards);
        CHECK(s.table.played.size() == 2);
    }
}

SCENARIO("the do step after a draw times the drawn card; advance = \"timer\" moves on") {
    Session s = must_start(deck(), "plain", 1, 11);
    must(deck(), s, act::Next{}); // the draw
    must(deck(), s, act::Next{}); // the do step
    const Card* card = deck().find_card(s.table.in_play);
    REQUIRE(card);
    CHECK(timer_view(s).kind == TimerKind::Do);
    CHECK(timer_view(s).total_ms == card->minutes * 60'000);
    must(deck(), s, act::Tick{card->minutes * 60'000});
    THEN("the timer's end ends the turn, and the log says so") {
        CHECK(current_step(deck(), s).kind == TurnKind::Draw);
        const std::vector<std::string> k = kinds(s);
        CHECK(std::count(k.begin(), k.end(), "advanced") == 1);
        auto replayed = replay_log(deck(), log_to_jsonl(s));
        REQUIRE(std::holds_alternative<Session>(replayed));
        CHECK(std::get<Session>(replayed) == s);
    }
}
