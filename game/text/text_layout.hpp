// Text layout for card text: Unicode line breaking (libunibreak), soft
// hyphens, right-to-left paragraphs (FriBidi, bidi.hpp), bullets and
// numbered items with a hanging indent, and the search for the largest font
// size at which a text fits its box.
//
// Pure: no SDL. Widths come from a TextMeasurer, so tests can use a fake one
// and the table uses SDL_ttf (shaped by HarfBuzz).
#pragma once

#include "game/deck/card_text.hpp"

#include <string>
#include <vector>

namespace hearth {

// Bold and italic, as card text marks them.
struct TextStyle {
    bool bold = false;
    bool italic = false;
    bool operator==(const TextStyle&) const = default;
};

// Vertical metrics of a font at one pixel size.
struct LineMetrics {
    int ascent = 0;    // baseline to top
    int line_skip = 0; // baseline to baseline
};

// Measures text in the fonts that will draw it.
class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    // Advance width in pixels of `utf8` set in `style` at `px`.
    virtual int width(std::string_view utf8, TextStyle style, int px) = 0;
    // Line metrics at `px` (the regular face's).
    virtual LineMetrics metrics(int px) = 0;
};

// A piece of text in one style at a place: x from the box's left, y of the
// line's top from the box's top.
struct PlacedRun {
    std::string text;
    TextStyle style;
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;   // the line's height
    bool rtl = false; // shaped right to left (a run of Arabic or Hebrew)
};

enum class TextAlign { Left, Center, Right };

// How to set a text: size, spacing, alignment.
struct LayoutParams {
    int px = 16;       // font size in pixels
    int max_width = 0; // box width
    TextAlign align = TextAlign::Left;
    double paragraph_gap = 0.45; // extra space between blocks, in font sizes
    double line_spacing = 1.0;   // multiplies the font's line skip
    std::string language;        // ISO 639 code for line-breaking tailoring
    bool keep_words = false;     // fit_text: a size that cuts a word fits only as the last resort
};

// A laid-out text.
struct TextLayout {
    std::vector<PlacedRun> runs;
    int px = 0;
    int width = 0;  // widest line
    int height = 0; // from the first line's top to the last line's bottom
    int lines = 0;
    bool overflow = false;   // some unbreakable piece is wider than the box
    bool split_word = false; // a word too wide for a line was cut between its letters
};

// Lays out `text` in a box `params.max_width` wide. Lines break in reading
// order; each is then reordered by the bidi algorithm, and a paragraph that
// reads right to left (its first strong letter's, else the language's
// direction) is ranged right, list markers on the right. A soft hyphen
// (U+00AD) is invisible, but where a line breaks at it, shown as a hyphen.
TextLayout layout_text(const CardText& text, TextMeasurer& measurer, const LayoutParams& params);

// The result of a size search.
struct TextFit {
    TextLayout layout;
    bool fits = false; // fits at layout.px, which is >= min_px
};

// Finds the largest size in [min_px, max_px] at which `text` fits a box of
// `box_w` x `box_h` (binary search). When even min_px does not fit, returns
// the layout at min_px with fits = false.
TextFit fit_text(const CardText& text, TextMeasurer& measurer, LayoutParams params, int box_w,
                 int box_h, int min_px, int max_px, int max_lines = 0);

} // namespace hearth
