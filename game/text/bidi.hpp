// Right-to-left text: the Unicode bidirectional algorithm (UAX #9), through
// FriBidi. A paragraph's embedding levels come from FriBidi; a line is
// reordered here, run by run (rule L2), so the text layout can break lines in
// logical order first and the painter shapes each run in its own direction
// (HarfBuzz puts an RTL run's glyphs right to left and mirrors its brackets).
//
// Pure: no SDL.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// A paragraph's base direction: from its first strong letter, or given.
enum class TextDirection { Auto, LeftToRight, RightToLeft };

// Whether `language` (ISO 639, a region ignored) is written right to left:
// Arabic, Hebrew, Persian, Urdu, Yiddish, ... A paragraph of such a deck with
// no strong letter (only digits, say) is set right to left.
bool language_is_rtl(std::string_view language);

// Whether `text` has a character that could make it anything but plain left
// to right (a right-to-left letter or a directional mark). False spares the
// analysis: such text is one left-to-right run.
bool may_be_rtl(std::string_view text);

// The bidi analysis of a paragraph: its base direction and one embedding
// level a byte (even: left to right, odd: right to left).
struct BidiParagraph {
    bool rtl = false;                  // the base direction
    std::vector<unsigned char> levels; // per byte of the text; empty: all 0
    // The level of the byte at `i`.
    unsigned char level(std::size_t i) const { return levels.empty() ? 0 : levels[i]; }
};

// Analyses a paragraph (UTF-8). Auto takes the first strong letter's
// direction, else `fallback_rtl`'s.
BidiParagraph bidi_paragraph(std::string_view text, TextDirection base = TextDirection::Auto,
                             bool fallback_rtl = false);

// The visual order of a line's runs, given their levels in logical order
// (rule L2): index k of the result is the logical index of the k-th run from
// the left.
std::vector<std::size_t> visual_order(const std::vector<unsigned char>& levels);

// A stretch of a line at one level: bytes [begin, end) of the line.
struct BidiRun {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool rtl = false; // shaped right to left
};

// One line on its own (a name, a label): its runs from left to right, the
// trailing white space at the base level (rule L1).
std::vector<BidiRun> bidi_runs(std::string_view line, TextDirection base = TextDirection::Auto);

// The line's code points as they appear from left to right (each
// right-to-left run reversed, its brackets mirrored): what a reader sees,
// before shaping. For tests and diagnostics.
std::u32string visual_text(std::string_view line, TextDirection base = TextDirection::Auto);

} // namespace hearth
