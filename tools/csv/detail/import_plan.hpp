// Internal to the CSV import: the edits that bring a deck's text in line
// with the spreadsheet's rows.
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/deck/card_blocks.hpp"
#include "game/deck/deck.hpp"
#include "game/deck/text_edits.hpp"
#include "tools/csv/csv_import.hpp"
#include "tools/csv/detail/card_rows.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace hearth::detail {

struct ImportPlan {
    std::vector<TextEdit> edits;
    std::vector<CardChange> changes;
};

// Card by card: a card with a row is updated from it, one without is removed
// (`delete_missing`) or kept with a warning; then numbers, then the rows the
// deck has no card for are added after the last card. `blocks` are the
// cards' places in `deck_text`, one per card of `deck`.
ImportPlan plan_import(const Deck& deck, std::string_view deck_text,
                       const std::vector<CardBlock>& blocks, const std::vector<CardRow>& rows,
                       const std::string& csv_file, bool delete_missing, Diagnostics& diags);

} // namespace hearth::detail
