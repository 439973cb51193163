// The end-of-session summary's structure: the opening, the mission, the cards played, who
// kept what and the cards written at the table, as sections of messages.
// The words and the Markdown are the engine's (engine/words/summary_markdown.hpp).
#pragma once

#include "game/base/message.hpp"
#include "game/deck/deck.hpp"
#include "game/session/session.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hearth {

// One entry of a section.
struct SummaryEntry {
    Message line;                  // what it says (a Summary* message)
    std::string text;              // a card's own text, Markdown as its author wrote it; or empty
    std::optional<Message> byline; // after the text (SummaryWrittenBy), for written cards
    bool operator==(const SummaryEntry&) const = default;
};

// A section: its heading and its entries, in order.
struct SummarySection {
    Message heading; // SummaryPlayers, SummaryCounts, SummaryMission, SummaryPlayedHeading, ...
    std::vector<SummaryEntry> entries;
    bool operator==(const SummarySection&) const = default;
};

// The whole summary: the title, then the sections in the order they are shown.
// Players and counts always; the opening card (when the session was opened
// with it), the mission, who kept what and the written cards only when there
// are any; the cards played always (SummaryNonePlayed if none).
struct Summary {
    Message title; // SummaryTitle
    std::vector<SummarySection> sections;
    bool operator==(const Summary&) const = default;
};

// The summary of `s`.
Summary summarize(const Deck& deck, const Session& s);
// Whether `s` was opened with its format's opening card (it was shown).
bool opened(const Session& s);

} // namespace hearth
