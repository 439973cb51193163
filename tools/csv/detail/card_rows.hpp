// Internal to the CSV import: the spreadsheet's rows as cards' cells.
#pragma once

#include "game/base/diagnostic.hpp"
#include "tools/csv/card_csv.hpp"
#include "tools/csv/csv.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::detail {

constexpr std::size_t kColumns = kCardColumnNames.size();

// One data row: its cells by column, absent where the header has no such column.
struct CardRow {
    std::array<const CsvField*, kColumns> cells{};
    SourcePos where;
    std::optional<int> number; // a filled number cell, checked

    const CsvField* cell(CardColumn c) const { return cells[static_cast<int>(c)]; }
    std::string_view id() const { return cell(CardColumn::Id)->text; }
};

// The header and data rows of the CSV, checked for shape (each problem a
// diagnostic at its cell); false when the table cannot be used.
bool read_table(const std::vector<CsvRow>& rows, const std::string& file, std::vector<CardRow>& out,
                Diagnostics& diags);

} // namespace hearth::detail
