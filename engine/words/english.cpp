// The English catalogue: one template per message id, in MessageId's order.
// Placeholders are `{name}`, each an argument the id carries; the summary's
// templates are Markdown (their text arguments are escaped).
#include "engine/words/words.hpp"

#include <iterator>

namespace hearth {
namespace {

constexpr std::string_view kEnglish[] = {
    // refusals: short lower-case phrases; the screen makes them sentences
    "the deck no longer has this session's format",
    "the session is over",
    "the table is paused",
    "the table is not paused",
    "the table is already paused",
    "there is nothing to undo",
    "there is nothing to redo",
    "choose the group's mission first",
    "no turn is in progress",
    "there is no card on the table",
    "there is no other card to draw",
    "there is nothing to pass",
    "the talking piece is taken only in a popcorn discussion",
    "that seat already holds the talking piece",
    "there is no such seat",
    "the table is full",
    "the last player cannot leave",
    "a name cannot be empty",
    "the name is too long",
    "another player has that name",
    "this format has no mission to choose",
    "the mission is already set",
    "the mission is chosen before the first turn",
    "that card is not one of the missions",
    "this deck has no blank cards",
    "that card type is not a blank card type",
    "a card needs a title",
    "the card's title or text is too long",
    "no timer is running",
    "that is not a valid length of time",
    "there are no cards to choose from",
    "there is no card with that number",
    "choose one of the cards first",

    // why a session could not start
    "the deck '{deck}' has no format '{format}'",
    "this session is for the deck '{wanted}', not '{deck}'",
    "the format '{format}' seats {min} to {max} players, not {count}",
    "the format '{format}' seats exactly {max}, not {count}",
    "the name '{name}' is longer than {limit} bytes",
    "two players are named '{name}'",
    "the own card '{card}' has the id of another card",
    "the own card '{card}' has a type the deck '{deck}' does not have: '{type}'",

    // reading a log or a save
    "the replay refuses this {action}: {reason} (is it the same deck?)",

    // the summary (Markdown)
    "# {format} \u2014 {deck}",
    "Players:",
    "{name}",
    "{name} (left)",
    "Rounds: {rounds} \u00b7 Cards played: {cards} \u00b7 Minutes: {minutes}",
    "## Mission",
    "**{card}**",
    "## Opening",
    "**{card}**, read aloud at the start",
    "## Cards played",
    "No cards were played.",
    "{number}. **{card}** \u2014 {player}, round {round}",
    "{number}. **{card}** \u2014 {player}, round {round}; kept by {keeper}",
    "## Who kept what",
    "- **{player}**: {cards}",
    "## Cards written at the table",
    "### {card}",
    "*Written by {player}*",

    // what an action did (a toast on the table)
    "{player} keeps \u2018{card}\u2019",
    "{player} passes",
    "\u2018{card}\u2019 goes under the pile: {player} draws another",
    "Undone: {move}",
    "Redone: {move}",
    "{player}\u2019s keep of \u2018{card}\u2019",
    "{player}\u2019s pass",
    "the skip of \u2018{card}\u2019",
    "{player}\u2019s draw of \u2018{card}\u2019",
    "{player}\u2019s turn to speak",
    "{player} taking the talking piece",
    "the start",
    "the last step",
    "the change of seats ({player})",
    "the card \u2018{card}\u2019",
    "the choice of the mission \u2018{card}\u2019",
    "the end of the session",
    "the choice of \u2018{card}\u2019",

    // the table's own words
    "Round {round}",
    "Round {round} of {rounds}",
    "Last round: {round} of {rounds}",
    "turn {turn}",
    "{time} left",
    "Time is up: last turn",
    "{cards} cards left",
    "Last card",
    "session {time}",
    "{player} keeps this card",
    "The group\u2019s mission  \u00b7  {key} or any key: back to the table",
    "Card {number}, from the card\u2019s \u201csee\u201d line  \u00b7  {key}: the next one  \u00b7 "
    " any other key: back",
    "This card refers to no other card",
    "The group has no mission yet",
    "Text size {percent}%",

    // read aloud: what the voice says, and the read-aloud key's words
    "Read aloud on: {verbosity}",
    "Read aloud off",
    "Read aloud is unavailable: {reason}",
    "{title}. {text}",
    "{player}\u2019s turn",
    "{player} has the talking piece",
    "One minute left",
    "Time is up",
    "There is no card to read",
    "Nothing written yet",
    "cards only",
    "cards and turns",
    "everything",
    "read aloud on and off (the card, whose turn it is)",
    "read the card aloud again",
    "read your entry aloud (F9: read aloud on and off)",
};
static_assert(std::size(kEnglish) == static_cast<std::size_t>(kMessageCount),
              "every message id has its English words");

} // namespace

std::string_view english(MessageId id) {
    const auto i = static_cast<std::size_t>(id);
    return i < std::size(kEnglish) ? kEnglish[i] : std::string_view{};
}

} // namespace hearth
