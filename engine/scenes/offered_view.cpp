#include "engine/scenes/offered_view.hpp"

#include "engine/render/ttf_measurer.hpp"
#include "game/base/utf8.hpp"

#include <algorithm>

namespace hearth {

namespace {

// The hint lines' boxes along the bottom, `m` from either side: at 100% where
// they always were, at a larger text size raised so that neither reaches
// the other or the window's edge. A line's box is 1.3 times its size, as
// tall as the body face's line.
void place_hints(OfferedLayout& L, int w, int h, int m, double zoom) {
    const double s = h / 1080.0;
    auto px = [&](double v) { return int(v * s + 0.5); };
    auto font = [&](double v) { return std::max(8, int(v * s * zoom + 0.5)); };
    L.hint_px = font(26);
    L.clicker_px = font(22);
    const int ch = L.clicker_px * 13 / 10, hh = L.hint_px * 13 / 10;
    L.clicker = {m, std::min(h - px(50), h - px(12) - ch), w - 2 * m, ch};
    L.hint = {m, std::min(h - px(90), L.clicker.y - px(6) - hh), w - 2 * m, hh};
}

// The panel's bottom: above the hint lines with room to spare.
int panel_bottom(const OfferedLayout& L, int h) {
    const double s = h / 1080.0;
    return std::min(h - int(150 * s + 0.5), L.hint.y - int(20 * s + 0.5));
}

// Five to eight cards (set-up's missions): two rows of up to four, each card
// its number and title; the lit card's whole text in the panel below. At a
// text size over 100% the two rows would leave the panel no room: the cards
// keep their 100% size (never under 28 px at 1080p) and the panel's text
// grows as far as it fits.
OfferedLayout two_rows(int w, int h, int n, double zoom) {
    OfferedLayout L;
    const double s = h / 1080.0;
    const double tile_zoom = std::min(zoom, 1.0);
    auto px = [&](double v) { return int(v * s + 0.5); };
    auto font = [&](double v, double z) { return std::max(8, int(v * s * z + 0.5)); };
    L.min_px = font(kOfferedMinPx, tile_zoom);
    L.label_px = font(28, tile_zoom);
    L.title_px = font(34, tile_zoom);
    L.short_px = 0;
    L.full_title_px = font(40, zoom);
    L.full_px = font(36, zoom);
    L.heading_px = font(56, zoom);
    L.heading_y = px(50);
    L.who_px = font(28, zoom);
    L.who_y = L.heading_y + L.heading_px * 5 / 4;
    const int m = px(60), gap = px(24), pad = px(18);
    const int top = std::max(px(145), L.who_y + L.who_px * 3 / 2 + px(8));
    const int cols = (n + 1) / 2;
    const int cw = (w - 2 * m - (cols - 1) * gap) / cols;
    const int th = L.title_px * 3 * 11 / 10; // three lines of title
    const int ch = pad + L.label_px * 3 / 2 + th + pad;
    for (int i = 0; i < n; ++i) {
        SDL_Rect r{m + (i % cols) * (cw + gap), top + (i / cols) * (ch + gap), cw, ch};
        L.cards.push_back(r);
        const int ty = r.y + pad + L.label_px * 3 / 2;
        L.titles.push_back({r.x + pad, ty, r.w - 2 * pad, th});
        L.shorts.push_back({r.x + pad, r.y + r.h - pad, r.w - 2 * pad, 0}); // no short form
    }
    const int below = top + 2 * ch + gap + px(24);
    place_hints(L, w, h, m, zoom);
    L.full = {m, below, w - 2 * m, panel_bottom(L, h) - below};
    const int inset = px(24); // the panel's text as far from its edge as with four cards
    L.full_title = {L.full.x + inset, L.full.y + pad, L.full.w - 2 * inset,
                    L.full_title_px * 6 / 5};
    const int fy = L.full_title.y + L.full_title.h + pad / 2;
    L.full_text = {L.full.x + inset, fy, L.full.w - 2 * inset, L.full.y + L.full.h - pad - fy};
    return L;
}

} // namespace

OfferedLayout offered_layout(int w, int h, int n, double zoom) {
    if (n > 4)
        return two_rows(w, h, std::min(n, kMaxOffered), zoom);
    OfferedLayout L;
    n = std::clamp(n, 1, 4);
    const double s = h / 1080.0;
    auto px = [&](double v) { return int(v * s + 0.5); };
    auto font = [&](double v) { return std::max(8, int(v * s * zoom + 0.5)); };
    L.min_px = font(kOfferedMinPx);
    L.label_px = font(28);
    L.title_px = font(40);
    L.short_px = font(30);
    L.full_title_px = font(40);
    L.full_px = font(36);
    L.heading_px = font(56);
    L.heading_y = px(50);
    L.who_px = font(28);
    L.who_y = L.heading_y + L.heading_px * 5 / 4;
    const int m = px(100), gap = px(40), pad = px(24);
    const int top = std::max(px(145), L.who_y + L.who_px * 3 / 2 + px(8)), row_h = px(320);
    const int cw = (w - 2 * m - (n - 1) * gap) / n;
    for (int i = 0; i < n; ++i) {
        SDL_Rect r{m + i * (cw + gap), top, cw, row_h};
        L.cards.push_back(r);
        const int ty = r.y + pad + L.label_px * 3 / 2;
        const int th = L.title_px * 3 * 11 / 10; // three lines of title
        L.titles.push_back({r.x + pad, ty, r.w - 2 * pad, th});
        const int sy = ty + th + pad / 2;
        L.shorts.push_back({r.x + pad, sy, r.w - 2 * pad, r.y + r.h - pad - sy});
    }
    place_hints(L, w, h, m, zoom);
    L.full = {m, top + row_h + px(30), w - 2 * m, panel_bottom(L, h) - (top + row_h + px(30))};
    L.full_title = {L.full.x + pad, L.full.y + pad, L.full.w - 2 * pad, L.full_title_px * 6 / 5};
    const int fy = L.full_title.y + L.full_title.h + pad / 2;
    L.full_text = {L.full.x + pad, fy, L.full.w - 2 * pad, L.full.y + L.full.h - pad - fy};
    return L;
}

std::string short_text(const Card& card, std::size_t chars) {
    CardText parsed = card.parsed_text ? *card.parsed_text : parse_card_text(card.text);
    if (parsed.blocks.empty())
        return {};
    std::string first;
    for (const TextRun& r : parsed.blocks.front().runs)
        first += r.text;
    if (utf8_length(first) <= chars && parsed.blocks.size() == 1)
        return first;
    // Cut at the last space before `chars` characters.
    std::size_t i = 0, count = 0, cut = std::string::npos;
    while (i < first.size() && count < chars) {
        if (first[i] == ' ')
            cut = i;
        utf8_next(first, i);
        ++count;
    }
    if (i >= first.size())
        cut = first.size();
    else if (cut == std::string::npos)
        cut = i;
    std::string out = first.substr(0, cut);
    // The ellipsis takes a full stop's place ("and talk…", not "and talk.…").
    while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';' ||
                            out.back() == '.' || out.back() == ':'))
        out.pop_back();
    return out + "\u2026";
}

namespace {

CardText paragraph(std::string text) {
    CardText t;
    t.blocks.push_back(TextBlock{TextBlock::Kind::Paragraph, 0, {TextRun{std::move(text)}}});
    return t;
}

TextFit fit(FontLibrary& fonts, FaceSet faces, const CardText& text, SDL_Rect box, int min_px,
            int max_px, int lines = 0) {
    TtfMeasurer m(fonts, faces);
    LayoutParams p;
    p.line_spacing = 0.95;
    return fit_text(text, m, p, box.w, box.h, min_px, std::max(min_px, max_px), lines);
}

} // namespace

OfferedFit offered_fit(FontLibrary& fonts, const Card& card, const OfferedLayout& L, int i) {
    OfferedFit f;
    const auto k = std::size_t(std::clamp(i, 0, int(L.cards.size()) - 1));
    f.title = fit(fonts, kTitleFaces, paragraph(card.title), L.titles[k], L.min_px, L.title_px, 3);
    // The short form shortens, word by word, until it fits its box (two
    // rows of cards have none: their panel holds the lit one's text).
    if (L.shorts[k].h <= 0)
        f.short_form.fits = true;
    for (std::size_t chars = 110; chars >= 20 && L.shorts[k].h > 0; chars -= 10) {
        f.short_form = fit(fonts, kBodyFaces, paragraph(short_text(card, chars)), L.shorts[k],
                           L.min_px, L.short_px);
        if (f.short_form.fits)
            break;
    }
    f.full_title =
        fit(fonts, kTitleFaces, paragraph(card.title), L.full_title, L.min_px, L.full_title_px, 1);
    CardText full = card.parsed_text ? *card.parsed_text : parse_card_text(card.text);
    f.full = fit(fonts, kBodyFaces, full, L.full_text, L.min_px, L.full_px);
    return f;
}

} // namespace hearth
