#include "game/text/text_pages.hpp"

#include <algorithm>

namespace hearth {
namespace {

// One laid-out line: its runs, where it is, and whether a paragraph or a
// list item starts there (a gap above it: lines inside a block touch).
struct Line {
    std::size_t first = 0, last = 0;
    int top = 0, bottom = 0;
    bool starts_block = false;
};

std::vector<Line> lines_of(const TextLayout& layout) {
    std::vector<Line> lines;
    const std::vector<PlacedRun>& runs = layout.runs;
    for (std::size_t i = 0; i < runs.size();) {
        Line line{i, i, runs[i].y, runs[i].y, false};
        while (line.last < runs.size() && runs[line.last].y == line.top) {
            line.bottom = std::max(line.bottom, runs[line.last].y + runs[line.last].height);
            ++line.last;
        }
        line.starts_block = !lines.empty() && line.top > lines.back().bottom;
        lines.push_back(line);
        i = line.last;
    }
    return lines;
}

// Pages no taller than `most`, filled greedily; with `blocks`, a page ends
// only where a block starts. Empty when that cannot be done.
std::vector<TextPage> pack(const std::vector<Line>& lines, int most, bool blocks) {
    std::vector<TextPage> pages;
    std::size_t i = 0;
    while (i < lines.size()) {
        TextPage page{lines[i].first, lines[i].last, lines[i].top, 0};
        std::size_t end = i, fits = i; // fits: the last good place to end the page
        while (end < lines.size() && lines[end].bottom - page.top <= most) {
            ++end;
            if (end == lines.size() || !blocks || lines[end].starts_block)
                fits = end;
        }
        if (fits == i) {
            if (blocks)
                return {};
            fits = i + 1; // one line taller than the page: a page of its own
        }
        page.last = lines[fits - 1].last;
        page.height = lines[fits - 1].bottom - page.top;
        pages.push_back(page);
        i = fits;
    }
    return pages;
}

// `n` pages no taller than `most`, each as near an even share of the lines
// left as its breaks allow (ties: the fuller page first); with `blocks`,
// breaking only where a block starts. Empty when that cannot be done.
std::vector<TextPage> pack_even(const std::vector<Line>& lines, int most, std::size_t n,
                                bool blocks) {
    std::vector<TextPage> pages;
    std::size_t i = 0;
    for (std::size_t k = 0; k < n && i < lines.size(); ++k) {
        const std::size_t left = n - k, share = (lines.size() - i + left - 1) / left;
        std::size_t best = 0;
        for (std::size_t e = i + 1; e <= lines.size(); ++e) {
            if (lines[e - 1].bottom - lines[i].top > most)
                break;
            if (e < lines.size() && blocks && !lines[e].starts_block)
                continue;
            const std::vector<Line> rest(lines.begin() + long(e), lines.end());
            const std::vector<TextPage> after = pack(rest, most, blocks);
            if ((rest.empty() || !after.empty()) && after.size() <= left - 1) {
                const auto off = [&](std::size_t end) {
                    return end > i + share ? end - i - share : i + share - end;
                };
                if (best == 0 || off(e) <= off(best))
                    best = e;
            }
        }
        if (best == 0)
            return {};
        pages.push_back(TextPage{lines[i].first, lines[best - 1].last, lines[i].top,
                                 lines[best - 1].bottom - lines[i].top});
        i = best;
    }
    if (i < lines.size())
        return {};
    return pages;
}

} // namespace

std::vector<TextPage> split_pages(const TextLayout& layout, int box_h) {
    const std::vector<Line> lines = lines_of(layout);
    if (lines.empty())
        return {};
    const std::vector<TextPage> greedy = pack(lines, box_h, false);
    // As few pages as the box allows, breaking between paragraphs where that
    // takes no more pages, each page near an even share of the lines.
    for (bool blocks : {true, false})
        if (std::vector<TextPage> even = pack_even(lines, box_h, greedy.size(), blocks);
            !even.empty())
            return even;
    return greedy; // a line taller than the box
}

} // namespace hearth
