// The actions people take at a table, and why one can be refused: a closed
// set of types (std::variant) and an enumerated list of reasons. Part of the
// session's interface (game/session/session.hpp includes it).
#pragma once

#include "game/base/message.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace hearth {

// ---------------------------------------------------------------- actions

// Seats in actions are positions in the seating order, from 0.
namespace act {
struct Next { // advance the step (draw, prompt done, speaker done, ...)
    bool operator==(const Next&) const = default;
};
struct Back { // undo the last step
    bool operator==(const Back&) const = default;
};
struct Redo { // redo what Back undid
    bool operator==(const Redo&) const = default;
};
struct Skip { // put the card under the pile and draw another
    bool operator==(const Skip&) const = default;
};
struct Keep {      // "I'll do this one": the card goes to a seat
    int seat = -1; // -1: the active player
    bool operator==(const Keep&) const = default;
};
struct Pass { // the holder of the prompt or talking piece passes
    bool operator==(const Pass&) const = default;
};
struct Take { // popcorn: a seat takes the talking piece
    int seat = 0;
    bool operator==(const Take&) const = default;
};
struct Pause { // stop the clock; the table is frozen
    bool operator==(const Pause&) const = default;
};
struct Resume { // start the clock again
    bool operator==(const Resume&) const = default;
};
struct Extend { // add time to the running step timer
    std::int64_t ms = 0;
    bool operator==(const Extend&) const = default;
};
struct AddPlayer {    // a player sits down
    std::string name; // empty: "Player N"
    int at = -1;      // seat to sit at; -1: after the last seat
    bool operator==(const AddPlayer&) const = default;
};
struct RenamePlayer {
    int seat = 0;
    std::string name;
    bool operator==(const RenamePlayer&) const = default;
};
struct RemovePlayer { // a player leaves; their kept cards stay theirs
    int seat = 0;
    bool operator==(const RemovePlayer&) const = default;
};
struct ChooseMission { // set the group's mission (formats with mission = "choose")
    std::string card;
    bool operator==(const ChooseMission&) const = default;
};
struct WriteCard { // write a blank card: it joins the session's cards
    std::string title;
    std::string text;
    std::string type; // a type with blank = true; empty: the deck's first such type
    int seat = -1;    // the author; -1: the active player
    bool operator==(const WriteCard&) const = default;
};
struct EndSession { // the host ends the session
    bool operator==(const EndSession&) const = default;
};
struct Tick { // time passed, in milliseconds
    std::int64_t ms = 0;
    bool operator==(const Tick&) const = default;
};
struct Choose {    // the group picks one of the cards a choose step laid out
    int index = 0; // from 0, left to right
    bool operator==(const Choose&) const = default;
};
} // namespace act

// Everything people can do to a session.
using Action = std::variant<act::Next, act::Back, act::Redo, act::Skip, act::Keep, act::Pass,
                            act::Take, act::Pause, act::Resume, act::Extend, act::AddPlayer,
                            act::RenamePlayer, act::RemovePlayer, act::ChooseMission,
                            act::WriteCard, act::EndSession, act::Tick, act::Choose>;

// The action's name as the log writes it: "next", "back", "keep", ...
std::string_view action_name(const Action& a);

// Why an action was not applied. The session is left exactly as it was.
enum class Refusal {
    UnknownFormat,      // the deck has no format with the session's format id (reloaded?)
    SessionEnded,       // the session is over; only back works
    Paused,             // the table is paused; resume first
    NotPaused,          // resume while the clock runs
    AlreadyPaused,      // pause while already paused
    NothingToUndo,      // back with an empty undo stack
    NothingToRedo,      // redo with nothing undone
    ChooseMissionFirst, // next before the group chose its mission
    NotPlaying,         // the action needs a turn in progress
    NoCard,             // skip or keep with no card on the table
    NoOtherCard,        // skip with no other card to draw instead
    NothingToPass,      // pass when there is no prompt or talking piece
    NotPopcorn,         // take outside a popcorn discussion
    AlreadyHeld,        // take by the seat already holding the piece
    NoSuchSeat,         // a seat number outside the table
    TableFull,          // add beyond the format's (or 12) seats
    LastPlayer,         // remove the only seat
    EmptyName,          // a name with nothing printable in it
    NameTooLong,        // a name longer than 60 bytes
    DuplicateName,      // a name another present player has
    NoMissionRule,      // choose mission in a format without mission = "choose"
    MissionAlreadySet,  // choose mission once it is set (undo to change it)
    NotInSetup,         // choose mission once the first turn has begun
    NotAMission,        // choose mission with a card that is not of the mission type
    NoBlankType,        // write card in a deck without a type with blank = true
    NotABlankType,      // write card naming a type without blank = true
    EmptyTitle,         // write card without a title
    CardTooLong,        // write card with a title over 200 or text over 4000 bytes
    NoTimer,            // extend with no step timer
    BadDuration,        // tick or extend by zero, negative or absurd time
    NotChoosing,        // choose outside a choose step
    NoSuchChoice,       // choose a card by a number the step did not lay out
    ChooseCardFirst,    // next while the choose step's cards wait to be picked
};

// The refusal as a message for the screen; its words are in the engine's
// catalogue (a short lower-case phrase in English).
Message message_of(Refusal r);
// The refusal's name in code and logs: "session-ended", ...
std::string_view to_string(Refusal r);

} // namespace hearth
