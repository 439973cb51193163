// A session: one sitting of a table of players (or one person alone) playing
// a format of a deck. Plain data and pure functions: no SDL, no clock, no
// globals. The engine reads the state and feeds it actions.
//
//   Table        the game position: seats, piles, step, timer, random state
//   Session      a Table plus what is not undone: pause, session time,
//                the undo/redo stacks and the log
//   Action       the closed set of things people can do (action.hpp)
//   Refusal      why an action was not applied, one named reason each
//   Event        what an action caused, as the log records it (event.hpp)
//   apply        Session x Action -> Session or Refusal
//   start_session  a new session from a deck, a format, names and a seed
//
// Time enters only as the Tick action, in whole milliseconds, so timers are
// exact and a session replays from its seed and its log. See docs/session.md.
#pragma once

#include "game/base/rng.hpp"
#include "game/deck/deck.hpp"
#include "game/session/action.hpp"
#include "game/session/event.hpp"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hearth {

// ---------------------------------------------------------------- the table

// Two cards are equal when everything but their source position is. (Here, not
// in deck.hpp, because only sessions compare cards; written cards have no file.)
bool operator==(const Card& a, const Card& b);

// Where the session stands as a whole.
// (Opening and Closing came later; they are last so the others keep their values.)
enum class Phase {
    Setup,   // seated, mission being chosen (rules 3: laid out as `offered`); `next` starts
    Playing, // turns are being played
    Ended,   // the format's end was reached or the host ended it
    Opening, // the format's opening card is read aloud; `next` starts the first turn
    Closing, // the format's closing round: each seat in turn, then the summary
};

// Why a session ended.
enum class EndReason { None, Host, Rounds, Cards, Minutes, Empty };

// Which timer is running, if any.
enum class TimerKind { None, Prompt, Speaker, Discussion, Do };

// The step timer. Expiry is shown, never acted on: the step does not advance
// by itself, because a table should not cut a person off mid-sentence.
struct Timer {
    TimerKind kind = TimerKind::None;
    std::int64_t total_ms = 0;     // length of this timer, with extensions
    std::int64_t remaining_ms = 0; // counts down to 0
    std::int64_t overtime_ms = 0;  // time past expiry
    bool expired = false;
    bool operator==(const Timer&) const = default;
};

// Everyone who has sat at the table; an id is an index into Table::players.
struct Player {
    std::string name;
    bool present = true; // false once they left
    bool operator==(const Player&) const = default;
};

// A card someone said they will do.
struct KeptCard {
    std::string card;
    int player = 0; // player id
    bool operator==(const KeptCard&) const = default;
};

// A card that was drawn and played (not skipped), in order.
struct PlayedCard {
    std::string card;
    int player = 0; // player id of who drew it
    int round = 0;
    bool operator==(const PlayedCard&) const = default;
};

// The game position. Everything undo restores lives here.
struct Table {
    Phase phase = Phase::Setup;
    EndReason end_reason = EndReason::None;
    std::vector<Player> players; // everyone who has sat down, by id
    std::vector<int> seating;    // player ids of the present players, in seat order
    int active = 0;              // player id whose turn it is
    int talker = -1;             // player id holding the talking piece, or -1
    std::vector<int> had_piece;  // player ids who had the piece this discussion
    int step = 0;                // index into the format's turn, while playing
    int turn = 0;                // turns begun, from 1
    int round = 0;               // from 1 once playing; a round is a turn for every seat
    int cards_played = 0;        // cards drawn and not skipped

    // The places a card can be. Every card of the session is in exactly one.
    std::vector<std::string> draw_pile; // back() is the top
    std::vector<std::string> discard;   // back() is the top
    std::string in_play;                // the revealed card on the table, or empty
    std::vector<std::string> offered;   // a choose step's cards face up, left to right
    std::vector<KeptCard> kept;
    std::string mission; // the group's mission card, or empty
    std::string opening; // the format's opening card (read before the first turn), or empty
    std::vector<std::string> out_of_play;

    std::string turn_card;          // the card this turn is about (in play or kept), or empty
    std::vector<PlayedCard> played; // history, for the summary
    std::vector<Card> written;      // cards written at the table (type with blank = true)
    std::vector<int> written_by;    // player id of each written card's author
    Timer timer;
    // The whole discussion's timer when it runs beside the per-speaker one
    // (rules 2: a discussion with both a speaker and a discussion time).
    Timer total;
    Rng rng;

    bool operator==(const Table&) const = default;
};

std::string_view to_string(Phase p);     // "setup", "playing", "ended", "opening", "closing"
std::string_view to_string(EndReason r); // "none", "host", "rounds", "cards", "minutes", "empty"
std::string_view to_string(TimerKind k); // "none", "prompt", "speaker", "discussion", "do"

// ---------------------------------------------------------------- the session

// The rules a session is played under, written in its log and save as the
// start's "version": 1, the first rules; 2 adds the discussion's total
// beside the per-speaker timer and a format's `advance = "timer"`; 3 lays
// the missions of `mission = "choose"` face up at set-up as a choose step.
// A log or save without one was played under 1 and replays under 1.
inline constexpr int kRulesVersion = 3;
// The most missions the set-up's choose step lays face up (deck order).
inline constexpr std::size_t kMaxMissionsOffered = 8;

// How a session was started: with the log, enough to replay it.
struct SessionStart {
    std::uint64_t seed = 0;
    std::string deck;   // deck id
    std::string format; // format id
    std::vector<std::string> players;
    std::vector<std::string> seen; // card ids seen in earlier sessions: drawn last
    std::vector<Card> own = {};    // the user's own cards (written earlier): join the draw pile
    std::string first = {};        // drawn first if in the pile (solo: the card of the day)
    int rules = kRulesVersion;     // the rules it is played under (kRulesVersion)
    bool operator==(const SessionStart&) const = default;
};

// Undo keeps this many earlier tables; older ones are forgotten.
inline constexpr std::size_t kUndoLimit = 200;
// The longest a session's clock or a timer runs (a hundred years): the clock
// saturates there, and a save holding more is refused, so no time arithmetic
// can overflow.
inline constexpr std::int64_t kMaxClockMs = 100LL * 365 * 24 * 3600 * 1000;
// The most players a table has ever had, present or gone (each joining adds one).
inline constexpr std::size_t kMaxPlayersEver = 1000;

struct Session {
    SessionStart start;
    Table table;
    bool paused = false;
    std::int64_t elapsed_ms = 0; // session time, pauses excluded
    bool time_up = false;        // end = { minutes } reached; ends with the current turn
    std::deque<Table> undo;      // earlier tables, most recent at the back
    std::vector<Table> redo;     // undone tables, most recent at the back
    std::vector<LogEntry> log;

    bool operator==(const Session&) const = default;
};

// Why a session could not start: one of the Start* messages.
struct StartError {
    Message message;
};

// The fewest and most players `f` seats: its player range, within a table's 1 to 12.
int min_seats(const Format& f);
int max_seats(const Format& f);
// Whether `f` seats `n` players.
bool seats(const Format& f, int n);
// The first format of `deck` that seats `n` players (with `one_seat`, only
// formats for one person), or null.
const Format* first_format_seating(const Deck& deck, int n, bool one_seat);

// How a new session of `format` starts: `players` by name, or `count`
// players named "Player N" when `players` is empty; the deck's id, the seed
// and the user's own cards.
SessionStart new_session_start(const Deck& deck, std::string_view format,
                               std::vector<std::string> players, int count, std::uint64_t seed,
                               std::vector<Card> own = {});

// A new session in the Setup phase: seats named (empty names become
// "Player N"), the draw pile of the format's types shuffled from `seed` with
// cards not in `seen` on top, the mission drawn when the format says so.
// The user's own cards in `start.own` are shuffled into the draw pile, and
// `start.first`, when it is one of the pile's cards, goes on top.
std::variant<Session, StartError> start_session(const Deck& deck, const SessionStart& start);
// As above with `count` default-named players.
std::variant<Session, StartError> start_session(const Deck& deck, std::string_view format,
                                                int count, std::uint64_t seed);

// The result of apply: the next session, or why not.
using Applied = std::variant<Session, Refusal>;

// Pure: `session` after `action`, or the refusal.
Applied apply(const Deck& deck, const Session& session, const Action& action);
// In place, for the frame loop: applies `action` to `session`, or leaves it
// untouched and returns the refusal. Same rules as apply.
std::optional<Refusal> apply_in_place(const Deck& deck, Session& session, const Action& action);

// ---------------------------------------------------------------- for the screen

// The step the table is at.
struct StepView {
    Phase phase = Phase::Setup;
    std::optional<TurnKind> kind; // while playing
    int index = 0;                // into the format's turn
    int count = 0;                // steps in a turn
};

enum class TimerState { None, Running, Paused, Expired };

struct TimerView {
    TimerKind kind = TimerKind::None;
    TimerState state = TimerState::None;
    std::int64_t remaining_ms = 0;
    std::int64_t total_ms = 0;
    std::int64_t overtime_ms = 0;
    int remaining_seconds() const { return static_cast<int>((remaining_ms + 999) / 1000); }
};

struct PileCounts {
    int draw = 0;
    int discard = 0;
    int kept = 0;
    int out_of_play = 0;
    int written = 0;
};

// The session's format in `deck`, or null when the deck no longer has it.
const Format* format_of(const Deck& deck, const Session& s);
StepView current_step(const Deck& deck, const Session& s);
// A card of the session by id: the deck's, one of the user's own, or one
// written at the table.
const Card* find_session_card(const Deck& deck, const Session& s, std::string_view id);
// The cards a choose step laid out, left to right (empty outside one).
const std::vector<std::string>& offered_cards(const Session& s);
// The card the turn is about, or null.
const Card* current_card(const Deck& deck, const Session& s);
// The group's mission card, or null.
const Card* mission_card(const Deck& deck, const Session& s);
// The format's opening card, or null when the format has no opening.
const Card* opening_card(const Deck& deck, const Session& s);
// Names of the present players in seat order.
std::vector<std::string> seat_names(const Session& s);
// Seat position of the active player.
int active_seat(const Session& s);
// Seat position holding the talking piece, or -1.
int talking_seat(const Session& s);
// Seat position of a player id, or -1 if they left.
int seat_of_player(const Session& s, int player);
TimerView timer_view(const Session& s);
// The whole discussion's timer when it runs beside a per-speaker one; its
// state is None otherwise.
TimerView total_timer_view(const Session& s);
PileCounts pile_counts(const Session& s);
int round_number(const Session& s);
bool can_undo(const Session& s);
bool can_redo(const Session& s);
// Cards written at the table, for the engine to save as the user's own.
const std::vector<Card>& written_cards(const Session& s);

// What a seat shows besides its name, for everyone to see who did what.
struct SeatState {
    std::vector<std::string> kept; // card ids this seat's player kept, in order
    bool spoke = false;            // had the talking piece this discussion and spoke
    bool passed = false;           // had it this discussion and passed
    bool holds_piece = false;      // holds the talking piece now
    bool active = false;           // whose turn it is
};
// One state per seat, in seat order.
std::vector<SeatState> seat_states(const Session& s);

// Where the session stands against the format's end.
struct ProgressView {
    int round = 0;             // from 1 once playing
    int rounds = 0;            // the format ends after this many rounds; 0: not by rounds
    bool last_round = false;   // by rounds: this is the last one; by minutes: time is up
    int cards_left = -1;       // by cards: cards still to be drawn before the end; else -1
    std::int64_t left_ms = -1; // by minutes: session time left (0 once up); else -1
    std::int64_t elapsed_ms = 0;
    bool long_format = false; // ends by 30 minutes or more, or by the host: show a clock
};
ProgressView progress(const Deck& deck, const Session& s);

// What the last applied action did, in words for the screen: a keep, a pass,
// a skip, an undo or a redo (naming the move undone or redone); nullopt for
// actions whose result the table shows by itself (next, take, the clock).
std::optional<Message> feedback(const Deck& deck, const Session& s);
// The move the next back would undo (or, with `redo`, the next redo would
// redo), as a Move* message naming its player and card; nullopt when none.
std::optional<Message> move_on_stack(const Deck& deck, const Session& s, bool redo);

// Every card of the session in exactly one place, one active present player,
// indexes in range. Returns what is wrong, or nullopt. For tests and loading.
std::optional<std::string> check_invariants(const Deck& deck, const Session& s);

// The card of the day: the same for everyone on a date, from the types with
// reflective = true (a hash of the date, never the clock). Empty if none.
std::string card_of_the_day(const Deck& deck, int year, int month, int day);

} // namespace hearth
