// Card layout: where everything on a card front goes at a size, without
// drawing, and how well its text fits. Sections: layout, fit query.
#include "engine/render/card_view.hpp"

#include "game/base/utf8.hpp"

#include "engine/render/card_proportions.hpp"
#include "engine/render/ttf_measurer.hpp"
#include "game/text/bidi.hpp"

#include <algorithm>
#include <cmath>

namespace hearth {
using namespace card_proportions;
namespace {

std::string see_line(const Deck& deck, const Card& card, std::string_view words) {
    std::string numbers;
    for (const std::string& id : card.see) {
        const Card* other = deck.find_card(id);
        if (!other)
            continue;
        numbers += numbers.empty() ? "" : " \u00b7 ";
        numbers += std::to_string(other->number);
    }
    if (numbers.empty())
        return numbers;
    std::string s(words);
    const std::size_t at = s.find("{cards}");
    return at == std::string::npos ? s + " " + numbers : s.replace(at, 7, numbers);
}

// The card's text as the loader parsed it; a card made elsewhere (written at
// the table) is parsed here. An empty card of a blank type shows the type's
// description.
CardText body_of(const Card& card, const CardType& type) {
    CardText text = card.parsed_text ? *card.parsed_text : parse_card_text(card.text);
    if (text.empty() && type.blank)
        return type.description_text;
    return text;
}

} // namespace

int min_readable_px(int card_h) {
    return std::max(9, int(std::lround(card_h * 0.030)));
}

// ---------------------------------------------------------------- layout

CardLayout layout_card(FontLibrary& fonts, const Deck& deck, const Card& card, int w, int h,
                       std::string_view see_words, bool paged) {
    fonts.set_language(deck.info.language);
    fonts.set_deck_fonts(deck.info.fonts.files);
    CardLayout L;
    L.w = w;
    L.h = h;
    const int m = frac(kMargin, w);
    L.radius = frac(kRadius, w);
    L.outline = frac(kOutline, w);
    const CardType& type = deck.type_of(card);

    // Header: number disc, type name, ornament.
    int bd = frac(kBadge, w);
    int od = frac(kOrnament, w);
    int top = frac(0.025, w);
    // The number disc sits level with the middle of the ornament.
    L.badge = SDL_Rect{m, top + (od - bd) / 2, bd, bd};
    L.number_text = card.number > 0 ? std::to_string(card.number) : "";
    L.number_px = frac(L.number_text.size() > 2 ? 0.045 : 0.056, w);
    L.type_px = frac(kSmall, w);
    L.type_at = SDL_Point{
        m + bd + m / 2, L.badge.y + (bd - fonts.line_pitch(Face::BodyBold, L.type_px).height) / 2};
    const FaceLayout face = deck.layout_of(card);
    L.art_place = face.art.value_or(ArtPlace::Corner);
    if (L.art_place == ArtPlace::Corner)
        L.ornament = SDL_Rect{w - od - top, top, od, od};
    // The whole face's picture sits inside the frame, as a back's does.
    const int inset = L.outline + (L.radius * 3 + 9) / 10;
    const SDL_Rect inner{inset, inset, w - 2 * inset, h - 2 * inset};
    if (L.art_place == ArtPlace::Only) {
        L.art = inner;
        L.words = false;
        L.body_fits = true;
        return L;
    }

    int y = top + od;
    int box_x = m, box_w = w - 2 * m;
    const int pad = frac(kPanelPad, w);
    if (L.art_place == ArtPlace::Top) {
        // A picture across the card, under the header.
        L.art = SDL_Rect{m, y, w - 2 * m, frac(0.42, w)};
        y += L.art.h + frac(0.02, w);
    } else if (L.art_place == ArtPlace::Full) {
        // The art fills the face; the title and text sit on one panel over
        // its lower part, and the type name on a pill of its own.
        L.art = inner;
        const int name_w = fonts.width(type.name, Face::BodyBold, L.type_px);
        const int name_h = fonts.line_pitch(Face::BodyBold, L.type_px).height;
        L.header_pill = SDL_Rect{L.type_at.x - L.type_px / 2, L.type_at.y - L.type_px / 6,
                                 name_w + L.type_px, name_h + L.type_px / 3};
        y = int(h * 0.46);
        L.panel = SDL_Rect{m, y, w - 2 * m, 0};
        y += pad;
        box_x = m + pad;
        box_w = w - 2 * m - 2 * pad;
    }

    // Title: up to three lines in the display face, under the header.
    {
        TtfMeasurer tm(fonts, kTitleFaces);
        CardText title;
        title.blocks.push_back(TextBlock{TextBlock::Kind::Paragraph, 0, {TextRun{card.title}}});
        LayoutParams p;
        p.line_spacing = 0.92;
        p.language = deck.info.language;
        p.keep_words = true; // a title is set smaller before a word of it is cut
        TextFit f = fit_text(title, tm, p, box_w, frac(kTitleMax * 2.1, w), frac(kTitleMin, w),
                             frac(kTitleMax, w), 2);
        if (!f.fits)
            f = fit_text(title, tm, p, box_w, frac(kTitleMax * 3, w), std::max(6, w / 60),
                         frac(kTitleMax, w), 3);
        L.title = std::move(f.layout);
        L.title_at = SDL_Point{box_x, y};
        y += L.title.height;
    }
    if (!card.subtitle.empty()) {
        L.subtitle_px = frac(kSmall, w);
        L.subtitle_at = SDL_Point{box_x, y + frac(0.01, w)};
        // A right-to-left subtitle is ranged right, as the title above it.
        if (bidi_paragraph(card.subtitle, TextDirection::Auto, language_is_rtl(deck.info.language))
                .rtl) {
            L.subtitle_dir = TextDirection::RightToLeft;
            L.subtitle_at.x =
                box_x + box_w - fonts.width(card.subtitle, Face::BodyItalic, L.subtitle_px);
        }
        y += fonts.line_pitch(Face::BodyItalic, L.subtitle_px).line_skip + frac(0.01, w);
    }

    // Footer: the cross references.
    L.see_text = see_line(deck, card, see_words);
    L.see_px = frac(kSmall, w);
    int footer = L.see_text.empty() ? m : frac(kSmall * 1.5, w) + m;
    L.see_at = SDL_Point{m + frac(0.02, w), h - m - frac(kSmall * 1.2, w)};

    // Body panel and text: the largest size that fits (or the layout's size).
    if (L.art_place == ArtPlace::Full) {
        // One panel holds the title, the text and the see line.
        L.panel.h = std::max(1, h - m - L.panel.y);
        y += frac(0.01, w);
        L.text_box = SDL_Rect{box_x, y, std::max(1, box_w), std::max(1, h - footer - pad - y)};
    } else {
        y += frac(0.03, w);
        L.panel = SDL_Rect{m, y, w - 2 * m, std::max(1, h - footer - y)};
        L.text_box = SDL_Rect{L.panel.x + pad, L.panel.y + pad, std::max(1, L.panel.w - 2 * pad),
                              std::max(1, L.panel.h - 2 * pad)};
    }
    const CardText text = body_of(card, type);
    // A short question is centred, as a printed question card is; longer
    // text reads better ranged left.
    const BodyAlign align = face.align.value_or(BodyAlign::Auto);
    bool one_paragraph = is_short_question(text);
    TtfMeasurer bm(fonts, kBodyFaces);
    LayoutParams p;
    p.language = deck.info.language;
    p.align = align == BodyAlign::Center || (align == BodyAlign::Auto && one_paragraph)
                  ? TextAlign::Center
              : align == BodyAlign::Right ? TextAlign::Right
                                          : TextAlign::Left;
    int least = min_readable_px(h), most = frac(kBodyMax, w);
    if (face.text_pt_max > 0) {
        // Points at the printed card: 88 mm is 249.4 pt.
        least = std::max(6, int(std::lround(face.text_pt_min * h / 249.45)));
        most = std::max(least, int(std::lround(face.text_pt_max * h / 249.45)));
    }
    TextFit f = fit_text(text, bm, p, L.text_box.w, L.text_box.h, least, most);
    L.body_fits = f.fits;
    L.body = std::move(f.layout);
    if (paged && !f.fits && !L.body.overflow) {
        // Set at the readable size, a page at a time; the marker ("1/2")
        // takes the see line's row, so a card without one gives up that row.
        if (L.see_text.empty()) {
            const int row = frac(kSmall * 1.5, w);
            L.text_box.h = std::max(1, L.text_box.h - row);
            if (L.art_place != ArtPlace::Full)
                L.panel.h = std::max(1, L.panel.h - row);
        }
        // As few pages as the readable size needs, at the largest size that
        // needs no more.
        struct Paged {
            TextLayout body;
            std::vector<TextPage> pages;
            bool fits = false;
        };
        auto paged_at = [&](int px) {
            p.px = px;
            p.max_width = L.text_box.w;
            Paged r{layout_text(text, bm, p), {}, false};
            r.pages = split_pages(r.body, L.text_box.h);
            r.fits = !r.body.overflow;
            for (const TextPage& page : r.pages)
                r.fits = r.fits && page.height <= L.text_box.h;
            return r;
        };
        Paged best = paged_at(least);
        for (int lo = least + 1, hi = most; lo <= hi;) {
            const int mid = lo + (hi - lo) / 2;
            Paged at = paged_at(mid);
            if (at.fits && at.pages.size() <= best.pages.size()) {
                best = std::move(at);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        L.body = std::move(best.body);
        L.pages = std::move(best.pages);
        L.body_fits = best.fits;
        L.page_marker_end = SDL_Point{w - m - frac(0.02, w), L.see_at.y};
        const int marker_w = fonts.width("00/00", Face::BodyBold, L.see_px) + 2 * m;
        L.page_marker =
            SDL_Rect{w - marker_w, L.see_at.y - m / 2, marker_w, h - L.see_at.y + m / 2};
        one_paragraph = false;
    }
    // A short question sits in the middle of its panel, a longer text at the top.
    int spare = std::max(0, L.text_box.h - L.body.height);
    L.body_at = SDL_Point{L.text_box.x, L.text_box.y + (one_paragraph ? spare / 2 : 0)};
    return L;
}

// ---------------------------------------------------------------- fit query

CardFitReport card_text_fit(FontLibrary& fonts, const Deck& deck, const Card& card, int w, int h,
                            bool paged) {
    CardLayout L = layout_card(fonts, deck, card, w, h, kSeeWords, paged);
    CardFitReport r;
    r.fits = L.body_fits;
    r.pages = std::max<int>(1, int(L.pages.size()));
    r.body_px = L.body.px;
    r.min_px = min_readable_px(h);
    r.title_px = L.title.px;
    r.text_box = L.text_box;
    // Each run where it is drawn: on a paged card, up by its page's top.
    std::vector<int> lift(L.body.runs.size(), 0);
    for (const TextPage& page : L.pages)
        for (std::size_t i = page.first; i < page.last; ++i)
            lift[i] = page.top;
    int x0 = INT32_MAX, y0 = INT32_MAX, x1 = 0, y1 = 0;
    for (std::size_t i = 0; i < L.body.runs.size(); ++i) {
        const PlacedRun& run = L.body.runs[i];
        x0 = std::min(x0, L.body_at.x + run.x);
        y0 = std::min(y0, L.body_at.y + run.y - lift[i]);
        x1 = std::max(x1, L.body_at.x + run.x + run.width);
        y1 = std::max(y1, L.body_at.y + run.y - lift[i] + run.height);
    }
    if (!L.body.runs.empty())
        r.text_bounds = SDL_Rect{x0, y0, x1 - x0, y1 - y0};
    // By how much it does not fit: the lines (and their words) below the box.
    r.lines = L.body.lines;
    r.too_wide = L.body.overflow;
    int last_y = INT32_MIN;
    bool in_word = false;
    for (std::size_t i = 0; i < L.body.runs.size(); ++i) {
        const PlacedRun& run = L.body.runs[i];
        if (run.y - lift[i] + run.height <= L.text_box.h)
            continue;
        if (run.y != last_y) {
            ++r.lines_over;
            last_y = run.y;
            in_word = false;
        }
        for (char ch : run.text) {
            const bool space = ch == ' ' || ch == '\n' || ch == '\t';
            if (!space && !in_word)
                ++r.words_over;
            in_word = !space;
        }
    }
    return r;
}

bool is_short_question(const CardText& text) {
    // Characters, not bytes: a Devanagari letter is three bytes of UTF-8.
    return text.blocks.size() == 1 && text.blocks[0].kind == TextBlock::Kind::Paragraph &&
           utf8_length(text.plain()) <= 160;
}

} // namespace hearth
