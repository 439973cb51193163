#include "game/deck/text_edits.hpp"

#include <algorithm>
#include <iterator>

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
    int lines = 0; // newlines in text_ so far: counted as it grows, so edits cost their own size
    int reach = 0; // the furthest line any edit so far wrote
    for (const TextEdit& e : edits) {
        const std::string_view kept = original.substr(at, e.begin - at);
        text_.append(kept);
        lines += count_lines(kept);
        int first = lines + 1;
        text_ += e.text;
        lines += count_lines(e.text);
        int last = lines + 1;
        // An edit that ends with a newline does not reach into the next line.
        if (!e.text.empty() && e.text.back() == '\n')
            --last;
        shift += count_lines(e.text) - count_lines(original.substr(e.begin, e.end - e.begin));
        // A deletion writes no line, so nothing found later is its doing.
        const int written = e.text.empty() ? first - 1 : std::max(first, last);
        reach = std::max(reach, written);
        landed_.push_back({first, written, shift, e.cause, reach});
        at = e.end;
    }
    text_.append(original.substr(at));
}

// Both look up by binary search (first_line and reach only grow), so tracing
// every diagnostic of a large import stays linear in the edits.
std::optional<SourcePos> EditedText::cause_of(int line) const {
    // The first edit whose lines reach `line`: no edit before it wrote that
    // line, and it wrote it when it starts at or before it.
    auto it = std::partition_point(landed_.begin(), landed_.end(),
                                   [&](const Landed& l) { return l.reach < line; });
    if (it != landed_.end() && it->first_line <= line && line <= it->last_line)
        return it->cause;
    return std::nullopt;
}

int EditedText::original_line(int line) const {
    auto after = std::partition_point(landed_.begin(), landed_.end(),
                                      [&](const Landed& l) { return l.first_line <= line; });
    return line - (after == landed_.begin() ? 0 : std::prev(after)->line_shift);
}

} // namespace hearth
