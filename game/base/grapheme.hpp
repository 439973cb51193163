// Where the caret may stop in UTF-8 text: between user-perceived characters
// (grapheme clusters), so a caret never lands inside "é" written as e + U+0301,
// a flag, or a family emoji joined with U+200D.
//
// The rules are UAX #29's extended grapheme clusters, from ICU's break
// iterator (libunibreak 1.1, the Debian 12 version, has no grapheme breaks).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace hearth {

// True when `cp` attaches to the code point before it (marks, selectors, ...).
bool is_grapheme_extender(char32_t cp);

// The boundary after the cluster that starts at `pos` (text.size() at the end).
std::size_t next_grapheme(std::string_view text, std::size_t pos);

// The boundary before `pos`: the start of the cluster that ends at `pos` (0 at the start).
std::size_t prev_grapheme(std::string_view text, std::size_t pos);

// True when `pos` is a cluster boundary.
bool is_grapheme_boundary(std::string_view text, std::size_t pos);

} // namespace hearth
