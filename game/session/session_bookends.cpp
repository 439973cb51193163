// The opening and the closing of a session: the format's card read aloud by
// the host before the first turn (`opening`), and its round before the
// summary (`closing`: each seat in turn from the first, with a timer for
// each speaker). The turns are session_rules.cpp.
#include "game/session/detail/session_detail.hpp"
#include "game/session/detail/session_moves.hpp"
#include "game/session/session.hpp"

namespace hearth::detail {

bool open_session(Ctx& c) {
    if (c.t.opening.empty())
        return false;
    c.t.phase = Phase::Opening;
    emit(c, EventKind::Opening, c.t.opening);
    return true;
}

void begin_turns(Ctx& c) {
    Table& t = c.t;
    t.phase = Phase::Playing;
    t.round = 1;
    t.active = t.seating.front();
    emit(c, EventKind::Round, {}, -1, {}, 1);
    begin_turn(c);
}

bool closes_with_round(const Ctx& c) {
    return c.t.phase == Phase::Playing && c.format.closing.round;
}

void begin_closing(Ctx& c, EndReason why) {
    Table& t = c.t;
    discard_in_play(c);
    t.turn_card.clear();
    // Cards a choose step laid out when the host ended it go back under the pile.
    for (std::string& id : t.offered) {
        emit(c, EventKind::Returned, id);
        t.draw_pile.insert(t.draw_pile.begin(), std::move(id));
    }
    t.offered.clear();
    t.phase = Phase::Closing;
    t.end_reason = why;
    t.timer = {};
    t.total = {};
    t.had_piece.clear();
    emit(c, EventKind::Closing, {}, -1, std::string(to_string(why)));
    t.talker = t.seating.front();
    emit(c, EventKind::Speaker, {}, t.talker);
    start_timer(c, TimerKind::Speaker, c.format.closing.speaker);
}

void pass_closing_piece(Ctx& c, int from_pos) {
    Table& t = c.t;
    const int next = next_speaker(t, from_pos);
    if (next < 0) {
        t.talker = -1;
        return end_session(c, t.end_reason); // every seat has spoken
    }
    t.talker = next;
    emit(c, EventKind::Speaker, {}, t.talker);
    start_timer(c, TimerKind::Speaker, c.format.closing.speaker);
}

Move closing_speaker_done(Ctx& c, EventKind how) {
    Table& t = c.t;
    if (t.talker < 0)
        return Refusal::NothingToPass;
    emit(c, how, {}, t.talker);
    t.had_piece.push_back(t.talker);
    pass_closing_piece(c, seat_of_player(t, t.talker));
    return {};
}

} // namespace hearth::detail
