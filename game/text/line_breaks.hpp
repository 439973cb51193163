// Where UTF-8 text may break into lines (UAX #14), through libunibreak: one
// LINEBREAK_* value per byte, as set_linebreaks_utf8 gives them. The card
// layout and the journal editor both ask here.
#pragma once

#include <string_view>
#include <vector>

namespace hearth {

// Debian 12's libunibreak (1.1) aborts on a regional indicator (one half of
// a flag emoji such as 🇵🇹) anywhere but alone at the start of the text.
// Each one is handed to it as an emoji of the same length, which breaks
// like an ideograph, and the two halves of a flag are kept together (UAX
// #14 rule LB30a), so a flag breaks as one picture.
std::vector<char> line_breaks(std::string_view text, const char* language = nullptr);

} // namespace hearth
