// Lays out the journal editor's plain text in lines that wrap at a width,
// keeping byte offsets, so the engine can draw the caret, the selection and
// the lines, and the editor can move up and down by visual line.
//
// Pure: widths come from a function (SDL_ttf in the engine, a fixed width in
// tests). Lines break where Unicode allows (libunibreak), a word wider than
// the box breaks between characters, and each newline starts a new line.
//
// Right-to-left text: each paragraph's direction and levels come from the
// bidi algorithm (game/text/bidi.hpp); a line is split into runs of one
// level, put in visual order (rule L2, its trailing blanks at the
// paragraph's level, L1), and a right-to-left paragraph's lines are ranged
// right. Positions stay logical (byte offsets in reading order); x_of,
// pos_at, caret_x and spans answer where they are drawn, so the caret and
// the selection follow the reading order at the place each letter shows.
#pragma once

#include "game/journal/text_editor.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hearth {

// Width in pixels of a piece of one line of text.
using MeasureText = std::function<int(std::string_view utf8)>;

// One visual line: text[begin, end). `end` excludes a newline; a wrapped
// line keeps the spaces it broke after, as part of it.
// A run of one direction: text[begin, end), drawn from `x` (in the box)
// over `width` px, shaped right to left when `rtl`.
struct EditorRun {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool rtl = false;
    int x = 0;
    int width = 0;
};

struct EditorLine {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool wrapped = false;        // the next line continues the same paragraph
    bool rtl = false;            // its paragraph reads right to left (ranged right)
    std::vector<EditorRun> runs; // from left to right; none for an empty line
};

class EditorLayout final : public LineLayout {
public:
    EditorLayout(std::string text, int max_width, MeasureText measure);

    const std::vector<EditorLine>& lines() const { return lines_; }
    const std::string& text() const { return text_; }

    std::size_t line_count() const override { return lines_.size(); }
    std::size_t line_of(std::size_t pos) const override;
    double x_of(std::size_t pos) const override;
    std::size_t pos_at(std::size_t line, double x) const override;
    std::size_t line_first(std::size_t line) const override { return lines_[line].begin; }
    std::size_t line_last(std::size_t line) const override { return visible_end(line); }

    // Where the caret at `pos` is drawn on `line` (pos clamped into it): the
    // leading edge of the letter at `pos` (its right edge in a right-to-left
    // run), at the line's end the trailing edge of the letter before it.
    int caret_x(std::size_t line, std::size_t pos) const;
    // The stretches [x0, x1) that text[from, to) covers on `line`, from left
    // to right (a selection that crosses directions is more than one).
    std::vector<std::pair<int, int>> spans(std::size_t line, std::size_t from,
                                           std::size_t to) const;
    // Whether the paragraph holding `pos` reads right to left.
    bool rtl_at(std::size_t pos) const { return lines_[line_of(pos)].rtl; }

    // x of `pos` measured from the start of `line` in logical order (pos
    // clamped into the line), as if the line were all left to right.
    int x_in_line(std::size_t line, std::size_t pos) const;
    // Where the caret may stand at the end of `line`: before the spaces a
    // wrapped line broke after.
    std::size_t visible_end(std::size_t line) const;

private:
    void wrap_paragraph(std::size_t begin, std::size_t end, int max_width);
    // The runs of the paragraph text_[begin, end)'s lines from `first` on.
    void order_lines(std::size_t first, std::size_t begin, std::size_t end, int max_width);
    int edge(const EditorRun& run, std::size_t pos) const;

    std::string text_;
    MeasureText measure_;
    std::vector<EditorLine> lines_;
};

} // namespace hearth
