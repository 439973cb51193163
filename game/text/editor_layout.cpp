#include "game/text/editor_layout.hpp"

#include "game/base/grapheme.hpp"
#include "game/text/line_breaks.hpp"

#include <linebreak.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace hearth {
namespace {

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

} // namespace

EditorLayout::EditorLayout(std::string text, int max_width, MeasureText measure)
    : text_(std::move(text)), measure_(std::move(measure)) {
    static std::once_flag init;
    std::call_once(init, [] { init_linebreak(); });
    std::size_t b = 0;
    while (true) {
        std::size_t nl = text_.find('\n', b);
        std::size_t e = nl == std::string::npos ? text_.size() : nl;
        wrap_paragraph(b, e, std::max(max_width, 1));
        if (nl == std::string::npos)
            break;
        b = nl + 1;
    }
}

void EditorLayout::wrap_paragraph(std::size_t begin, std::size_t end, int max_width) {
    if (begin == end) {
        lines_.push_back({begin, end, false});
        return;
    }
    std::string_view para(text_.data() + begin, end - begin);
    const std::vector<char> brks = line_breaks(para);
    // Break opportunities as offsets into text_, ascending, ending at `end`.
    std::vector<std::size_t> breaks;
    for (std::size_t i = 0; i + 1 < para.size(); ++i)
        if (brks[i] == LINEBREAK_ALLOWBREAK || brks[i] == LINEBREAK_MUSTBREAK)
            breaks.push_back(begin + i + 1);
    breaks.push_back(end);

    // The width of text_[s, p) without the blanks it ends with.
    auto width = [&](std::size_t s, std::size_t p) {
        std::size_t q = p;
        while (q > s && is_blank(text_[q - 1]))
            --q;
        return measure_(std::string_view(text_).substr(s, q - s));
    };

    std::size_t start = begin;
    std::size_t k = 0;
    while (start < end) {
        std::size_t fit = start; // the furthest break that fits
        while (k < breaks.size() && (breaks[k] <= start || width(start, breaks[k]) <= max_width)) {
            if (breaks[k] > start)
                fit = breaks[k];
            ++k;
        }
        if (fit == start) {
            // One piece is wider than the box: break it between characters,
            // at least one per line.
            std::size_t limit = k < breaks.size() ? breaks[k] : end;
            std::size_t g = next_grapheme(text_, start);
            fit = g;
            while (g < limit) {
                g = next_grapheme(text_, g);
                if (width(start, g) > max_width)
                    break;
                fit = g;
            }
        }
        lines_.push_back({start, fit, fit < end});
        start = fit;
    }
}

std::size_t EditorLayout::line_of(std::size_t pos) const {
    auto it = std::upper_bound(lines_.begin(), lines_.end(), pos,
                               [](std::size_t p, const EditorLine& l) { return p < l.begin; });
    return it == lines_.begin() ? 0 : static_cast<std::size_t>(it - lines_.begin() - 1);
}

int EditorLayout::x_in_line(std::size_t line, std::size_t pos) const {
    const EditorLine& l = lines_[line];
    pos = std::clamp(pos, l.begin, l.end);
    return measure_(std::string_view(text_).substr(l.begin, pos - l.begin));
}

double EditorLayout::x_of(std::size_t pos) const {
    return x_in_line(line_of(pos), pos);
}

std::size_t EditorLayout::visible_end(std::size_t line) const {
    const EditorLine& l = lines_[line];
    if (!l.wrapped)
        return l.end;
    std::size_t e = l.end;
    while (e > l.begin && is_blank(text_[e - 1]))
        --e;
    if (e == l.end) // broken inside a word: the end belongs to the next line
        e = prev_grapheme(text_, e);
    return std::max(e, l.begin);
}

std::size_t EditorLayout::pos_at(std::size_t line, double x) const {
    line = std::min(line, lines_.size() - 1);
    const EditorLine& l = lines_[line];
    std::size_t last = visible_end(line);
    if (x <= 0)
        return l.begin;
    if (x >= x_in_line(line, last))
        return last;
    std::size_t best = l.begin;
    double best_distance = x;
    for (std::size_t p = l.begin; p < last;) {
        p = next_grapheme(text_, p);
        double d = std::abs(x - x_in_line(line, p));
        if (d < best_distance) {
            best = p;
            best_distance = d;
        } else if (x_in_line(line, p) > x) {
            break;
        }
    }
    return best;
}

} // namespace hearth
