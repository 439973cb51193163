// The group's mission as the table shows it (I): in Mission night the group
// picks its mission at the choose step of its one turn, and I said "The
// group has no mission yet" while they planned it. The format names its
// `mission_type`; the card of that type the group picked is its mission, a
// view of the table (nothing new is logged or saved, so old logs replay).
#include "game/session/group_mission.hpp"
#include "game/session/session_log.hpp"
#include "game/session/session_save.hpp"
#include "tests/session_fixture.hpp"

using namespace hearth;
using namespace hearth::testing;

SCENARIO("the mission chosen at Mission night's table is the group's mission") {
    const Deck& deck = bundled_deck();
    Session s = must_start(deck, "mission-night", 4);
    CHECK(group_mission(deck, s) == nullptr);
    must(deck, s, act::Next{}); // the opening
    must(deck, s, act::Next{}); // the first turn: the four missions laid out
    REQUIRE(s.table.offered.size() == 4);
    CHECK(group_mission(deck, s) == nullptr);
    const std::string picked = s.table.offered[2];
    must(deck, s, act::Choose{2});
    WHEN("the group picks the third") {
        THEN("it is the group's mission while they plan it") {
            const Card* m = group_mission(deck, s);
            REQUIRE(m);
            CHECK(m->id == picked);
            CHECK(m->type == "mission");
            CHECK(s.table.mission.empty()); // the card is in play, not set aside
        }
        THEN("it still is in the closing round, when its card has gone to the discard") {
            must(deck, s, act::Next{}); // the planning is over: the one card's turn ends
            REQUIRE(s.table.phase == Phase::Closing);
            REQUIRE(group_mission(deck, s));
            CHECK(group_mission(deck, s)->id == picked);
        }
        THEN("undo takes it back") {
            must(deck, s, act::Back{});
            CHECK(group_mission(deck, s) == nullptr);
            REQUIRE(s.table.offered.size() == 4);
            const std::string first = s.table.offered[0];
            must(deck, s, act::Choose{0});
            REQUIRE(group_mission(deck, s));
            CHECK(group_mission(deck, s)->id == first);
        }
        THEN("a save and the log give it back, and the log says nothing new") {
            auto saved = session_from_json(deck, save_to_jsonl(s));
            REQUIRE(std::holds_alternative<Session>(saved));
            REQUIRE(group_mission(deck, std::get<Session>(saved)));
            CHECK(group_mission(deck, std::get<Session>(saved))->id == picked);
            const std::string log = log_to_jsonl(s);
            auto replayed = replay_log(deck, log);
            REQUIRE(std::holds_alternative<Session>(replayed));
            CHECK(group_mission(deck, std::get<Session>(replayed))->id == picked);
            CHECK(log.find("\"type\":\"mission\"") == std::string::npos);
        }
    }
}

SCENARIO("a card picked in a format without a mission type is no mission") {
    const Deck& deck = bundled_deck();
    Session s = must_start(deck, "crew-night", 4);
    while (s.table.offered.empty() && s.table.phase != Phase::Ended)
        must(deck, s, act::Next{});
    REQUIRE_FALSE(s.table.offered.empty());
    must(deck, s, act::Choose{0});
    CHECK_FALSE(s.table.turn_card.empty());
    CHECK(group_mission(deck, s) == nullptr);
}
