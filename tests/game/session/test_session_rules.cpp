#include "tests/session_fixture.hpp"

#include <set>

using namespace hearth;
using namespace hearth::testing;

namespace {
const Deck& deck() {
    return session_deck();
}

std::optional<TurnKind> kind(const Session& s) {
    return current_step(deck(), s).kind;
}

int count_events(const Session& s, EventKind k) {
    int n = 0;
    for (const auto& e : s.log)
        for (const auto& ev : e.caused)
            n += ev.kind == k;
    return n;
}
} // namespace

SCENARIO("starting a session seats the players and shuffles the format's cards") {
    GIVEN("a circle of three with no names") {
        Session s = must_start(deck(), "circle", 3);
        THEN("seats get default names, the first is active, nothing is playing yet") {
            CHECK(seat_names(s) == std::vector<std::string>{"Player 1", "Player 2", "Player 3"});
            CHECK(active_seat(s) == 0);
            CHECK(talking_seat(s) == -1);
            CHECK(s.table.phase == Phase::Setup);
            CHECK(pile_counts(s).draw == 4);
            CHECK(!check_invariants(deck(), s));
            CHECK(!can_undo(s));
        }
        THEN("the same seed gives the same pile, another seed another") {
            CHECK(must_start(deck(), "circle", 3).table.draw_pile == s.table.draw_pile);
            std::set<std::vector<std::string>> orders;
            for (std::uint64_t seed = 0; seed < 20; ++seed)
                orders.insert(must_start(deck(), "circle", 3, seed).table.draw_pile);
            CHECK(orders.size() > 5);
        }
    }
    GIVEN("names, some blank, with control characters and spaces") {
        SessionStart st{1, "", "circle", {" Ana\t", "", "Bo"}, {}};
        auto s = std::get<Session>(start_session(deck(), st));
        THEN("names are cleaned and blanks get a default") {
            CHECK(seat_names(s) == std::vector<std::string>{"Ana", "Player 2", "Bo"});
            CHECK(s.start.deck == "table");
        }
    }
    GIVEN("bad starts") {
        auto error = [](const SessionStart& st) {
            auto r = start_session(deck(), st);
            REQUIRE(std::holds_alternative<StartError>(r));
            return say(std::get<StartError>(r).message);
        };
        THEN("each gets a clear message") {
            CHECK(error({1, "", "nope", {"a"}, {}}) == "the deck 'table' has no format 'nope'");
            CHECK(error({1, "other", "circle", {"a"}, {}}) ==
                  "this session is for the deck 'other', not 'table'");
            CHECK(error({1, "", "popcorn", {"a"}, {}}) ==
                  "the format 'popcorn' seats 2 to 4 players, not 1");
            CHECK(error({1, "", "circle", {}, {}}) ==
                  "the format 'circle' seats 1 to 12 players, not 0");
            CHECK(error({1, "", "circle", {"a", " a "}, {}}) == "two players are named 'a'");
            CHECK(error({1, "", "circle", {std::string(61, 'x')}, {}}).find("longer than 60") !=
                  std::string::npos);
            CHECK(std::holds_alternative<StartError>(start_session(deck(), "circle", 13, 1)));
        }
        THEN("regression: a format seating one number said 'seats 1 to 1 players'") {
            CHECK(error({1, "", "solo", {"a", "b"}, {}}) ==
                  "the format 'solo' seats exactly 1, not 2");
        }
        THEN("the game names the message and its arguments; the catalogue the words") {
            auto r = start_session(deck(), SessionStart{1, "", "popcorn", {"a"}, {}});
            CHECK(std::get<StartError>(r).message ==
                  Message{MessageId::StartPlayerCount,
                          {{"format", "popcorn"}, {"min", 2}, {"max", 4}, {"count", 1}}});
        }
    }
}

SCENARIO("one rule for how many a format seats, one way to begin a start") {
    const Format& popcorn = *deck().find_format("popcorn");
    THEN("a format seats its player range, within a table's 1 to 12") {
        CHECK(min_seats(popcorn) == 2);
        CHECK(max_seats(popcorn) == 4);
        CHECK(!seats(popcorn, 1));
        CHECK(seats(popcorn, 4));
        CHECK(!seats(popcorn, 5));
        CHECK(max_seats(*deck().find_format("circle")) == 12);
    }
    THEN("the first format seating a number of players is found, or only one-seat formats") {
        CHECK(first_format_seating(deck(), 3, false)->id == "circle");
        CHECK(first_format_seating(deck(), 1, true)->id == "solo");
        CHECK(first_format_seating(deck(), 13, false) == nullptr);
    }
    THEN("a new start names its players, or counts them when there are no names") {
        SessionStart named = new_session_start(deck(), "popcorn", {"Ana", "Bo"}, 5, 9);
        CHECK(named == SessionStart{9, "table", "popcorn", {"Ana", "Bo"}, {}});
        SessionStart counted = new_session_start(deck(), "popcorn", {}, 3, 9);
        CHECK(counted.players == std::vector<std::string>{"", "", ""});
        CHECK(std::holds_alternative<Session>(start_session(deck(), counted)));
    }
}

SCENARIO("seat_of_player gives the seat position of a player id") {
    Session s = must_start(deck(), "circle", 3);
    REQUIRE(!apply_in_place(deck(), s, act::RemovePlayer{0}));
    CHECK(seat_of_player(s, 0) == -1); // left
    CHECK(seat_of_player(s, 1) == 0);
    CHECK(seat_of_player(s, 2) == 1);
}

SCENARIO("a round discussion passes the talking piece seat by seat") {
    GIVEN("a circle of three") {
        Session s = must_start(deck(), "circle", 3);
        WHEN("the first turn starts") {
            must(deck(), s, act::Next{});
            THEN("the active player draws and the card is revealed") {
                CHECK(s.table.phase == Phase::Playing);
                CHECK(kind(s) == TurnKind::Draw);
                REQUIRE(current_card(deck(), s));
                CHECK(current_card(deck(), s)->id == s.table.in_play);
                CHECK(pile_counts(s).draw == 3);
                CHECK(round_number(s) == 1);
                const Event& draw = s.log.back().caused.back();
                CHECK(draw.kind == EventKind::Draw);
                CHECK(draw.player == "Player 1");
                CHECK(draw.seat == 0);
            }
            AND_WHEN("the prompt follows") {
                must(deck(), s, act::Next{});
                THEN("the prompt timer runs") {
                    CHECK(kind(s) == TurnKind::Prompt);
                    CHECK(timer_view(s).state == TimerState::Running);
                    CHECK(timer_view(s).kind == TimerKind::Prompt);
                    CHECK(timer_view(s).remaining_seconds() == 60);
                }
                AND_WHEN("the discussion goes round") {
                    must(deck(), s, act::Next{});
                    CHECK(kind(s) == TurnKind::Discussion);
                    CHECK(talking_seat(s) == 0);
                    CHECK(timer_view(s).kind == TimerKind::Speaker);
                    must(deck(), s, act::Next{}); // seat 0 spoke
                    CHECK(talking_seat(s) == 1);
                    must(deck(), s, act::Pass{}); // seat 1 passed
                    CHECK(talking_seat(s) == 2);
                    const std::string card = s.table.in_play;
                    must(deck(), s, act::Next{}); // seat 2 spoke: the round is done
                    THEN("the turn passes to the next seat, and the card is discarded") {
                        CHECK(active_seat(s) == 1);
                        CHECK(s.table.discard == std::vector<std::string>{card});
                        CHECK(kind(s) == TurnKind::Draw);
                        CHECK(s.table.turn == 2);
                        CHECK(count_events(s, EventKind::Spoke) == 2);
                        CHECK(count_events(s, EventKind::Passed) == 1);
                    }
                }
            }
        }
    }
}

SCENARIO("end by rounds, and reshuffling the discard when the pile runs out") {
    GIVEN("a circle of three (two rounds, four cards, reshuffle)") {
        Session s = must_start(deck(), "circle", 3);
        WHEN("six turns are played") {
            must(deck(), s, act::Next{});
            std::set<std::string> first_four;
            for (int turn = 0; turn < 6; ++turn) {
                if (turn < 4)
                    first_four.insert(s.table.in_play);
                for (int step = 0; step < 2 + 3; ++step)
                    must(deck(), s, act::Next{});
            }
            THEN("the first four cards were all different, the pile reshuffled, and it ended") {
                CHECK(first_four.size() == 4);
                CHECK(count_events(s, EventKind::Reshuffle) == 1);
                CHECK(s.table.phase == Phase::Ended);
                CHECK(s.table.end_reason == EndReason::Rounds);
                CHECK(s.table.cards_played == 6);
                CHECK(refused(deck(), s, act::Next{}) == Refusal::SessionEnded);
                CHECK(refused(deck(), s, act::Tick{10}) == Refusal::SessionEnded);
            }
            THEN("back undoes the end") {
                must(deck(), s, act::Back{});
                CHECK(s.table.phase == Phase::Playing);
            }
        }
    }
}

SCENARIO("popcorn: anyone takes the talking piece; the mission is chosen") {
    GIVEN("a popcorn table of three") {
        Session s = must_start(deck(), "popcorn", 3);
        THEN("the missions lie face up (rules 3) and next asks for a mission first") {
            CHECK(s.table.offered.size() == 3);
            CHECK(s.table.out_of_play.empty());
            CHECK(refused(deck(), s, act::Next{}) == Refusal::ChooseMissionFirst);
            CHECK(refused(deck(), s, act::ChooseMission{"q1"}) == Refusal::NotAMission);
            CHECK(refused(deck(), s, act::ChooseMission{"zz"}) == Refusal::NotAMission);
        }
        WHEN("the group chooses a mission and plays to the discussion") {
            must(deck(), s, act::ChooseMission{"m2"});
            CHECK(mission_card(deck(), s)->id == "m2");
            CHECK(refused(deck(), s, act::ChooseMission{"m1"}) == Refusal::MissionAlreadySet);
            must(deck(), s, act::Next{});
            // Regression: once playing, this was reported as "already set".
            CHECK(refused(deck(), s, act::ChooseMission{"m1"}) == Refusal::NotInSetup);
            CHECK(refused(deck(), s, act::Take{1}) == Refusal::NotPopcorn);
            must(deck(), s, act::Next{});
            must(deck(), s, act::Next{});
            THEN("the active player holds the piece first, then anyone takes it") {
                CHECK(kind(s) == TurnKind::Discussion);
                CHECK(talking_seat(s) == 0);
                CHECK(refused(deck(), s, act::Take{0}) == Refusal::AlreadyHeld);
                CHECK(refused(deck(), s, act::Take{3}) == Refusal::NoSuchSeat);
                must(deck(), s, act::Take{2});
                CHECK(talking_seat(s) == 2);
                CHECK(timer_view(s).remaining_seconds() == 20);
                must(deck(), s, act::Pass{});
                CHECK(talking_seat(s) == -1);
                CHECK(refused(deck(), s, act::Pass{}) == Refusal::NothingToPass);
                must(deck(), s, act::Take{1});
                must(deck(), s, act::Next{});
                CHECK(active_seat(s) == 1);
                CHECK(kind(s) == TurnKind::Draw);
            }
        }
    }
}

SCENARIO("open discussion on a timer; end by cards; an empty pile ends the session") {
    GIVEN("an open table of two (mission drawn, two cards, when_empty = end)") {
        Session s = must_start(deck(), "open", 2, 3);
        THEN("the mission was drawn at set-up from the missions") {
            REQUIRE(mission_card(deck(), s));
            CHECK(mission_card(deck(), s)->type == "mission");
            CHECK(s.table.out_of_play.size() == 2);
            CHECK(refused(deck(), s, act::ChooseMission{"m1"}) == Refusal::NoMissionRule);
        }
        WHEN("two cards are played") {
            must(deck(), s, act::Next{});
            must(deck(), s, act::Next{});
            THEN("the open discussion has no talking piece and one timer") {
                CHECK(kind(s) == TurnKind::Discussion);
                CHECK(talking_seat(s) == -1);
                CHECK(timer_view(s).kind == TimerKind::Discussion);
                CHECK(timer_view(s).remaining_seconds() == 120);
                CHECK(refused(deck(), s, act::Pass{}) == Refusal::NothingToPass);
                CHECK(refused(deck(), s, act::Take{0}) == Refusal::NotPopcorn);
            }
            must(deck(), s, act::Next{});
            must(deck(), s, act::Next{});
            must(deck(), s, act::Next{});
            THEN("the session ends by cards") {
                CHECK(s.table.phase == Phase::Ended);
                CHECK(s.table.end_reason == EndReason::Cards);
            }
        }
    }
    GIVEN("a table whose turn is a draw only, when_empty = end") {
        Session s = must_start(deck(), "dry", 1);
        WHEN("the three activities are drawn and one more is asked for") {
            for (int i = 0; i < 4; ++i)
                must(deck(), s, act::Next{});
            THEN("the session ends because the pile is empty") {
                CHECK(s.table.phase == Phase::Ended);
                CHECK(s.table.end_reason == EndReason::Empty);
                CHECK(s.table.discard.size() == 3);
            }
        }
    }
}

SCENARIO("solo: the same machine with one seat") {
    GIVEN("a solo session") {
        Session s = must_start(deck(), "solo", 1);
        CHECK(std::holds_alternative<StartError>(start_session(deck(), "solo", 2, 1)));
        WHEN("a card is drawn and answered") {
            must(deck(), s, act::Next{});
            must(deck(), s, act::Next{});
            CHECK(timer_view(s).remaining_seconds() == 300);
            must(deck(), s, act::Next{});
            THEN("the same player draws again in round two") {
                CHECK(active_seat(s) == 0);
                CHECK(round_number(s) == 2);
                CHECK(refused(deck(), s, act::AddPlayer{"Bo", -1}) == Refusal::TableFull);
                CHECK(refused(deck(), s, act::RemovePlayer{0}) == Refusal::LastPlayer);
            }
        }
    }
}

SCENARIO("no time is up before the session started") {
    GIVEN("a popcorn table of ten minutes still choosing its mission") {
        Session s = must_start(deck(), "popcorn", 2);
        WHEN("an hour passes before anyone chooses") {
            must(deck(), s, act::Tick{3'600'000});
            THEN("no minutes were counted and no time is up") {
                CHECK(!s.time_up);
                CHECK(s.elapsed_ms == 0);
            }
            AND_WHEN("the mission is chosen and the first turn begins") {
                must(deck(), s, act::ChooseMission{"m1"});
                must(deck(), s, act::Next{});
                must(deck(), s, act::Tick{1000});
                THEN("the ten minutes start now") {
                    CHECK(!s.time_up);
                    CHECK(s.elapsed_ms == 1000);
                }
            }
        }
    }
}

SCENARIO("end by minutes waits for the turn to finish") {
    GIVEN("a popcorn table with ten minutes") {
        Session s = must_start(deck(), "popcorn", 2);
        must(deck(), s, act::ChooseMission{"m1"});
        must(deck(), s, act::Next{});
        WHEN("ten minutes pass mid-turn") {
            must(deck(), s, act::Tick{599'999});
            CHECK(!s.time_up);
            must(deck(), s, act::Tick{1});
            THEN("time is up but the turn goes on; its end ends the session") {
                CHECK(s.time_up);
                CHECK(s.table.phase == Phase::Playing);
                must(deck(), s, act::Next{});
                must(deck(), s, act::Next{});
                must(deck(), s, act::Next{});
                CHECK(s.table.phase == Phase::Ended);
                CHECK(s.table.end_reason == EndReason::Minutes);
            }
        }
        WHEN("the host ends it") {
            must(deck(), s, act::EndSession{});
            THEN("it is over") {
                CHECK(s.table.end_reason == EndReason::Host);
                CHECK(refused(deck(), s, act::EndSession{}) == Refusal::SessionEnded);
                CHECK(refused(deck(), s, act::Pause{}) == Refusal::SessionEnded);
            }
        }
    }
}

SCENARIO("timers run, pause, extend and expire without moving the step") {
    GIVEN("a prompt with a 60 s timer") {
        Session s = must_start(deck(), "circle", 2);
        must(deck(), s, act::Next{});
        CHECK(timer_view(s).state == TimerState::None);
        CHECK(refused(deck(), s, act::Extend{1000}) == Refusal::NoTimer);
        must(deck(), s, act::Next{});
        WHEN("time passes") {
            must(deck(), s, act::Tick{20'500});
            THEN("it counts down") {
                CHECK(timer_view(s).remaining_ms == 39'500);
                CHECK(timer_view(s).remaining_seconds() == 40);
            }
        }
        WHEN("paused") {
            must(deck(), s, act::Pause{});
            THEN("ticks do not count and the table is frozen") {
                CHECK(timer_view(s).state == TimerState::Paused);
                CHECK(refused(deck(), s, act::Tick{5000}) == Refusal::Paused);
                CHECK(refused(deck(), s, act::Next{}) == Refusal::Paused);
                CHECK(refused(deck(), s, act::Back{}) == Refusal::Paused);
                CHECK(refused(deck(), s, act::Pause{}) == Refusal::AlreadyPaused);
                CHECK(!can_undo(s));
                must(deck(), s, act::Resume{});
                CHECK(refused(deck(), s, act::Resume{}) == Refusal::NotPaused);
                must(deck(), s, act::Tick{5000});
                CHECK(timer_view(s).remaining_ms == 55'000);
            }
        }
        WHEN("it expires") {
            must(deck(), s, act::Tick{61'000});
            THEN("the expiry shows, overtime counts, and the step stays") {
                CHECK(timer_view(s).state == TimerState::Expired);
                CHECK(timer_view(s).remaining_ms == 0);
                CHECK(timer_view(s).overtime_ms == 1000);
                CHECK(kind(s) == TurnKind::Prompt);
                CHECK(s.log.back().caused.at(0).kind == EventKind::TimerExpired);
                must(deck(), s, act::Tick{500});
                CHECK(timer_view(s).overtime_ms == 1500);
            }
            AND_WHEN("it is extended") {
                must(deck(), s, act::Extend{30'000});
                THEN("it runs again with the time added") {
                    CHECK(timer_view(s).state == TimerState::Running);
                    CHECK(timer_view(s).remaining_ms == 30'000);
                    CHECK(timer_view(s).total_ms == 90'000);
                }
            }
        }
        THEN("bad durations are refused") {
            CHECK(refused(deck(), s, act::Tick{0}) == Refusal::BadDuration);
            CHECK(refused(deck(), s, act::Tick{-5}) == Refusal::BadDuration);
            CHECK(refused(deck(), s, act::Extend{-1}) == Refusal::BadDuration);
            CHECK(refused(deck(), s, act::Tick{25LL * 3600 * 1000}) == Refusal::BadDuration);
        }
    }
}

SCENARIO("skip puts the card under the pile; keep gives it to a player") {
    GIVEN("a circle of two at the first card") {
        Session s = must_start(deck(), "circle", 2);
        CHECK(refused(deck(), s, act::Skip{}) == Refusal::NotPlaying);
        CHECK(refused(deck(), s, act::Keep{}) == Refusal::NotPlaying);
        must(deck(), s, act::Next{});
        const std::string first = s.table.in_play;
        WHEN("it is skipped") {
            must(deck(), s, act::Skip{});
            THEN("it lies at the bottom, another card is drawn, and it does not count") {
                CHECK(s.table.draw_pile.front() == first);
                CHECK(s.table.in_play != first);
                CHECK(s.table.cards_played == 1);
                CHECK(kind(s) == TurnKind::Draw);
            }
        }
        WHEN("the second seat keeps it") {
            CHECK(refused(deck(), s, act::Keep{5}) == Refusal::NoSuchSeat);
            must(deck(), s, act::Keep{1});
            THEN("it is theirs and stays the turn's card") {
                REQUIRE(s.table.kept.size() == 1);
                CHECK(s.table.kept[0].card == first);
                CHECK(s.table.kept[0].player == 1);
                CHECK(current_card(deck(), s)->id == first);
                CHECK(refused(deck(), s, act::Keep{}) == Refusal::NoCard);
                CHECK(refused(deck(), s, act::Skip{}) == Refusal::NoCard);
            }
        }
    }
    GIVEN("a draw-only table with an empty pile behind the last card") {
        Session s = must_start(deck(), "dry", 1);
        must(deck(), s, act::Next{});
        must(deck(), s, act::Next{});
        must(deck(), s, act::Next{});
        THEN("skip has nothing to draw instead") {
            CHECK(refused(deck(), s, act::Skip{}) == Refusal::NoOtherCard);
        }
    }
}

SCENARIO("players join, are renamed and leave mid-session") {
    GIVEN("a round discussion at three seats, seat 1 holding the piece") {
        Session s = must_start(deck(), "circle", 3);
        for (int i = 0; i < 4; ++i)
            must(deck(), s, act::Next{});
        REQUIRE(talking_seat(s) == 1);
        WHEN("someone sits down at seat 0") {
            must(deck(), s, act::AddPlayer{"Dee", 0});
            THEN("seats shift and the active player and talker stay the same people") {
                CHECK(seat_names(s) ==
                      std::vector<std::string>{"Dee", "Player 1", "Player 2", "Player 3"});
                CHECK(active_seat(s) == 1);
                CHECK(talking_seat(s) == 2);
            }
        }
        WHEN("a player is added without a name") {
            must(deck(), s, act::AddPlayer{});
            THEN("they get the first free default name") {
                CHECK(seat_names(s).back() == "Player 4");
            }
        }
        THEN("names are checked") {
            CHECK(refused(deck(), s, act::RenamePlayer{0, "  "}) == Refusal::EmptyName);
            CHECK(refused(deck(), s, act::RenamePlayer{0, "Player 2"}) == Refusal::DuplicateName);
            CHECK(refused(deck(), s, act::RenamePlayer{0, std::string(61, 'x')}) ==
                  Refusal::NameTooLong);
            CHECK(refused(deck(), s, act::RenamePlayer{3, "X"}) == Refusal::NoSuchSeat);
            CHECK(refused(deck(), s, act::AddPlayer{"Player 1", -1}) == Refusal::DuplicateName);
            CHECK(refused(deck(), s, act::AddPlayer{"X", 4}) == Refusal::NoSuchSeat);
            CHECK(refused(deck(), s, act::RemovePlayer{-1}) == Refusal::NoSuchSeat);
            must(deck(), s, act::RenamePlayer{0, "Ana"});
            CHECK(seat_names(s)[0] == "Ana");
        }
        WHEN("the talker leaves") {
            must(deck(), s, act::RemovePlayer{1});
            THEN("the piece goes to the next seat") {
                CHECK(seat_names(s) == std::vector<std::string>{"Player 1", "Player 3"});
                CHECK(talking_seat(s) == 1);
            }
        }
        WHEN("the active player leaves") {
            must(deck(), s, act::RemovePlayer{0});
            THEN("the turn goes on with the next seat") {
                CHECK(seat_names(s)[active_seat(s)] == "Player 2");
                CHECK(kind(s) == TurnKind::Discussion);
            }
        }
        WHEN("the last one to speak leaves") {
            must(deck(), s, act::Next{});
            REQUIRE(talking_seat(s) == 2);
            must(deck(), s, act::RemovePlayer{2});
            THEN("the discussion is over and the turn passes") {
                CHECK(kind(s) == TurnKind::Draw);
                CHECK(seat_names(s)[active_seat(s)] == "Player 2");
            }
        }
    }
    GIVEN("a full popcorn table") {
        Session s = must_start(deck(), "popcorn", 4);
        THEN("no one else sits down") {
            CHECK(refused(deck(), s, act::AddPlayer{"E", -1}) == Refusal::TableFull);
        }
    }
}

SCENARIO("writing a blank card adds a drawable card of the session") {
    GIVEN("a solo session") {
        Session s = must_start(deck(), "solo", 1);
        WHEN("a card is written") {
            must(deck(), s, act::WriteCard{"Walk", "Walk *together*.", "", -1});
            THEN("it is a blank-type card under the pile, and reported") {
                REQUIRE(written_cards(s).size() == 1);
                const Card& c = written_cards(s)[0];
                CHECK(c.id == "written-1");
                CHECK(c.type == "blank");
                CHECK(c.title == "Walk");
                CHECK(s.table.draw_pile.front() == "written-1");
                CHECK(find_session_card(deck(), s, "written-1") == &c);
                CHECK(pile_counts(s).written == 1);
            }
            AND_WHEN("every card is drawn") {
                must(deck(), s, act::Next{});
                std::set<std::string> seen{s.table.in_play};
                for (int i = 0; i < 5; ++i) {
                    must(deck(), s, act::Next{});
                    must(deck(), s, act::Next{});
                    seen.insert(s.table.in_play);
                }
                THEN("the written card was drawn last") {
                    CHECK(s.table.in_play == "written-1");
                    CHECK(seen.size() == 6);
                }
            }
        }
        THEN("bad cards are refused") {
            CHECK(refused(deck(), s, act::WriteCard{" ", "x", "", -1}) == Refusal::EmptyTitle);
            CHECK(refused(deck(), s, act::WriteCard{"T", "x", "question", -1}) ==
                  Refusal::NotABlankType);
            CHECK(refused(deck(), s, act::WriteCard{"T", std::string(4001, 'x'), "", -1}) ==
                  Refusal::CardTooLong);
            CHECK(refused(deck(), s, act::WriteCard{"T", "x", "", 1}) == Refusal::NoSuchSeat);
        }
    }
    GIVEN("a deck without blank cards") {
        LoadResult r = load_deck_text(R"([deck]
id = "x"
name = "X"
[types.q]
name = "Q"
color = "#ffffff"
[[cards]]
id = "a"
type = "q"
title = "A"
)",
                                      std::filesystem::path(HEARTH_TEST_DECKS) / "good/small");
        REQUIRE(r.ok());
        Session s = must_start(*r.deck, "free", 1);
        THEN("writing is refused") {
            CHECK(refused(*r.deck, s, act::WriteCard{"T", "x", "", -1}) == Refusal::NoBlankType);
        }
    }
}

SCENARIO("cards seen in earlier sessions come last") {
    GIVEN("a solo session where q1, q2 and b1 were seen") {
        SessionStart st{5, "", "solo", {"Me"}, {"q1", "q2", "b1"}};
        Session s = std::get<Session>(start_session(deck(), st));
        THEN("the fresh cards are on top") {
            const auto& pile = s.table.draw_pile;
            REQUIRE(pile.size() == 5);
            std::set<std::string> top(pile.end() - 2, pile.end());
            CHECK(top == std::set<std::string>{"q3", "q4"});
        }
    }
}

SCENARIO("back undoes every undoable action exactly, and redo redoes it") {
    GIVEN("sessions at interesting moments and the actions that apply there") {
        struct Case {
            const char* format;
            int players;
            int nexts;
            Action action;
        };
        const Case cases[] = {
            {"circle", 3, 0, act::Next{}},
            {"circle", 3, 1, act::Next{}},
            {"circle", 3, 1, act::Skip{}},
            {"circle", 3, 1, act::Keep{2}},
            {"circle", 3, 2, act::Pass{}},
            {"circle", 3, 3, act::Pass{}},
            {"circle", 3, 3, act::AddPlayer{"Dee", 1}},
            {"circle", 3, 3, act::RenamePlayer{1, "Bo"}},
            {"circle", 3, 4, act::RemovePlayer{1}},
            {"circle", 3, 1, act::WriteCard{"T", "x", "", -1}},
            {"circle", 3, 1, act::EndSession{}},
            {"popcorn", 3, 0, act::ChooseMission{"m3"}},
        };
        for (const Case& c : cases) {
            Session s = must_start(deck(), c.format, c.players);
            if (std::string(c.format) == "popcorn" && c.nexts > 0)
                must(deck(), s, act::ChooseMission{"m1"});
            for (int i = 0; i < c.nexts; ++i)
                must(deck(), s, act::Next{});
            const Table before = s.table;
            must(deck(), s, c.action);
            const Table after = s.table;
            REQUIRE(can_undo(s));
            must(deck(), s, act::Back{});
            INFO("undo of " << action_name(c.action));
            CHECK(s.table == before);
            REQUIRE(can_redo(s));
            must(deck(), s, act::Redo{});
            CHECK(s.table == after);
        }
    }
    GIVEN("an undone draw") {
        Session s = must_start(deck(), "circle", 2);
        const auto pile = s.table.draw_pile;
        must(deck(), s, act::Next{});
        must(deck(), s, act::Back{});
        THEN("the card is back on top of the pile") {
            CHECK(s.table.draw_pile == pile);
            CHECK(refused(deck(), s, act::Back{}) == Refusal::NothingToUndo);
        }
        AND_WHEN("a new step is taken after undoing") {
            must(deck(), s, act::AddPlayer{});
            THEN("redo is gone") {
                CHECK(refused(deck(), s, act::Redo{}) == Refusal::NothingToRedo);
            }
        }
    }
    GIVEN("more steps than the undo bound") {
        Session s = must_start(deck(), "solo", 1);
        for (std::size_t i = 0; i < kUndoLimit + 50; ++i)
            must(deck(), s, act::Next{});
        THEN("only the bound is kept") {
            CHECK(s.undo.size() == kUndoLimit);
            for (std::size_t i = 0; i < kUndoLimit; ++i)
                must(deck(), s, act::Back{});
            CHECK(refused(deck(), s, act::Back{}) == Refusal::NothingToUndo);
        }
    }
    GIVEN("clock actions") {
        Session s = must_start(deck(), "circle", 2);
        must(deck(), s, act::Next{});
        must(deck(), s, act::Next{});
        const auto undo_depth = s.undo.size();
        must(deck(), s, act::Tick{1000});
        must(deck(), s, act::Extend{1000});
        must(deck(), s, act::Pause{});
        must(deck(), s, act::Resume{});
        THEN("they are not steps: nothing is added to undo") {
            CHECK(s.undo.size() == undo_depth);
        }
    }
}

SCENARIO("the deck was reloaded without the session's format") {
    Session s = must_start(deck(), "circle", 2);
    Deck other = deck();
    other.formats.clear();
    CHECK(refused(other, s, act::Next{}) == Refusal::UnknownFormat);
}

SCENARIO("the pure apply returns a new session and leaves the old one alone") {
    Session s = must_start(deck(), "circle", 2);
    Applied r = apply(deck(), s, act::Next{});
    REQUIRE(std::holds_alternative<Session>(r));
    CHECK(std::get<Session>(r).table.phase == Phase::Playing);
    CHECK(s.table.phase == Phase::Setup);
    CHECK(std::get<Refusal>(apply(deck(), s, act::Back{})) == Refusal::NothingToUndo);
}

SCENARIO("every refusal and action has a name and a description") {
    for (int r = 0; r <= static_cast<int>(Refusal::BadDuration); ++r) {
        CHECK(!to_string(static_cast<Refusal>(r)).empty());
        CHECK(!say(static_cast<Refusal>(r)).empty());
    }
    CHECK(action_name(act::AddPlayer{}) == "add-player");
    CHECK(action_name(act::Tick{}) == "tick");
}

SCENARIO("the card of the day is the same for everyone on a date") {
    GIVEN("the bundled deck") {
        const Deck& d = bundled_deck();
        THEN("a date always gives the same reflective card, and dates differ") {
            std::string a = card_of_the_day(d, 2024, 5, 17);
            CHECK(a == card_of_the_day(d, 2024, 5, 17));
            const Card* c = d.find_card(a);
            REQUIRE(c);
            CHECK(d.find_type(c->type)->reflective);
            std::set<std::string> month;
            for (int day = 1; day <= 31; ++day)
                month.insert(card_of_the_day(d, 2024, 1, day));
            CHECK(month.size() > 10);
            CHECK(card_of_the_day(d, 2024, 13, 1).empty());
        }
    }
}
