// Messages: the words people read, as an id and named arguments. The game
// says which message, and with what; the words themselves are the engine's
// catalogue (engine/words/), so a language is added without touching the game.
//
//   MessageId       every message, one named id each (refusals, why a session
//                   could not start, the summary's lines)
//   MessageArg      a named argument: text, a number, a list of texts, or
//                   another message (a refusal inside a diagnostic)
//   Message         an id and its arguments
//   message_args    the arguments an id carries, by name (the catalogue's
//                   placeholders must be among them; a test checks it)
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hearth {

// Every message. Arguments are listed after each id; message.cpp declares them.
enum class MessageId {
    // Refusals, one per Refusal and in its order (game/session/session.hpp).
    RefusalUnknownFormat,
    RefusalSessionEnded,
    RefusalPaused,
    RefusalNotPaused,
    RefusalAlreadyPaused,
    RefusalNothingToUndo,
    RefusalNothingToRedo,
    RefusalChooseMissionFirst,
    RefusalNotPlaying,
    RefusalNoCard,
    RefusalNoOtherCard,
    RefusalNothingToPass,
    RefusalNotPopcorn,
    RefusalAlreadyHeld,
    RefusalNoSuchSeat,
    RefusalTableFull,
    RefusalLastPlayer,
    RefusalEmptyName,
    RefusalNameTooLong,
    RefusalDuplicateName,
    RefusalNoMissionRule,
    RefusalMissionAlreadySet,
    RefusalNotInSetup,
    RefusalNotAMission,
    RefusalNoBlankType,
    RefusalNotABlankType,
    RefusalEmptyTitle,
    RefusalCardTooLong,
    RefusalNoTimer,
    RefusalBadDuration,
    RefusalNotChoosing,
    RefusalNoSuchChoice,
    RefusalChooseCardFirst,

    // Why a session could not start.
    StartNoFormat,         // deck, format
    StartOtherDeck,        // wanted, deck: the session is for another deck
    StartPlayerCount,      // format, min, max, count
    StartPlayerCountExact, // format, min, max, count: a format seating one number
    StartNameTooLong,      // name, limit (bytes)
    StartDuplicateName,    // name
    StartOwnCardId,        // card: an own card with the id of another card
    StartOwnCardType,      // card, deck, type: an own card of a type the deck lacks

    // Reading a log or a save.
    ReplayRefused, // action, reason (a refusal's message): the replay refuses an action

    // The end-of-session summary (Markdown; text arguments are escaped).
    SummaryTitle,          // format, deck
    SummaryPlayers,        // the label before everyone who sat at the table
    SummaryPlayer,         // name
    SummaryPlayerLeft,     // name
    SummaryCounts,         // rounds, cards, minutes
    SummaryMission,        // the mission's heading
    SummaryMissionCard,    // card
    SummaryOpening,        // the opening card's heading (a format with an opening)
    SummaryOpeningCard,    // card
    SummaryPlayedHeading,  // the cards played heading
    SummaryNonePlayed,     // no cards were played
    SummaryPlayed,         // number, card, player, round
    SummaryPlayedKept,     // number, card, player, round, keeper
    SummaryKeptHeading,    // who kept what
    SummaryKept,           // player, cards (list)
    SummaryWrittenHeading, // cards written at the table
    SummaryWrittenCard,    // card
    SummaryWrittenBy,      // player

    // What an action did, for the screen (feedback(); game/session/session.hpp).
    DidKeep,     // player, card: someone kept the card in play
    DidPass,     // player
    DidSkip,     // player, card: the card went under the pile
    DidUndo,     // move (a Move* id), player, card
    DidRedo,     // move, player, card
    MoveKeep,    // player, card: the move undone or redone, as a noun
    MovePass,    // player
    MoveSkip,    // player, card
    MoveDraw,    // player, card
    MoveSpoke,   // player: a speaker finished
    MoveTake,    // player: took the talking piece
    MoveStart,   // the first turn began
    MoveStep,    // the step moved on
    MoveSeat,    // player: sat down, was renamed or left
    MoveWrite,   // player, card: wrote a card
    MoveMission, // card: the mission was chosen
    MoveEnd,     // the session was ended
    MoveChoose,  // card: the group picked a card of a choose step

    // The table's own words (the engine names these; the game does not).
    TableRound,        // round
    TableRoundOf,      // round, rounds
    TableLastRound,    // round, rounds
    TableTurn,         // turn
    TableTimeLeft,     // time: session time left when a format ends by minutes
    TableTimeUp,       // the format's minutes are up
    TableCardsLeft,    // cards
    TableOneCardLeft,  // one card left
    TableSessionClock, // time: how long the session has run
    TableKeptStatus,   // player: the turn's card was kept
    TableLookMission,  // key: the hint under the mission shown big
    TableLookSee,      // key, number: the hint under a card a reference led to
    TableNoSee,        // the card refers to no other card
    TableNoMission,    // the group has no mission (yet)
    TableTextSize,     // percent: the + and - keys

    // Read aloud (engine/speech): what the voice says and the key's words.
    ReadAloudOn,          // verbosity: the read-aloud key turned it on
    ReadAloudOff,         // the read-aloud key turned it off
    ReadAloudUnavailable, // reason: no voice to speak with (said once)
    ReadCard,             // title, text: a card as read
    ReadTurn,             // player: whose turn it is
    ReadSpeaker,          // player: who holds the talking piece
    ReadMinuteLeft,       // a timer has a minute left
    ReadTimeUp,           // a timer ended
    ReadNoCard,           // asked to read the card, with none on the table
    ReadEmptyEntry,       // asked to read the journal entry, with nothing written
    ReadLevelCards,       // the verbosity that reads only cards
    ReadLevelTurns,       // the verbosity that reads cards and turns
    ReadLevelEverything,  // the verbosity that reads everything
    ReadHelpToggle,       // the help line of the read-aloud key
    ReadHelpAgain,        // the help line of the read-again key
    ReadHelpEntry,        // the solo help line of the key that reads the entry
};

// How many message ids there are.
inline constexpr int kMessageCount = static_cast<int>(MessageId::ReadHelpEntry) + 1;

// One named argument of a message.
struct MessageArg {
    std::string name;
    std::variant<std::string, std::int64_t, std::vector<std::string>, MessageId> value;
    bool operator==(const MessageArg&) const = default;
};

// An id with its arguments: what to say, not how.
struct Message {
    MessageId id{};
    std::vector<MessageArg> args;

    // The argument called `name`, or null.
    const MessageArg* arg(std::string_view name) const;
    bool operator==(const Message&) const = default;
};

// The message's name in code and logs: "refusal.session-ended", "start.no-format", ...
std::string_view to_string(MessageId id);
// The names of the arguments `id` carries.
std::span<const std::string_view> message_args(MessageId id);
// The machine form, for logs and for tests without the catalogue:
// `start.no-format(deck='table', format='nope')`.
std::string to_string(const Message& m);

} // namespace hearth
