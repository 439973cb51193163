// Spreadsheet import, in three steps:
//   read_table    the CSV: header, rows, cells checked for shape (card_rows.cpp)
//   plan_import   edits to the deck text, card by card, then card numbers,
//                 then new cards (import_plan.cpp)
//   import_cards_csv   applies the edits, loads the result, traces problems
//                 back to CSV cells, and checks every row came through
#include "tools/csv/csv_import.hpp"

#include "game/deck/card_blocks.hpp"
#include "game/deck/text_edits.hpp"
#include "tools/csv/detail/card_rows.hpp"
#include "tools/csv/detail/import_plan.hpp"

#include <unordered_map>

namespace hearth {

using namespace detail;

namespace {

// The loaded card differs from its row: an editing bug, never the user's.
void check_row(const Card& card, const CardRow& row, Diagnostics& diags) {
    auto differs = [&](CardColumn c, const std::string& have) {
        const CsvField* cell = row.cell(c);
        if (cell && cell->text != have)
            diags.error(cell->where, "the deck did not take this cell as written (column '" +
                                         std::string(column_name(c)) +
                                         "'); this is a bug in hearth-deck");
    };
    differs(CardColumn::Type, card.type);
    differs(CardColumn::Title, card.title);
    differs(CardColumn::Subtitle, card.subtitle);
    differs(CardColumn::Text, card.text);
    differs(CardColumn::Art, card.art);
    for (CardColumn c : {CardColumn::See, CardColumn::Tags}) {
        const CsvField* cell = row.cell(c);
        if (cell && split_list(cell->text) != (c == CardColumn::See ? card.see : card.tags))
            differs(c, join_list(c == CardColumn::See ? card.see : card.tags));
    }
    if (row.number && *row.number != card.number)
        differs(CardColumn::Number, std::to_string(card.number));
}

} // namespace

CsvImportResult import_cards_csv(const Deck& deck, std::string_view deck_text, std::string_view csv,
                                 const std::string& csv_file, const CsvImportOptions& options) {
    CsvImportResult result;
    Diagnostics& diags = result.diagnostics;
    std::vector<CsvRow> csv_rows = read_csv(
        csv, csv_file, diags, options.delimiter ? options.delimiter : detect_delimiter(csv));
    std::vector<CardRow> rows;
    if (diags.has_errors() || !read_table(csv_rows, csv_file, rows, diags))
        return result;
    auto blocks = find_card_blocks(deck_text);
    std::string deck_file = deck.file.generic_string();
    if (!blocks || blocks->size() != deck.cards.size()) {
        diags.error({deck_file, 0, 0}, "the deck's cards could not be located in its text");
        return result;
    }

    ImportPlan plan =
        plan_import(deck, deck_text, *blocks, rows, csv_file, options.delete_missing, diags);
    if (diags.has_errors())
        return result;

    EditedText edited(deck_text, std::move(plan.edits));
    LoadResult loaded = load_deck_text(edited.text(), deck.folder, options.load);
    for (const Diagnostic& d : loaded.diagnostics.all()) {
        if (auto cause = edited.cause_of(d.where.line)) {
            diags.add({d.severity, *cause, d.message});
        } else if (d.severity == Severity::Error) {
            SourcePos at{deck_file, edited.original_line(d.where.line), d.where.column};
            diags.error(at, d.message + " (after the import)");
        }
    }
    if (!loaded.ok())
        return result;
    std::unordered_map<std::string_view, const Card*> by_id; // Deck::find_card is a scan
    for (const Card& c : loaded.deck->cards)
        by_id.emplace(c.id, &c);
    for (const CardRow& row : rows)
        if (auto it = by_id.find(row.id()); it != by_id.end())
            check_row(*it->second, row, diags);
    if (diags.has_errors())
        return result;
    result.text = edited.text();
    result.changes = std::move(plan.changes);
    return result;
}

} // namespace hearth
