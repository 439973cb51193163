// What the screen is told: each seat's state, the progress against the
// format's end, and what the last action did (with undo naming the move).
#include "tests/session_fixture.hpp"

using namespace hearth;
using namespace hearth::testing;

namespace {

const Deck& deck() {
    return session_deck();
}

std::string said(const Session& s) {
    std::optional<Message> m = feedback(deck(), s);
    return m ? say(*m) : std::string("(nothing)");
}

// Names "Ana", "Ben", "Caro" at the circle, the first turn's prompt.
Session circle_at_prompt() {
    auto r = start_session(deck(), SessionStart{7, "", "circle", {"Ana", "Ben", "Caro"}, {}});
    Session s = std::get<Session>(r);
    must(deck(), s, act::Next{}); // start: Ana draws
    must(deck(), s, act::Next{}); // the prompt, with its 60 s timer
    REQUIRE(current_step(deck(), s).kind == TurnKind::Prompt);
    return s;
}

std::string title(const Session& s, const std::string& id) {
    return find_session_card(deck(), s, id)->title;
}

} // namespace

SCENARIO("undo after keep restores the timer exactly as it was") {
    GIVEN("a prompt whose timer has run 12.345 s") {
        Session s = circle_at_prompt();
        must(deck(), s, act::Tick{12345});
        const Timer before = s.table.timer;
        const std::string card = s.table.in_play;
        REQUIRE(before.remaining_ms == 60000 - 12345);
        WHEN("the card is kept, time passes, and back undoes the keep") {
            must(deck(), s, act::Keep{});
            CHECK(s.table.in_play.empty());
            must(deck(), s, act::Tick{4321});
            CHECK(s.table.timer.remaining_ms == 60000 - 12345 - 4321);
            must(deck(), s, act::Back{});
            THEN("the timer is the one the keep found, to the millisecond, and the card is back") {
                CHECK(s.table.timer == before);
                CHECK(s.table.timer.remaining_ms == 47655);
                CHECK(s.table.in_play == card);
                CHECK(s.table.kept.empty());
            }
            AND_WHEN("redo keeps it again") {
                must(deck(), s, act::Redo{});
                THEN("the timer is the one back found, with the time that had passed") {
                    CHECK(s.table.timer.remaining_ms == 60000 - 12345 - 4321);
                    CHECK(s.table.kept.size() == 1);
                }
            }
        }
        WHEN("the prompt timer ran out before the keep") {
            must(deck(), s, act::Tick{50000});
            const Timer expired = s.table.timer;
            REQUIRE(expired.expired);
            must(deck(), s, act::Keep{});
            must(deck(), s, act::Tick{3000});
            must(deck(), s, act::Back{});
            THEN("back gives the expired timer with its overtime as it was") {
                CHECK(s.table.timer == expired);
                CHECK(s.table.timer.overtime_ms == 2345);
            }
        }
    }
}

SCENARIO("every action says what it did, and undo names the move it undid") {
    GIVEN("the circle's first prompt") {
        Session s = circle_at_prompt();
        const std::string card = title(s, s.table.in_play);
        THEN("next and the clock say nothing: the table shows them") {
            CHECK(said(s) == "(nothing)");
            must(deck(), s, act::Tick{1000});
            CHECK(said(s) == "(nothing)");
        }
        WHEN("Ana keeps the card") {
            must(deck(), s, act::Keep{});
            THEN("the words name her and the card") {
                CHECK(said(s) == "Ana keeps \u2018" + card + "\u2019");
            }
            AND_WHEN("it is undone, then redone") {
                must(deck(), s, act::Back{});
                CHECK(said(s) == "Undone: Ana\u2019s keep of \u2018" + card + "\u2019");
                must(deck(), s, act::Redo{});
                CHECK(said(s) == "Redone: Ana\u2019s keep of \u2018" + card + "\u2019");
            }
        }
        WHEN("the discussion goes to Caro, who passes") {
            must(deck(), s, act::Next{}); // prompt done: Ana holds the piece
            must(deck(), s, act::Next{}); // Ana spoke: Ben
            must(deck(), s, act::Next{}); // Ben spoke: Caro
            REQUIRE(talking_seat(s) == 2);
            must(deck(), s, act::Pass{});
            CHECK(said(s) == "Caro passes");
            must(deck(), s, act::Back{});
            THEN("undo says whose pass it took back") {
                CHECK(said(s) == "Undone: Caro\u2019s pass");
                CHECK(talking_seat(s) == 2);
            }
            AND_WHEN("a second back undoes Ben's turn to speak") {
                must(deck(), s, act::Back{});
                CHECK(said(s) == "Undone: Ben\u2019s turn to speak");
                CHECK(move_on_stack(deck(), s, true).has_value());
                CHECK(say(*move_on_stack(deck(), s, false)) == "Ana\u2019s turn to speak");
            }
        }
        WHEN("the card is skipped") {
            must(deck(), s, act::Back{}); // back to the draw step
            must(deck(), s, act::Skip{});
            THEN("the words say where it went and who draws") {
                CHECK(said(s) == "\u2018" + card + "\u2019 goes under the pile: Ana draws another");
            }
        }
    }
}

SCENARIO("seats show who kept what, who spoke and who passed") {
    GIVEN("a round discussion where Ana speaks and Ben passes, after Ana kept the card") {
        Session s = circle_at_prompt();
        const std::string card = s.table.in_play;
        must(deck(), s, act::Keep{});
        must(deck(), s, act::Next{}); // discussion: Ana
        must(deck(), s, act::Next{}); // Ana spoke
        must(deck(), s, act::Pass{}); // Ben passed: Caro holds the piece
        std::vector<SeatState> st = seat_states(s);
        REQUIRE(st.size() == 3);
        THEN("each seat says so") {
            CHECK(st[0].kept == std::vector<std::string>{card});
            CHECK(st[0].spoke);
            CHECK_FALSE(st[0].passed);
            CHECK(st[0].active);
            CHECK(st[1].passed);
            CHECK_FALSE(st[1].spoke);
            CHECK(st[2].holds_piece);
            CHECK_FALSE(st[2].spoke);
            CHECK_FALSE(st[2].passed);
        }
        WHEN("the turn moves on") {
            must(deck(), s, act::Next{}); // Caro spoke: the turn ends
            st = seat_states(s);
            THEN("spoke and passed are cleared, the kept card stays") {
                CHECK_FALSE(st[1].passed);
                CHECK_FALSE(st[0].spoke);
                CHECK(st[0].kept.size() == 1);
                CHECK(st[1].active);
            }
        }
        WHEN("Ben's pass is undone") {
            must(deck(), s, act::Back{});
            THEN("his seat no longer shows it") {
                CHECK_FALSE(seat_states(s)[1].passed);
            }
        }
    }
}

SCENARIO("progress counts rounds, minutes and cards") {
    GIVEN("the circle (two rounds) of one player") {
        Session s = must_start(deck(), "circle", 1);
        must(deck(), s, act::Next{});
        ProgressView p = progress(deck(), s);
        CHECK(p.round == 1);
        CHECK(p.rounds == 2);
        CHECK_FALSE(p.last_round);
        CHECK(p.cards_left == -1);
        CHECK(p.left_ms == -1);
        for (int i = 0; i < 5; ++i) // draw, prompt, speaker, done: round 2
            if (round_number(s) < 2)
                must(deck(), s, act::Next{});
        REQUIRE(round_number(s) == 2);
        CHECK(progress(deck(), s).last_round);
    }
    GIVEN("popcorn, ten minutes") {
        Session s = must_start(deck(), "popcorn", 2);
        must(deck(), s, act::ChooseMission{"m1"});
        must(deck(), s, act::Next{});
        must(deck(), s, act::Tick{61000});
        ProgressView p = progress(deck(), s);
        CHECK(p.left_ms == 600000 - 61000);
        CHECK_FALSE(p.long_format);
        must(deck(), s, act::Tick{600000});
        CHECK(progress(deck(), s).left_ms == 0);
        CHECK(progress(deck(), s).last_round);
    }
    GIVEN("open, two cards") {
        Session s = must_start(deck(), "open", 2);
        must(deck(), s, act::Next{});
        CHECK(progress(deck(), s).cards_left == 1);
    }
}
