#include "game/deck/text_edits.hpp"

#include <algorithm>

namespace hearth {
namespace {

int count_lines(std::string_view s) {
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

} // namespace

EditedText::EditedText(std::string_view original, std::vector<TextEdit> edits) {
    std::stable_sort(edits.begin(), edits.end(),
                     [](const TextEdit& a, const TextEdit& b) { return a.begin < b.begin; });
    std::size_t at = 0;
    int shift = 0;
    for (const TextEdit& e : edits) {
        text_.append(original.substr(at, e.begin - at));
        int first = count_lines(text_) + 1;
        text_ += e.text;
        int last = count_lines(text_) + 1;
        // An edit that ends with a newline does not reach into the next line.
        if (!e.text.empty() && e.text.back() == '\n')
            --last;
        shift += count_lines(e.text) - count_lines(original.substr(e.begin, e.end - e.begin));
        // A deletion writes no line, so nothing found later is its doing.
        landed_.push_back(
            {first, e.text.empty() ? first - 1 : std::max(first, last), shift, e.cause});
        at = e.end;
    }
    text_.append(original.substr(at));
}

std::optional<SourcePos> EditedText::cause_of(int line) const {
    for (const Landed& l : landed_)
        if (line >= l.first_line && line <= l.last_line)
            return l.cause;
    return std::nullopt;
}

int EditedText::original_line(int line) const {
    int shift = 0;
    for (const Landed& l : landed_)
        if (l.first_line <= line)
            shift = l.line_shift;
    return line - shift;
}

} // namespace hearth
