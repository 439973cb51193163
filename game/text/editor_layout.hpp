// Lays out the journal editor's plain text in lines that wrap at a width,
// keeping byte offsets, so the engine can draw the caret, the selection and
// the lines, and the editor can move up and down by visual line.
//
// Pure: widths come from a function (SDL_ttf in the engine, a fixed width in
// tests). Lines break where Unicode allows (libunibreak), a word wider than
// the box breaks between characters, and each newline starts a new line.
#pragma once

#include "game/journal/text_editor.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// Width in pixels of a piece of one line of text.
using MeasureText = std::function<int(std::string_view utf8)>;

// One visual line: text[begin, end). `end` excludes a newline; a wrapped
// line keeps the spaces it broke after, as part of it.
struct EditorLine {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool wrapped = false; // the next line continues the same paragraph
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

    // x of `pos` measured on `line` (pos clamped into the line): for drawing
    // a selection that spans several lines.
    int x_in_line(std::size_t line, std::size_t pos) const;
    // Where the caret may stand at the end of `line`: before the spaces a
    // wrapped line broke after.
    std::size_t visible_end(std::size_t line) const;

private:
    void wrap_paragraph(std::size_t begin, std::size_t end, int max_width);

    std::string text_;
    MeasureText measure_;
    std::vector<EditorLine> lines_;
};

} // namespace hearth
