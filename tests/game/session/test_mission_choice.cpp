// Set-up's mission choice as the choose step (rules 3): the missions of a
// format with `mission = "choose"` lie face up from the start, `choose` picks
// one (numbers, clicks, taps, the clicker and phones all send it), and the
// others go back out of play. Sessions played under rules 1 and 2, and their
// saves, keep choosing with `choose-mission`.
#include "game/session/session_log.hpp"
#include "game/session/session_save.hpp"
#include "tests/session_fixture.hpp"

using namespace hearth;
using namespace hearth::testing;

namespace {

const Deck& deck() {
    return session_deck();
}

Session start_under(int rules) {
    SessionStart st{7, "", "popcorn", {"Ana", "Bo", "Cy"}, {}};
    st.rules = rules;
    auto r = start_session(deck(), st);
    REQUIRE(std::holds_alternative<Session>(r));
    return std::get<Session>(r);
}

std::vector<std::string> kinds(const LogEntry& e) {
    std::vector<std::string> out;
    for (const Event& ev : e.caused)
        out.emplace_back(to_string(ev.kind));
    return out;
}

bool holds(const std::vector<std::string>& pile, const std::string& id) {
    return std::find(pile.begin(), pile.end(), id) != pile.end();
}

} // namespace

SCENARIO("set-up lays the missions out as a choose step, and choose picks the group's") {
    GIVEN("a format with mission = \"choose\" started under the rules of now") {
        Session s = start_under(kRulesVersion);
        REQUIRE(kRulesVersion == 3);
        THEN("its three missions lie face up in deck order, before anyone has begun") {
            CHECK(s.table.phase == Phase::Setup);
            CHECK(s.table.offered == std::vector<std::string>{"m1", "m2", "m3"});
            CHECK(offered_cards(s) == s.table.offered);
            for (const char* m : {"m1", "m2", "m3"}) {
                CHECK_FALSE(holds(s.table.out_of_play, m));
                CHECK_FALSE(holds(s.table.draw_pile, m));
            }
            CHECK_FALSE(check_invariants(deck(), s));
        }
        THEN("next waits for the mission, and a place beyond the cards is refused") {
            CHECK(refused(deck(), s, act::Next{}) == Refusal::ChooseMissionFirst);
            CHECK(refused(deck(), s, act::Choose{3}) == Refusal::NoSuchChoice);
            CHECK(refused(deck(), s, act::Choose{-1}) == Refusal::NoSuchChoice);
            CHECK(refused(deck(), s, act::Keep{}) == Refusal::NotPlaying);
        }
        WHEN("the second is chosen") {
            must(deck(), s, act::Choose{1});
            THEN("it is the mission; the others went back out of play, logged in order") {
                CHECK(s.table.mission == "m2");
                CHECK(s.table.offered.empty());
                CHECK(holds(s.table.out_of_play, "m1"));
                CHECK(holds(s.table.out_of_play, "m3"));
                REQUIRE(s.log.size() == 1);
                CHECK(kinds(s.log.back()) ==
                      std::vector<std::string>{"chosen", "mission", "returned", "returned"});
                const Event& chosen = s.log.back().caused.front();
                CHECK(chosen.card == "m2");
                CHECK(chosen.value == 1);
                CHECK(s.log.back().caused[2].card == "m1");
                CHECK(s.log.back().caused[3].card == "m3");
                CHECK(mission_card(deck(), s)->title == "M2");
            }
            THEN("the move back would undo is named by the mission") {
                auto undo = move_on_stack(deck(), s, false);
                REQUIRE(undo);
                CHECK(undo->id == MessageId::MoveMission);
            }
            THEN("choosing again is refused; next begins") {
                CHECK(refused(deck(), s, act::Choose{0}) == Refusal::NotChoosing);
                CHECK(refused(deck(), s, act::ChooseMission{"m1"}) == Refusal::MissionAlreadySet);
                must(deck(), s, act::Next{});
                CHECK(s.table.phase == Phase::Playing);
            }
            THEN("undo lays the three out again") {
                must(deck(), s, act::Back{});
                CHECK(s.table.mission.empty());
                CHECK(s.table.offered == std::vector<std::string>{"m1", "m2", "m3"});
            }
            THEN("the log replays to the same session") {
                auto r = replay_log(deck(), log_to_jsonl(s));
                REQUIRE(std::holds_alternative<Session>(r));
                CHECK(std::get<Session>(r) == s);
            }
        }
        WHEN("a script names the mission with choose-mission") {
            must(deck(), s, act::ChooseMission{"m3"});
            THEN("it is chosen from the cards laid out, as choose would") {
                CHECK(s.table.mission == "m3");
                CHECK(s.table.offered.empty());
                CHECK(kinds(s.log.back()) ==
                      std::vector<std::string>{"chosen", "mission", "returned", "returned"});
                CHECK(s.log.back().caused.front().value == 2);
            }
        }
        WHEN("the host ends the session while the missions lie there") {
            must(deck(), s, act::EndSession{});
            THEN("they go back out of play") {
                CHECK(s.table.phase == Phase::Ended);
                CHECK(s.table.offered.empty());
                CHECK(holds(s.table.out_of_play, "m1"));
                CHECK(kinds(s.log.back()) ==
                      std::vector<std::string>{"returned", "returned", "returned", "ended"});
            }
        }
        WHEN("it is saved while the missions lie there, and loaded") {
            auto r = session_from_json(deck(), save_to_jsonl(s), "save.json");
            THEN("the cards laid out come back") {
                REQUIRE(std::holds_alternative<Session>(r));
                CHECK(std::get<Session>(r) == s);
            }
        }
    }
    GIVEN("a format that draws its mission") {
        Session s = must_start(deck(), "open", 3);
        THEN("nothing is laid out at set-up") {
            CHECK(s.table.offered.empty());
            CHECK_FALSE(s.table.mission.empty());
        }
    }
}

SCENARIO("a session of rules 2 chooses its mission the old way, and its saves load") {
    GIVEN("the popcorn format started under rules 2 (a log or save of an earlier Hearth)") {
        Session s = start_under(2);
        THEN("no missions are laid out; choose is refused, choose-mission chooses") {
            CHECK(s.table.offered.empty());
            CHECK(holds(s.table.out_of_play, "m2"));
            CHECK(refused(deck(), s, act::Choose{0}) == Refusal::NotChoosing);
            must(deck(), s, act::ChooseMission{"m2"});
            CHECK(kinds(s.log.back()) == std::vector<std::string>{"mission"});
        }
        WHEN("a save with the mission chosen the old way and a turn begun is loaded") {
            must(deck(), s, act::ChooseMission{"m2"});
            must(deck(), s, act::Next{});
            const std::string text = save_to_jsonl(s);
            REQUIRE(text.find("\"version\":2") != std::string::npos);
            REQUIRE(text.find("\"action\":\"choose-mission\"") != std::string::npos);
            SaveReading reading;
            auto r = session_from_json(deck(), text, "old.json", &reading);
            THEN("it is the same session, under rules 2, and plays on") {
                if (auto* e = std::get_if<Diagnostic>(&r))
                    FAIL(say(*e));
                Session back = std::get<Session>(r);
                CHECK(back == s);
                CHECK(back.start.rules == 2);
                CHECK(back.table.mission == "m2");
                must(deck(), back, act::Next{});
            }
        }
        WHEN("a save from before the mission was chosen is loaded") {
            auto r = session_from_json(deck(), save_to_jsonl(s), "old.json");
            REQUIRE(std::holds_alternative<Session>(r));
            Session back = std::get<Session>(r);
            THEN("it still waits for choose-mission") {
                CHECK(back.table.offered.empty());
                CHECK(refused(deck(), back, act::Next{}) == Refusal::ChooseMissionFirst);
                must(deck(), back, act::ChooseMission{"m1"});
                CHECK(back.table.mission == "m1");
            }
        }
    }
}

SCENARIO("a deck with more than eight missions lays out its first eight at set-up") {
    std::string text = kSessionDeck;
    for (int i = 4; i <= 10; ++i)
        text += "\n[[cards]]\nid = \"m" + std::to_string(i) +
                "\"\ntype = \"mission\"\ntitle = \"M" + std::to_string(i) + "\"\n";
    LoadResult loaded =
        load_deck_text(text, std::filesystem::path(HEARTH_TEST_DECKS) / "good/small");
    REQUIRE(loaded.ok());
    const Deck& many = *loaded.deck;
    SessionStart st{7, "", "popcorn", {"Ana", "Bo"}, {}};
    Session s = std::get<Session>(start_session(many, st));
    CHECK(s.table.offered.size() == kMaxMissionsOffered);
    CHECK(s.table.offered.back() == "m8");
    CHECK(holds(s.table.out_of_play, "m9"));
    CHECK_FALSE(check_invariants(many, s));
    // The ninth is still chosen by name; the eight laid out go back.
    must(many, s, act::ChooseMission{"m9"});
    CHECK(s.table.mission == "m9");
    CHECK(s.table.offered.empty());
    CHECK(kinds(s.log.back()).size() == 1 + kMaxMissionsOffered);
}
