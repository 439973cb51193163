#include "game/text/editor_layout.hpp"

#include "game/base/grapheme.hpp"
#include "game/text/bidi.hpp"
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
        const std::size_t first = lines_.size();
        wrap_paragraph(b, e, std::max(max_width, 1));
        order_lines(first, b, e, std::max(max_width, 1));
        if (nl == std::string::npos)
            break;
        b = nl + 1;
    }
}

void EditorLayout::wrap_paragraph(std::size_t begin, std::size_t end, int max_width) {
    if (begin == end) {
        lines_.push_back({begin, end, false, false, {}});
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
        lines_.push_back({start, fit, fit < end, false, {}});
        start = fit;
    }
}

void EditorLayout::order_lines(std::size_t first, std::size_t begin, std::size_t end,
                               int max_width) {
    const std::string_view para(text_.data() + begin, end - begin);
    const BidiParagraph bidi = may_be_rtl(para) ? bidi_paragraph(para) : BidiParagraph{};
    const unsigned char base = bidi.rtl ? 1 : 0;
    for (std::size_t i = first; i < lines_.size(); ++i) {
        EditorLine& line = lines_[i];
        line.rtl = bidi.rtl;
        // The blanks a line ends with take the paragraph's level (rule L1).
        std::size_t trail = line.end;
        while (trail > line.begin && is_blank(text_[trail - 1]))
            --trail;
        auto level = [&](std::size_t p) { return p >= trail ? base : bidi.level(p - begin); };
        std::vector<EditorRun> logical;
        std::vector<unsigned char> levels;
        for (std::size_t p = line.begin; p < line.end;) {
            const unsigned char lv = level(p);
            std::size_t q = p + 1;
            while (q < line.end && level(q) == lv)
                ++q;
            logical.push_back({p, q, (lv & 1) != 0, 0, 0});
            levels.push_back(lv);
            p = q;
        }
        int x = 0;
        for (std::size_t k : visual_order(levels)) {
            EditorRun run = logical[k];
            run.width = measure_(std::string_view(text_).substr(run.begin, run.end - run.begin));
            run.x = x;
            x += run.width;
            line.runs.push_back(run);
        }
        // A right-to-left paragraph is ranged right.
        const int shift = bidi.rtl ? max_width - x : 0;
        for (EditorRun& run : line.runs)
            run.x += shift;
    }
}

int EditorLayout::edge(const EditorRun& run, std::size_t pos) const {
    const int m = measure_(std::string_view(text_).substr(run.begin, pos - run.begin));
    return run.rtl ? run.x + run.width - m : run.x + m;
}

int EditorLayout::caret_x(std::size_t line, std::size_t pos) const {
    const EditorLine& l = lines_[std::min(line, lines_.size() - 1)];
    pos = std::clamp(pos, l.begin, l.end);
    const EditorRun* at = nullptr;     // the run of the letter after the caret
    const EditorRun* before = nullptr; // the run of the letter before it
    for (const EditorRun& r : l.runs) {
        if (r.begin <= pos && pos < r.end)
            at = &r;
        if (r.begin < pos && pos <= r.end)
            before = &r;
    }
    // Where two directions meet, the caret stands by the letter that reads
    // in the paragraph's direction (Pango's "strong" caret): where text typed
    // in that direction goes.
    if (at && (!before || at->rtl == l.rtl || before->rtl != l.rtl))
        return edge(*at, pos);
    if (before)
        return edge(*before, pos);
    return 0; // an empty line (no letter: left to right)
}

std::vector<std::pair<int, int>> EditorLayout::spans(std::size_t line, std::size_t from,
                                                     std::size_t to) const {
    std::vector<std::pair<int, int>> out;
    const EditorLine& l = lines_[std::min(line, lines_.size() - 1)];
    for (const EditorRun& r : l.runs) {
        const std::size_t b = std::max(from, r.begin), e = std::min(to, r.end);
        if (b >= e)
            continue;
        int x0 = edge(r, b), x1 = edge(r, e);
        if (x0 > x1)
            std::swap(x0, x1);
        if (!out.empty() && out.back().second == x0)
            out.back().second = x1; // touching: one stretch
        else
            out.emplace_back(x0, x1);
    }
    return out;
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
    return caret_x(line_of(pos), pos);
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
    const std::size_t last = visible_end(line);
    x = std::clamp(x, -1e9, 1e9); // far off either side: still told apart
    // The caret position drawn nearest `x`, in reading order the first of
    // equals.
    std::size_t best = l.begin;
    double best_distance = std::abs(x - caret_x(line, l.begin));
    for (std::size_t p = l.begin; p < last;) {
        p = std::min(next_grapheme(text_, p), last);
        const double d = std::abs(x - caret_x(line, p));
        if (d < best_distance) {
            best = p;
            best_distance = d;
        }
    }
    return best;
}

} // namespace hearth
