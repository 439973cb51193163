// Solo reflection as a session with one seat: its start, and its moves in the
// table's own actions (game/session/solo_session.hpp).
#include "game/session/session_save.hpp"
#include "game/session/solo_session.hpp"
#include "tests/session_fixture.hpp"

#include <set>

using namespace hearth;
using namespace hearth::testing;

namespace {

const Deck& deck() {
    return session_deck();
}

Session solo_session(std::uint64_t seed = 7) {
    auto r = start_session(deck(), solo_start(deck(), seed, 2026, 12, 1));
    if (auto* e = std::get_if<StartError>(&r))
        FAIL(to_string(e->message));
    return std::get<Session>(std::move(r));
}

Session moved(const Applied& a) {
    if (const Refusal* r = std::get_if<Refusal>(&a))
        FAIL("refused: " << to_string(*r));
    Session s = std::get<Session>(a);
    auto broken = check_invariants(deck(), s);
    INFO((broken ? *broken : std::string()));
    REQUIRE(!broken);
    return s;
}

Refusal refusal(const Applied& a) {
    REQUIRE(std::holds_alternative<Refusal>(a));
    return std::get<Refusal>(a);
}

std::vector<std::string> actions(const Session& s) {
    std::vector<std::string> out;
    for (const LogEntry& e : s.log)
        out.emplace_back(action_name(e.action));
    return out;
}

std::optional<TurnKind> kind(const Session& s) {
    return current_step(deck(), s).kind;
}

} // namespace

SCENARIO("a solo session starts with one seat and the card of the day on top") {
    GIVEN("the solo start for a date") {
        SessionStart st = solo_start(deck(), 7, 2026, 12, 1);
        THEN("it is the deck's solo format, one seat, the card of the day first") {
            CHECK(solo_format(deck())->id == "solo");
            CHECK(st.format == "solo");
            CHECK(st.players == std::vector<std::string>{""});
            CHECK(st.seed == 7);
            CHECK(st.first == card_of_the_day(deck(), 2026, 12, 1));
            CHECK(!st.first.empty());
        }
        WHEN("the session starts and its first card is drawn") {
            Session s = solo_session();
            const auto pile = s.table.draw_pile;
            s = moved(solo_draw(deck(), s));
            THEN("the card of the day is on the table and the rest of the pile is untouched") {
                CHECK(s.table.in_play == st.first);
                CHECK(first_card(s) == st.first);
                CHECK(pile.back() == st.first);
                CHECK(s.table.draw_pile == std::vector<std::string>(pile.begin(), pile.end() - 1));
                CHECK(actions(s) == std::vector<std::string>{"next"});
                CHECK(seat_names(s) == std::vector<std::string>{"Player 1"});
            }
        }
        THEN("another seed shuffles the rest differently, the card of the day stays on top") {
            std::set<std::vector<std::string>> piles;
            for (std::uint64_t seed = 0; seed < 10; ++seed) {
                Session a = solo_session(seed);
                CHECK(a.table.draw_pile.back() == st.first);
                piles.insert(a.table.draw_pile);
            }
            CHECK(piles.size() > 3);
        }
    }
    GIVEN("a first card the pile does not have (an activity, not drawn in solo)") {
        SessionStart st = solo_start(deck(), 7, 2026, 12, 1);
        SessionStart other = st;
        other.first = "a1";
        st.first.clear();
        THEN("the pile is the plain shuffle") {
            auto plain = std::get<Session>(start_session(deck(), st));
            auto asked = std::get<Session>(start_session(deck(), other));
            CHECK(asked.table.draw_pile == plain.table.draw_pile);
        }
    }
    GIVEN("a solo session saved and read back") {
        Session s = moved(solo_draw(deck(), solo_session()));
        s = moved(solo_draw(deck(), s));
        auto back = session_from_json(deck(), save_to_jsonl(s));
        REQUIRE(std::holds_alternative<Session>(back));
        THEN("the first card is part of its start, and the replay is the same session") {
            CHECK(save_to_jsonl(s).find("\"first\":\"" + first_card(s) + "\"") !=
                  std::string::npos);
            CHECK(std::get<Session>(back) == s);
        }
    }
}

SCENARIO("solo's moves are the table's actions") {
    GIVEN("a solo session showing its first card") {
        Session s = moved(solo_draw(deck(), solo_session()));
        const std::string first = s.table.in_play;
        WHEN("another card is drawn from the draw step") {
            Session t = moved(solo_draw(deck(), s));
            THEN("it is `next` through the prompt to the next turn's draw") {
                CHECK(t.table.in_play != first);
                CHECK(kind(t) == TurnKind::Draw);
                CHECK(timer_view(t).state == TimerState::None);
                CHECK(actions(t) == std::vector<std::string>{"next", "next", "next"});
                CHECK(t.table.discard == std::vector<std::string>{first});
            }
            AND_WHEN("it goes back") {
                Session b = moved(solo_apply(deck(), t, act::Back{}));
                THEN("the first card is on the table at its draw step, the other back on top") {
                    CHECK(b.table == s.table);
                    CHECK(b.table.draw_pile.back() == t.table.in_play);
                    AND_THEN("it never goes back before the first card") {
                        CHECK(refusal(solo_apply(deck(), b, act::Back{})) ==
                              Refusal::NothingToUndo);
                    }
                }
            }
        }
        WHEN("the timer is started, runs a second, is paused a minute and resumed") {
            Session t = moved(solo_timer(deck(), s));
            CHECK(kind(t) == TurnKind::Prompt);
            CHECK(timer_view(t).state == TimerState::Running);
            CHECK(timer_view(t).remaining_seconds() == 300);
            must(deck(), t, act::Tick{1000});
            t = moved(solo_timer(deck(), t));
            CHECK(t.paused);
            CHECK(refused(deck(), t, act::Tick{60000}) == Refusal::Paused);
            t = moved(solo_timer(deck(), t));
            THEN("it lost only the second it ran") {
                CHECK(!t.paused);
                CHECK(timer_view(t).remaining_ms == 299000);
                CHECK(actions(t) ==
                      std::vector<std::string>{"next", "next", "tick", "pause", "resume"});
            }
            AND_WHEN("another card is drawn while it is paused") {
                t = moved(solo_timer(deck(), t));
                Session u = moved(solo_draw(deck(), t));
                THEN("the clock runs again and the new card has no timer") {
                    CHECK(!u.paused);
                    CHECK(u.table.in_play != first);
                    CHECK(timer_view(u).state == TimerState::None);
                }
            }
        }
        WHEN("the card is skipped, or kept") {
            Session skipped = moved(solo_apply(deck(), s, act::Skip{}));
            Session kept = moved(solo_apply(deck(), s, act::Keep{}));
            THEN("skip puts it under the pile; keep gives it to the one seat and shows it on") {
                CHECK(skipped.table.draw_pile.front() == first);
                CHECK(skipped.table.in_play != first);
                REQUIRE(kept.table.kept.size() == 1);
                CHECK(kept.table.kept[0].card == first);
                CHECK(current_card(deck(), kept)->id == first);
                AND_THEN("drawing after keeping shows another card") {
                    Session t = moved(solo_draw(deck(), kept));
                    CHECK(t.table.in_play != first);
                    CHECK(!t.table.in_play.empty());
                }
            }
        }
        WHEN("three more cards are drawn and it goes back to the first") {
            Session t = s;
            for (int i = 0; i < 3; ++i)
                t = moved(solo_draw(deck(), t));
            Session b = moved(solo_back_to(deck(), t, first));
            THEN("the table is as it was when the first card was drawn") {
                CHECK(b.table == s.table);
                CHECK(moved(solo_back_to(deck(), b, first)).table == b.table);
            }
        }
    }
    GIVEN("a format without a prompt timer") {
        Session s = must_start(deck(), "dry", 1);
        s = moved(solo_draw(deck(), s));
        THEN("the timer move is refused") {
            CHECK(refusal(solo_timer(deck(), s)) == Refusal::NoTimer);
        }
    }
}
