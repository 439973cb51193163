// Text layout. Sections:
//   segments  - split a block into unbreakable pieces (libunibreak)
//   lines     - fill lines greedily, hanging indent for list items, each
//               line reordered for right-to-left text (bidi_line.hpp)
//   fit       - binary search for the largest size that fits
#include "game/text/text_layout.hpp"

#include "game/base/utf8.hpp"
#include "game/text/bidi_line.hpp"
#include "game/text/line_breaks.hpp"

#include <linebreak.h>

#include <algorithm>
#include <mutex>

namespace hearth {
namespace {

// ---------------------------------------------------------------- segments

// A stretch of a segment in one style.
struct Piece {
    std::string text;
    TextStyle style;
    int width = 0;
    std::size_t at = 0; // the block's byte it starts at
};

// What a line that breaks at a soft hyphen ends with.
constexpr const char* kHyphen = "-";

// Text between two break opportunities: it is never split, except when it
// alone is wider than the line.
struct Segment {
    std::vector<Piece> pieces;
    int width = 0;            // with trailing spaces
    int trimmed_width = 0;    // without trailing spaces
    bool hard_break = false;  // a line must end after it
    bool soft_hyphen = false; // it ends at a soft hyphen: a line ending here shows a hyphen
    int hyphen_width = 0;
    // Its width when a line ends after it.
    int end_width() const { return trimmed_width + (soft_hyphen ? hyphen_width : 0); }
};

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n';
}

std::string rtrim(std::string s) {
    while (!s.empty() && is_space(s.back()))
        s.pop_back();
    return s;
}

void measure(Segment& seg, TextMeasurer& m, int px) {
    seg.width = 0;
    seg.trimmed_width = 0;
    for (Piece& p : seg.pieces) {
        p.width = p.text.empty() ? 0 : m.width(p.text, p.style, px);
        seg.width += p.width;
    }
    // Trailing spaces sit in the last pieces; measure the trimmed tail.
    int trimmed = seg.width;
    for (auto it = seg.pieces.rbegin(); it != seg.pieces.rend(); ++it) {
        std::string t = rtrim(it->text);
        if (t.size() == it->text.size())
            break;
        trimmed -= it->width;
        if (!t.empty()) {
            trimmed += m.width(t, it->style, px);
            break;
        }
    }
    seg.trimmed_width = trimmed;
    seg.hyphen_width =
        seg.soft_hyphen && !seg.pieces.empty() ? m.width(kHyphen, seg.pieces.back().style, px) : 0;
}

// Whether the block's text has a soft hyphen, U+00AD (C2 AD), at byte i.
bool soft_hyphen_at(const std::string& text, std::size_t i) {
    return i + 1 < text.size() && text[i] == '\xC2' && text[i + 1] == '\xAD';
}

// A block's text joined from its runs, the style of each byte, and its bidi
// analysis.
struct BlockText {
    std::string joined;
    std::vector<TextStyle> styles; // per byte
    BidiParagraph bidi;
};

BlockText join_block(const TextBlock& block, const std::string& language) {
    BlockText b;
    for (const TextRun& run : block.runs) {
        b.joined += run.text;
        b.styles.insert(b.styles.end(), run.text.size(), TextStyle{run.bold, run.italic});
    }
    b.bidi = bidi_paragraph(b.joined, TextDirection::Auto, language_is_rtl(language));
    return b;
}

std::vector<Segment> segment_block(const BlockText& b, const std::string& language) {
    const std::string& joined = b.joined;
    std::vector<Segment> out;
    if (joined.empty())
        return out;
    const std::vector<char> brks =
        line_breaks(joined, language.empty() ? nullptr : language.c_str());
    Segment seg;
    auto add_byte = [&](std::size_t i) {
        if (joined[i] == '\n')
            return; // a hard break is a break, not a glyph
        // A piece is one stretch of the block: a soft hyphen left out ends it.
        if (seg.pieces.empty() || !(seg.pieces.back().style == b.styles[i]) ||
            seg.pieces.back().at + seg.pieces.back().text.size() != i)
            seg.pieces.push_back(Piece{{}, b.styles[i], 0, i});
        seg.pieces.back().text += joined[i];
    };
    for (std::size_t i = 0; i < joined.size(); ++i) {
        // A soft hyphen is not drawn; a line may break after it.
        const bool shy = soft_hyphen_at(joined, i);
        if (shy)
            ++i;
        else
            add_byte(i);
        bool last = i + 1 == joined.size();
        if (brks[i] == LINEBREAK_ALLOWBREAK || brks[i] == LINEBREAK_MUSTBREAK || last) {
            seg.hard_break = brks[i] == LINEBREAK_MUSTBREAK && !last;
            seg.soft_hyphen = shy && brks[i] == LINEBREAK_ALLOWBREAK && !seg.pieces.empty();
            out.push_back(std::move(seg));
            seg = Segment{};
        }
    }
    return out;
}

// Splits a segment too wide for any line into pieces of whole code points.
std::vector<Segment> split_wide(const Segment& wide, TextMeasurer& m, int px, int avail,
                                bool& overflow) {
    std::vector<Segment> out;
    Segment cur;
    for (const Piece& p : wide.pieces) {
        std::size_t i = 0;
        while (i < p.text.size()) {
            std::size_t start = i;
            utf8_next(p.text, i);
            std::string cp = p.text.substr(start, i - start);
            const std::size_t at = p.at + start;
            Segment trial = cur;
            if (trial.pieces.empty() || !(trial.pieces.back().style == p.style) ||
                trial.pieces.back().at + trial.pieces.back().text.size() != at)
                trial.pieces.push_back(Piece{{}, p.style, 0, at});
            trial.pieces.back().text += cp;
            measure(trial, m, px);
            if (trial.trimmed_width > avail && !cur.pieces.empty()) {
                out.push_back(std::move(cur));
                cur = Segment{};
                cur.pieces.push_back(Piece{cp, p.style, 0, at});
                measure(cur, m, px);
                if (cur.trimmed_width > avail)
                    overflow = true;
            } else {
                cur = std::move(trial);
                if (cur.trimmed_width > avail)
                    overflow = true;
            }
        }
    }
    if (!cur.pieces.empty()) {
        cur.hard_break = wide.hard_break;
        cur.soft_hyphen = wide.soft_hyphen;
        measure(cur, m, px);
        out.push_back(std::move(cur));
    }
    return out;
}

// ---------------------------------------------------------------- lines

struct LineBuilder {
    LineBuilder(TextLayout& l, const LayoutParams& p, int h)
        : layout(l), params(p), line_height(h) {}
    TextLayout& layout;
    const LayoutParams& params;
    int line_height;
    int y = 0;
    std::vector<PlacedRun> line;       // runs of the line being filled
    int line_right = 0;                // x after the last trimmed glyph
    std::vector<LogicalPiece> logical; // the line's text in reading order
    bool has_marker = false;           // line[0] is a list item's marker
    bool ends_soft_hyphen = false;     // the last segment placed ends at a soft hyphen
    int hyphen_width = 0;
    const BidiParagraph* bidi = nullptr; // the block's
    int block_left = 0;                  // its indent

    void place(const Segment& seg, int x) {
        line_right = x + seg.trimmed_width;
        ends_soft_hyphen = seg.soft_hyphen;
        hyphen_width = seg.hyphen_width;
        for (const Piece& p : seg.pieces) {
            if (p.text.empty())
                continue;
            logical.push_back(LogicalPiece{p.text, p.style, p.at});
            if (!line.empty() && line.back().style == p.style &&
                line.back().x + line.back().width == x) {
                line.back().text += p.text;
                line.back().width += p.width;
            } else {
                line.push_back(PlacedRun{p.text, p.style, x, y, p.width, line_height});
            }
            x += p.width;
        }
    }

    void finish_line(TextMeasurer& m) {
        // Trailing spaces do not count: trim them from the last runs. The
        // line ends where the filling measured it (line_right), so widths
        // stay in the model the line breaks were chosen by.
        const std::size_t first_text = has_marker ? 1 : 0;
        while (line.size() > first_text) {
            PlacedRun& last = line.back();
            last.text = rtrim(last.text);
            if (!last.text.empty())
                break;
            line.pop_back();
        }
        while (!logical.empty()) {
            logical.back().text = rtrim(logical.back().text);
            if (!logical.back().text.empty())
                break;
            logical.pop_back();
        }
        if (!line.empty() && line_right > line.back().x)
            line.back().width = line_right - line.back().x;
        if (ends_soft_hyphen && line.size() > first_text && !logical.empty()) {
            // The line breaks inside a word at its soft hyphen: show one.
            line.back().text += kHyphen;
            line.back().width += hyphen_width;
            logical.push_back(LogicalPiece{kHyphen, logical.back().style, std::string::npos});
        }
        if (bidi && !bidi->levels.empty())
            reorder(m);
        int right = 0;
        int left = params.max_width;
        for (const PlacedRun& r : line) {
            right = std::max(right, r.x + r.width);
            left = std::min(left, r.x);
        }
        if (params.align != TextAlign::Left && !line.empty()) {
            int shift = params.align == TextAlign::Center ? (params.max_width - right - left) / 2
                                                          : params.max_width - right;
            for (PlacedRun& r : line)
                r.x += shift;
            right += shift;
        }
        layout.width = std::max(layout.width, right);
        for (PlacedRun& r : line)
            layout.runs.push_back(std::move(r));
        line.clear();
        logical.clear();
        line_right = 0;
        has_marker = false;
        ends_soft_hyphen = false;
        layout.lines++;
        y += line_height;
    }

    // The line in visual order (bidi_line.hpp), each run measured again; a
    // right-to-left paragraph's line ranged right, its marker on the right.
    void reorder(TextMeasurer& m) {
        std::vector<PlacedRun> out;
        if (has_marker) {
            out.push_back(std::move(line.front()));
            PlacedRun& marker = out.back();
            if (bidi->rtl)
                marker.x = params.max_width - (marker.x + marker.width);
        }
        std::vector<PlacedRun> runs;
        int total = 0;
        for (VisualPiece& v : reorder_line(logical, *bidi)) {
            const int w = m.width(v.text, v.style, params.px);
            runs.push_back(PlacedRun{std::move(v.text), v.style, 0, y, w, line_height, v.rtl});
            total += w;
        }
        // Wider than its room (a word cut between code points), it runs
        // past the right edge, where the fit sees it, as a left-to-right one.
        int x = bidi->rtl && params.align != TextAlign::Center
                    ? std::max(0, params.max_width - block_left - total)
                    : block_left;
        for (PlacedRun& r : runs) {
            r.x = x;
            x += r.width;
            out.push_back(std::move(r));
        }
        line = std::move(out);
    }
};

} // namespace

TextLayout layout_text(const CardText& text, TextMeasurer& measurer, const LayoutParams& params) {
    TextLayout layout;
    layout.px = params.px;
    const int px = params.px;
    LineMetrics lm = measurer.metrics(px);
    int line_height = std::max(1, int(lm.line_skip * params.line_spacing + 0.5));
    LineBuilder lb{layout, params, line_height};

    // List items hang their text after the widest marker in the text.
    int marker_w = 0;
    bool has_list = false;
    for (const TextBlock& b : text.blocks) {
        if (b.kind == TextBlock::Kind::Bullet) {
            marker_w = std::max(marker_w, measurer.width("\u2022", {}, px));
            has_list = true;
        } else if (b.kind == TextBlock::Kind::Numbered) {
            marker_w =
                std::max(marker_w, measurer.width(std::to_string(b.ordinal) + ".", {true}, px));
            has_list = true;
        }
    }
    const int indent = has_list ? marker_w + px / 2 : 0;
    const int item_gap = int(px * 0.25 + 0.5);
    const int block_gap = int(px * params.paragraph_gap + 0.5);

    const TextBlock* prev = nullptr;
    for (const TextBlock& block : text.blocks) {
        bool item = block.kind != TextBlock::Kind::Paragraph;
        if (prev) {
            bool both_items = item && prev->kind != TextBlock::Kind::Paragraph;
            lb.y += both_items ? item_gap : block_gap;
        }
        prev = &block;
        int left = item ? indent : 0;
        int avail = std::max(1, params.max_width - left);
        if (item) {
            std::string marker = block.kind == TextBlock::Kind::Bullet
                                     ? std::string("\u2022")
                                     : std::to_string(block.ordinal) + ".";
            TextStyle ms{block.kind == TextBlock::Kind::Numbered, false};
            int mw = measurer.width(marker, ms, px);
            // Markers are right-aligned to the indent, so "9." and "10." line up.
            lb.line.push_back(PlacedRun{marker, ms, indent - px / 2 - mw, lb.y, mw, line_height});
            lb.line_right = indent - px / 2;
            lb.has_marker = true;
        }
        const BlockText bt = join_block(block, params.language);
        lb.bidi = &bt.bidi;
        lb.block_left = left;
        int x = left;
        bool line_has_text = false;
        std::vector<Segment> segs = segment_block(bt, params.language);
        for (std::size_t si = 0; si < segs.size(); ++si) {
            Segment& seg = segs[si];
            measure(seg, measurer, px);
            if (seg.end_width() > avail) {
                // Wider than a line on its own: it gets lines of its own,
                // broken between code points.
                if (line_has_text) {
                    lb.finish_line(measurer);
                    x = left;
                }
                // Its last part leaves room for its soft hyphen's hyphen.
                const int room = std::max(1, avail - (seg.soft_hyphen ? seg.hyphen_width : 0));
                std::vector<Segment> parts = split_wide(seg, measurer, px, room, layout.overflow);
                layout.split_word = layout.split_word || parts.size() > 1;
                for (std::size_t k = 0; k < parts.size(); ++k) {
                    if (k > 0) {
                        lb.finish_line(measurer);
                        x = left;
                    }
                    lb.place(parts[k], x);
                    x += parts[k].width;
                }
                line_has_text = true;
                if (seg.hard_break) {
                    lb.finish_line(measurer);
                    x = left;
                    line_has_text = false;
                }
                continue;
            }
            // A segment ending at a soft hyphen must leave room for the
            // hyphen, in case the line ends after it.
            if (line_has_text && x + seg.end_width() > left + avail) {
                lb.finish_line(measurer);
                x = left;
            }
            lb.place(seg, x);
            x += seg.width;
            line_has_text = true;
            if (seg.hard_break) {
                lb.finish_line(measurer);
                x = left;
                line_has_text = false;
            }
        }
        if (line_has_text || !lb.line.empty())
            lb.finish_line(measurer);
    }
    layout.height = lb.y;
    return layout;
}

TextFit fit_text(const CardText& text, TextMeasurer& measurer, LayoutParams params, int box_w,
                 int box_h, int min_px, int max_px, int max_lines) {
    params.max_width = box_w;
    min_px = std::max(1, min_px);
    max_px = std::max(min_px, max_px);
    auto fits = [&](const TextLayout& l) {
        return !l.overflow && !(params.keep_words && l.split_word) && l.height <= box_h &&
               l.width <= box_w && (max_lines <= 0 || l.lines <= max_lines);
    };
    TextFit best;
    params.px = min_px;
    best.layout = layout_text(text, measurer, params);
    best.fits = fits(best.layout);
    if (!best.fits)
        return best;
    int lo = min_px + 1, hi = max_px;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        params.px = mid;
        TextLayout l = layout_text(text, measurer, params);
        if (fits(l)) {
            best.layout = std::move(l);
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return best;
}

} // namespace hearth
