// The journal's day file: plain Markdown, one file per day, that a person can
// read, grep, edit and sync with their own tools. docs/journal.md describes
// it with an example. In short, each entry Hearth writes is
//
//   <!-- hearth-entry id="2026-11-26T09:14:03" card="12" card-id="..." title="..." deck="..." -->
//   ## 09:14 · 12 · Title
//   (blank line)
//   the text, with any line that starts like "<!-- hearth-" given one more leading "\"
//   (blank line)
//   <!-- hearth-end id="2026-11-26T09:14:03" -->
//
// The comment lines are the only thing the reader trusts (Markdown viewers
// hide them); the heading is for people. Everything outside entries is the
// person's own text and is kept byte for byte.
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/journal/journal_entry.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// An entry found in a day file, with the bytes it spans (from the start of
// its opening marker line to just after its end marker line).
struct EntrySpan {
    JournalEntry entry;
    std::size_t begin = 0, end = 0;
};

// What a day file holds, read as far as it makes sense.
struct ParsedDay {
    std::vector<EntrySpan> entries; // in file order
    Diagnostics diagnostics;        // warnings only: a day file is never "wrong"
};

// Reads a day file's bytes. `file` names it in diagnostics. Never fails:
// anything that is not a well-formed entry is the person's own text.
ParsedDay parse_day(std::string_view bytes, const std::string& file);

// The bytes of one entry, ending with a newline.
std::string render_entry(const JournalEntry& entry);

// The first line Hearth writes in a new day file, followed by a blank line.
std::string render_day_title(Date date);

// The body escaping: a line that starts with any number of "\" and then
// "<!-- hearth-" gets one more "\" (so it can never be read as a marker);
// unescape_body removes it again. Exact inverses.
std::string escape_body(std::string_view text);
std::string unescape_body(std::string_view text);

} // namespace hearth
