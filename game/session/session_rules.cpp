// The rules: how each table move changes a session, or why it is refused.
//
//   helpers      seats, names, events, timers
//   steps        entering a step, drawing, ending a turn, ending the session
//   table moves  the undoable actions, on a copy of the table
//
// The moves that edit the table rather than play it (seats, the mission,
// writing a card) are session_edits.cpp. Applying an action (undo and redo, the clock, committing a
// move with its undo entry) is session_apply.cpp. Expired timers never advance the step by
// themselves.
#include "game/session/detail/session_detail.hpp"
#include "game/session/detail/session_moves.hpp"
#include "game/session/session.hpp"

#include <algorithm>

namespace hearth::detail {

// ---------------------------------------------------------------- helpers

int seat_of_player(const Table& t, int player) {
    auto it = std::find(t.seating.begin(), t.seating.end(), player);
    return it == t.seating.end() ? -1 : static_cast<int>(it - t.seating.begin());
}

const std::string& name_of(const Table& t, int player) {
    return t.players[static_cast<std::size_t>(player)].name;
}

void emit(Ctx& c, EventKind k, std::string card, int player, std::string text, std::int64_t value) {
    Event e{k, std::move(card), -1, {}, std::move(text), value};
    if (player >= 0) {
        e.seat = seat_of_player(c.t, player);
        e.player = name_of(c.t, player);
    }
    c.events.push_back(std::move(e));
}

Event event(EventKind k, std::string text, std::int64_t value) {
    return Event{k, {}, -1, {}, std::move(text), value};
}

bool valid_seat(const Table& t, int seat) {
    return seat >= 0 && seat < static_cast<int>(t.seating.size());
}

void start_timer(Ctx& c, TimerKind kind, int seconds) {
    c.t.timer = {};
    if (seconds <= 0)
        return;
    const std::int64_t ms = std::int64_t{seconds} * 1000;
    c.t.timer = Timer{kind, ms, ms, 0, false};
    emit(c, EventKind::TimerStarted, {}, -1, std::string(to_string(kind)), ms);
}

// Under rules 2, a discussion with a talking piece and both a speaker and a
// discussion time runs both: the speaker's (restarted for each speaker) and
// the whole discussion's beside it.
bool composed_timers(const Ctx& c) {
    return c.session.start.rules >= 2 && c.format.speaking != Speaking::Open &&
           c.format.timers.speaker > 0 && c.format.timers.discussion > 0;
}

void start_total_timer(Ctx& c) {
    const std::int64_t ms = std::int64_t{c.format.timers.discussion} * 1000;
    c.t.total = Timer{TimerKind::Discussion, ms, ms, 0, false};
    emit(c, EventKind::TimerStarted, {}, -1, std::string(to_string(TimerKind::Discussion)), ms);
}

// The discussion timer: per speaker when there is a talking piece and a
// speaker time, else one timer for the whole discussion.
void start_discussion_timer(Ctx& c) {
    if (c.format.speaking != Speaking::Open && c.format.timers.speaker > 0)
        start_timer(c, TimerKind::Speaker, c.format.timers.speaker);
    else
        start_timer(c, TimerKind::Discussion, c.format.timers.discussion);
}

bool holds_piece_in_turn(const Ctx& c) {
    return c.t.phase == Phase::Playing &&
           c.format.turn[static_cast<std::size_t>(c.t.step)] == TurnKind::Discussion;
}

// ---------------------------------------------------------------- steps

void end_session(Ctx& c, EndReason why) {
    if (closes_with_round(c))
        return begin_closing(c, why);
    // Ended at set-up while the missions lay face up: they go back out of play.
    if (c.t.phase == Phase::Setup) {
        for (std::string& id : c.t.offered) {
            emit(c, EventKind::Returned, id);
            c.t.out_of_play.push_back(std::move(id));
        }
        c.t.offered.clear();
    }
    c.t.phase = Phase::Ended;
    c.t.end_reason = why;
    c.t.timer = {};
    c.t.total = {};
    c.t.talker = -1;
    c.t.had_piece.clear();
    emit(c, EventKind::Ended, {}, -1, std::string(to_string(why)));
}

void discard_in_play(Ctx& c) {
    if (c.t.in_play.empty())
        return;
    emit(c, EventKind::Discarded, c.t.in_play);
    c.t.discard.push_back(std::move(c.t.in_play));
    c.t.in_play.clear();
}

void reshuffle(Ctx& c) {
    const auto n = static_cast<std::int64_t>(c.t.discard.size());
    c.t.draw_pile.insert(c.t.draw_pile.begin(), c.t.discard.begin(), c.t.discard.end());
    c.t.discard.clear();
    shuffle(c.t.draw_pile, c.t.rng);
    emit(c, EventKind::Reshuffle, {}, -1, {}, n);
}

// Draws for the active player. Returns false when the session ended instead.
bool draw_card(Ctx& c) {
    discard_in_play(c);
    if (c.t.draw_pile.empty()) {
        if (c.format.when_empty == WhenEmpty::End || c.t.discard.empty()) {
            end_session(c, EndReason::Empty);
            return false;
        }
        reshuffle(c);
    }
    c.t.in_play = c.t.draw_pile.back();
    c.t.draw_pile.pop_back();
    c.t.turn_card = c.t.in_play;
    ++c.t.cards_played;
    c.t.played.push_back({c.t.in_play, c.t.active, c.t.round});
    emit(c, EventKind::Draw, c.t.in_play, c.t.active);
    return true;
}

void enter_step(Ctx& c) {
    Table& t = c.t;
    const TurnKind kind = c.format.turn[static_cast<std::size_t>(t.step)];
    t.timer = {};
    t.total = {};
    t.talker = -1;
    t.had_piece.clear();
    emit(c, EventKind::Step, {}, -1, std::string(to_string(kind)), t.step);
    switch (kind) {
    case TurnKind::Draw:
        draw_card(c);
        break;
    case TurnKind::Prompt:
        start_timer(c, TimerKind::Prompt, c.format.timers.prompt);
        break;
    case TurnKind::Discussion:
        if (c.format.speaking != Speaking::Open) {
            t.talker = t.active;
            emit(c, EventKind::Speaker, {}, t.talker);
        }
        if (composed_timers(c))
            start_total_timer(c);
        start_discussion_timer(c);
        break;
    case TurnKind::Choose:
        offer_cards(c);
        break;
    case TurnKind::Do:
        start_do_timer(c);
        break;
    }
}

void begin_turn(Ctx& c) {
    ++c.t.turn;
    c.t.step = 0;
    emit(c, EventKind::Turn, {}, c.t.active, {}, c.t.turn);
    enter_step(c);
}

void end_turn(Ctx& c) {
    Table& t = c.t;
    discard_in_play(c);
    t.turn_card.clear();
    t.timer = {};
    t.total = {};
    t.talker = -1;
    t.had_piece.clear();
    // Every end condition is looked at once the turn is over: the first
    // reached ends the session.
    const int cards = c.format.end_limit(EndKind::Cards);
    if (cards > 0 && t.cards_played >= cards)
        return end_session(c, EndReason::Cards);
    if (c.session.time_up)
        return end_session(c, EndReason::Minutes);
    const int n = static_cast<int>(t.seating.size());
    const int next = seat_of_player(t, t.active) + 1;
    if (next >= n) {
        const int rounds = c.format.end_limit(EndKind::Rounds);
        if (rounds > 0 && t.round >= rounds)
            return end_session(c, EndReason::Rounds);
        ++t.round;
        emit(c, EventKind::Round, {}, -1, {}, t.round);
    }
    t.active = t.seating[static_cast<std::size_t>(next % n)];
    begin_turn(c);
}

void advance_step(Ctx& c) {
    if (c.t.step + 1 < static_cast<int>(c.format.turn.size())) {
        ++c.t.step;
        enter_step(c);
    } else {
        end_turn(c);
    }
}

// The next seat after `from`'s seat (or after seat `from_pos` if they left)
// that has not had the talking piece this discussion, or -1.
int next_speaker(const Table& t, int from_pos) {
    const int n = static_cast<int>(t.seating.size());
    for (int k = 1; k <= n; ++k) {
        int id = t.seating[static_cast<std::size_t>((from_pos + k) % n)];
        if (std::find(t.had_piece.begin(), t.had_piece.end(), id) == t.had_piece.end())
            return id;
    }
    return -1;
}

// Round discussion: the talker spoke or passed; the piece moves on.
void speaker_done(Ctx& c, EventKind how) {
    Table& t = c.t;
    emit(c, how, {}, t.talker);
    t.had_piece.push_back(t.talker);
    int next = next_speaker(t, seat_of_player(t, t.talker));
    if (next < 0)
        return advance_step(c);
    t.talker = next;
    emit(c, EventKind::Speaker, {}, t.talker);
    start_discussion_timer(c);
}

// ---------------------------------------------------------------- table moves

Move do_next(Ctx& c) {
    Table& t = c.t;
    if (t.phase == Phase::Setup) {
        if (c.format.mission == MissionRule::Choose && t.mission.empty())
            return Refusal::ChooseMissionFirst;
        t.active = t.seating.front();
        emit(c, EventKind::Started);
        if (!open_session(c))
            begin_turns(c);
        return {};
    }
    if (t.phase == Phase::Opening) {
        begin_turns(c);
        return {};
    }
    if (t.phase == Phase::Closing)
        return closing_speaker_done(c, EventKind::Spoke);
    if (!t.offered.empty())
        return Refusal::ChooseCardFirst;
    if (holds_piece_in_turn(c) && c.format.speaking == Speaking::Round && t.talker >= 0)
        speaker_done(c, EventKind::Spoke);
    else
        advance_step(c);
    return {};
}

Move do_skip(Ctx& c) {
    Table& t = c.t;
    if (t.phase != Phase::Playing)
        return Refusal::NotPlaying;
    if (t.in_play.empty())
        return Refusal::NoCard;
    const bool can_reshuffle = c.format.when_empty == WhenEmpty::Reshuffle && !t.discard.empty();
    if (t.draw_pile.empty() && !can_reshuffle)
        return Refusal::NoOtherCard;
    int draw_step = t.step;
    while (draw_step >= 0 && c.format.turn[static_cast<std::size_t>(draw_step)] != TurnKind::Draw)
        --draw_step;
    if (draw_step < 0)
        return Refusal::NoCard;
    std::string card = std::move(t.in_play);
    t.in_play.clear();
    if (!t.played.empty() && t.played.back().card == card) {
        t.played.pop_back();
        --t.cards_played;
    }
    if (t.draw_pile.empty())
        reshuffle(c);
    t.draw_pile.insert(t.draw_pile.begin(), card);
    emit(c, EventKind::Skipped, card, t.active);
    t.step = draw_step;
    enter_step(c);
    return {};
}

Move do_keep(Ctx& c, const act::Keep& a) {
    Table& t = c.t;
    if (t.phase != Phase::Playing)
        return Refusal::NotPlaying;
    if (a.seat != -1 && !valid_seat(t, a.seat))
        return Refusal::NoSuchSeat;
    if (t.in_play.empty())
        return Refusal::NoCard;
    const int who = a.seat == -1 ? t.active : t.seating[static_cast<std::size_t>(a.seat)];
    t.kept.push_back({t.in_play, who});
    emit(c, EventKind::Kept, t.in_play, who);
    t.in_play.clear();
    return {};
}

Move do_pass(Ctx& c) {
    Table& t = c.t;
    if (t.phase == Phase::Closing)
        return closing_speaker_done(c, EventKind::Passed);
    if (t.phase != Phase::Playing)
        return Refusal::NotPlaying;
    const TurnKind kind = c.format.turn[static_cast<std::size_t>(t.step)];
    if (kind == TurnKind::Prompt) {
        emit(c, EventKind::Passed, {}, t.active);
        advance_step(c);
        return {};
    }
    if (kind != TurnKind::Discussion || t.talker < 0)
        return Refusal::NothingToPass;
    if (c.format.speaking == Speaking::Round) {
        speaker_done(c, EventKind::Passed);
    } else {
        emit(c, EventKind::Passed, {}, t.talker);
        t.had_piece.push_back(t.talker);
        t.talker = -1;
        if (t.timer.kind == TimerKind::Speaker)
            t.timer = {};
    }
    return {};
}

Move do_take(Ctx& c, const act::Take& a) {
    Table& t = c.t;
    if (t.phase != Phase::Playing)
        return Refusal::NotPlaying;
    if (!holds_piece_in_turn(c) || c.format.speaking != Speaking::Popcorn)
        return Refusal::NotPopcorn;
    if (!valid_seat(t, a.seat))
        return Refusal::NoSuchSeat;
    const int who = t.seating[static_cast<std::size_t>(a.seat)];
    if (t.talker == who)
        return Refusal::AlreadyHeld;
    if (t.talker >= 0)
        t.had_piece.push_back(t.talker);
    t.talker = who;
    emit(c, EventKind::Speaker, {}, who);
    if (c.format.timers.speaker > 0)
        start_discussion_timer(c);
    return {};
}

} // namespace hearth::detail
