// Updates a deck's cards from a spreadsheet (card_csv.hpp), editing the
// deck text in place so that everything the CSV does not change stays byte
// for byte: comments, blank lines, key order, string styles, the [deck],
// [types] and [formats] tables.
//
// The rules (docs/deck-format.md, "Spreadsheets"):
// - Rows match cards by id. The header names the columns; a column left out
//   leaves that key alone on every card. Row order does not reorder cards.
// - A changed cell rewrites that key's value where it stands; an emptied
//   cell removes an optional key; a newly filled one adds the key.
// - A row whose id is not in the deck is a new card, added after the last
//   card in the order of the CSV.
// - A card with no row is kept and reported, unless delete_missing is set.
// - The result must load with load_deck, or nothing is produced; problems
//   point at the CSV cell that caused them.
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/deck/deck.hpp"
#include "game/deck/deck_loader.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

struct CsvImportOptions {
    bool delete_missing = false; // remove cards the CSV does not list
    char delimiter = 0;          // ',', ';' or '\t'; 0: detect it from the header
    LoadOptions load;            // how the result is checked
};

// What happened to one card.
struct CardChange {
    enum class Kind { Changed, Added, Removed };
    Kind kind = Kind::Changed;
    std::string id;
    std::vector<std::string> keys; // the keys written, for Changed
};

struct CsvImportResult {
    std::optional<std::string> text; // the new deck text; absent on error
    Diagnostics diagnostics;
    std::vector<CardChange> changes;
    bool changed() const { return text && !changes.empty(); }
};

// Applies `csv` (named `csv_file` in diagnostics) to `deck`, which was loaded
// from `deck_text`.
CsvImportResult import_cards_csv(const Deck& deck, std::string_view deck_text, std::string_view csv,
                                 const std::string& csv_file, const CsvImportOptions& options = {});

} // namespace hearth
