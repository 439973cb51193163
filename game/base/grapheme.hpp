// Where the caret may stop in UTF-8 text: between user-perceived characters
// (grapheme clusters), so a caret never lands inside "é" written as e + U+0301,
// a flag, or a family emoji joined with U+200D.
//
// This is a compact approximation of UAX #29 (libunibreak 1.1, the Debian 12
// version, has no grapheme breaking): a cluster is a base code point followed
// by combining marks, variation selectors, emoji modifiers, tag characters and
// ZWJ-joined code points; two regional indicators make one flag; CR LF is one.
#pragma once

#include <cstddef>
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
