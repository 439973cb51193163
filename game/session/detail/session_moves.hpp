// Shared by the session's rule files (session_rules.cpp, playing the table;
// session_edits.cpp, editing it; session_apply.cpp, applying actions); not
// part of the public API.
#pragma once

#include "game/deck/deck.hpp"
#include "game/session/session.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hearth::detail {

// What a table move works on: the session as it was, and a copy of its table.
struct Ctx {
    const Deck& deck;
    const Format& format;
    const Session& session;
    Table& t;
    std::vector<Event>& events;
};

// A table move's result: nothing, or why it was refused.
using Move = std::optional<Refusal>;

// The seat position of a player id, or -1 if they left.
int seat_of_player(const Table& t, int player);
// The name of a player id.
const std::string& name_of(const Table& t, int player);
// Whether `seat` is a seat position of the table.
bool valid_seat(const Table& t, int seat);
// Records an event; with a player, their seat and name.
void emit(Ctx& c, EventKind k, std::string card = {}, int player = -1, std::string text = {},
          std::int64_t value = 0);
// The seat after `from_pos` that has not had the piece this discussion, as a
// player id, or -1.
int next_speaker(const Table& t, int from_pos);
// Starts the discussion's timer: per speaker, or for the whole discussion.
void start_discussion_timer(Ctx& c);
// Goes on to the next step of the turn (or the next turn).
void advance_step(Ctx& c);

// Starts the step timer of `kind` for `seconds` (none when 0).
void start_timer(Ctx& c, TimerKind kind, int seconds);
// The card in play goes to the discard.
void discard_in_play(Ctx& c);
// The discard is shuffled back into the draw pile.
void reshuffle(Ctx& c);
// The choose step begins: its cards are laid face up (session_choose.cpp).
// Returns false when the session ended instead (nothing left to lay out).
bool offer_cards(Ctx& c);
// The do step begins: the turn's card's minutes on the timer.
void start_do_timer(Ctx& c);

// The turn of the active player begins at its first step.
void begin_turn(Ctx& c);

// The opening and the closing (session_bookends.cpp). open_session: leaving
// set-up, the opening card is shown; false when the format has none.
bool open_session(Ctx& c);
// The first round's first turn begins.
void begin_turns(Ctx& c);
// Whether ending the turns now goes to the format's closing round.
bool closes_with_round(const Ctx& c);
// The closing round begins: the turns ended for `why`.
void begin_closing(Ctx& c, EndReason why);
// The closing's speaker spoke or passed (`how`); the piece moves on, and
// after the last seat the session ends. NothingToPass when nobody holds it.
Move closing_speaker_done(Ctx& c, EventKind how);
// The piece of the closing round goes to the seat after `from_pos` that has
// not spoken, or the session ends.
void pass_closing_piece(Ctx& c, int from_pos);

// An event with no seat.
Event event(EventKind k, std::string text = {}, std::int64_t value = 0);
// Ends the session for `why`; while playing a format with a closing round,
// that round begins instead (and ends the session after the last seat).
void end_session(Ctx& c, EndReason why);

// The table moves, one per undoable action.
Move do_next(Ctx& c);
Move do_skip(Ctx& c);
Move do_keep(Ctx& c, const act::Keep& a);
Move do_pass(Ctx& c);
Move do_take(Ctx& c, const act::Take& a);
Move do_add(Ctx& c, const act::AddPlayer& a);
Move do_rename(Ctx& c, const act::RenamePlayer& a);
Move do_remove(Ctx& c, const act::RemovePlayer& a);
Move do_choose_mission(Ctx& c, const act::ChooseMission& a);
Move do_write(Ctx& c, const act::WriteCard& a);
Move do_choose(Ctx& c, const act::Choose& a);
// Sets the group's mission to `card` (laid out at `index`, or -1 when it was
// not): the set-up's choose step ends, the other missions go back out of play.
void settle_mission(Ctx& c, const std::string& card, int index);

} // namespace hearth::detail
