// The cards of a deck as a spreadsheet: one row per card, in file order,
// under a header row naming the columns
//   number, id, type, title, subtitle, text, see, tags, art
// The lists `see` and `tags` are written in one cell each, items joined
// with "; " (ids never hold ';'). Card text keeps its line breaks inside
// the quoted cell. See docs/deck-format.md, "Spreadsheets".
#pragma once

#include "game/deck/deck.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// The columns, in the order export writes them.
enum class CardColumn { Number, Id, Type, Title, Subtitle, Text, See, Tags, Art };
inline constexpr std::array<std::string_view, 9> kCardColumnNames{
    "number", "id", "type", "title", "subtitle", "text", "see", "tags", "art"};

// The column's name, which is also the deck key it holds.
std::string_view column_name(CardColumn c);

// The items joined with "; ".
std::string join_list(const std::vector<std::string>& items);
// A cell split at ';', each item trimmed of spaces, empty items dropped.
std::vector<std::string> split_list(std::string_view cell);

// The deck's cards as CSV text, header first. Each list item that would not
// survive the trip back (it holds ';' or starts or ends with a space) adds a
// message to `problems`.
std::string export_cards_csv(const Deck& deck, std::vector<std::string>* problems = nullptr);

} // namespace hearth
