// How deeply a TOML text nests, measured before toml++ parses it: toml++
// parses nesting by recursion, so a file of 50,000 levels would overflow
// the stack. Internal to the deck's readers.
#pragma once

#include <optional>
#include <string_view>

namespace hearth::detail {

// Deeper than any deck needs (a deck nests four or five levels).
inline constexpr int kMaxTomlNesting = 100;

// Where `text` first nests deeper than kMaxTomlNesting levels (dotted keys,
// table headers, arrays and inline tables all count), as a line and a column
// in bytes, both from 1; none when it stays within.
struct NestingPlace {
    int line = 0;
    int column = 0;
};
std::optional<NestingPlace> too_deep_nesting(std::string_view text);

} // namespace hearth::detail
