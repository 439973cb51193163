// Looking back over the journal: every entry newest first, grouped by card,
// and short excerpts for lists. Pure helpers over what Journal reads.
#pragma once

#include "game/journal/journal.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// Every entry in the journal, newest first, with the warnings met on the way.
struct AllEntries {
    std::vector<JournalEntry> entries;
    Diagnostics diagnostics;
};
AllEntries read_all_entries(const Journal& journal);

// The entries about one card, newest first.
struct CardGroup {
    std::string deck_id;
    std::string card_id;
    std::string card_title; // as the newest entry names it
    int card_number = 0;
    std::vector<JournalEntry> entries;
};

// Groups `newest_first` by deck and card, ordered by card number (then id).
std::vector<CardGroup> group_by_card(const std::vector<JournalEntry>& newest_first);

// The start of `text` on one line, at most `max_chars` characters, cut at a
// character boundary (preferably a space) and marked with "…" when cut.
std::string excerpt(std::string_view text, std::size_t max_chars);

} // namespace hearth
