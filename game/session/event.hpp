// What an applied action caused, as the log records it. Part of the
// session's interface (game/session/session.hpp includes it).
#pragma once

#include "game/session/action.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// ---------------------------------------------------------------- the log

// What an action caused, in order. Fields not used by a kind stay empty/-1/0.
enum class EventKind {
    Started,       // the session began: its opening, or else its first turn
    Draw,          // card, seat, player: the active player drew a card
    Reshuffle,     // value: discarded cards shuffled back into the draw pile
    Skipped,       // card: went under the draw pile
    Kept,          // card, seat, player
    Discarded,     // card
    Mission,       // card: the group's mission
    Step,          // text: the step kind ("draw", "prompt", "discussion"), value: its index
    Turn,          // seat, player: whose turn; value: the turn number
    Round,         // value: the round number
    Speaker,       // seat, player: holds the talking piece
    Spoke,         // seat, player: finished speaking
    Passed,        // seat, player: passed
    TimerStarted,  // text: "prompt", "speaker" or "discussion"; value: milliseconds
    TimerExpired,  // text: the timer's kind
    TimerExtended, // value: milliseconds added
    TimeUp,        // the format's minutes are up; the session ends with this turn
    Ended,         // text: the reason ("host", "rounds", "cards", "minutes", "empty")
    PlayerAdded,   // seat, player
    PlayerRenamed, // seat, player: the new name; text: the old name
    PlayerLeft,    // seat, player
    Written,       // card, seat, player (the author); text: the title
    Undone,        // the table went back one step
    Redone,        // the table went forward one step
    Paused,
    Resumed,
    Advanced, // text: the timer whose end moved the table on (advance = "timer")
    Offered,  // card; value: its place from 0: a choose step laid it face up
    Chosen,   // card, seat, player (whose turn); value: its place: the group picked it
    Returned, // card: a card not picked went back under the draw pile
    Opening,  // card: the format's opening card is read aloud (before the first turn)
    Closing,  // text: why the turns ended: the closing round begins
};

struct Event {
    EventKind kind = EventKind::Started;
    std::string card;
    int seat = -1;
    std::string player;
    std::string text;
    std::int64_t value = 0;
    bool operator==(const Event&) const = default;
};

// The log's "type" of an event kind: "draw", "turn", "timer-expired", ...
std::string_view to_string(EventKind k);

// One applied action and what it caused.
struct LogEntry {
    Action action;
    std::vector<Event> caused;
    bool operator==(const LogEntry&) const = default;
};

} // namespace hearth
