// A set of replacements applied to a text in one go, remembering where each
// landed, so problems found in the result can be traced back to what caused
// them (an edit) or to the line they were on before (untouched text).
#pragma once

#include "game/base/diagnostic.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// Replace bytes [begin, end) with `text`; begin == end inserts. `cause` is
// where the edit came from (a CSV cell, say).
struct TextEdit {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text;
    SourcePos cause;
};

class EditedText {
public:
    // Applies `edits` to `original`. Edits must not overlap; insertions at
    // the same place keep their order.
    EditedText(std::string_view original, std::vector<TextEdit> edits);

    const std::string& text() const { return text_; }
    // The cause of the edit that wrote 1-based `line` of the result, if any.
    std::optional<SourcePos> cause_of(int line) const;
    // The 1-based line of the original that became `line` of the result, for
    // lines no edit wrote.
    int original_line(int line) const;

private:
    struct Landed {
        int first_line, last_line; // lines of the result it wrote; none for a deletion
        int line_shift;            // result line - original line, after it
        SourcePos cause;
        int reach; // the furthest line this edit or one before it wrote
    };
    std::string text_;
    std::vector<Landed> landed_;
};

} // namespace hearth
