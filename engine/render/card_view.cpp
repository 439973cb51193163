// Card view. Sections: proportions, layout, drawing, fit query.
#include "engine/render/card_view.hpp"

#include "game/base/utf8.hpp"

#include "engine/render/ttf_measurer.hpp"
#include "game/deck/colour_vision.hpp"
#include "game/text/bidi.hpp"

#include <algorithm>
#include <cmath>

namespace hearth {
namespace {

// ---------------------------------------------------------------- proportions
// All in fractions of the card's width, so a card scales as one picture.
constexpr double kMargin = 0.055;
constexpr double kRadius = 0.055;
constexpr double kOutline = 0.009;
constexpr double kBadge = 0.13;
constexpr double kOrnament = 0.22;
constexpr double kTitleMax = 0.088;
constexpr double kTitleMin = 0.05;
constexpr double kSmall = 0.042; // type name, subtitle, see line
constexpr double kPanelPad = 0.038;
constexpr double kBodyMax = 0.085; // a one-line question is set this big
constexpr Color kPanel{0xff, 0xfa, 0xf2, 0xff};

int frac(double f, int w) {
    return std::max(1, int(std::lround(f * w)));
}

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
    TTF_Font* small = fonts.get(Face::BodyBold, L.type_px);
    L.type_at = SDL_Point{m + bd + m / 2, L.badge.y + (bd - TTF_FontHeight(small)) / 2};
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
        const int name_h = TTF_FontHeight(small);
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
        y += TTF_FontLineSkip(fonts.get(Face::BodyItalic, L.subtitle_px)) + frac(0.01, w);
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

// ---------------------------------------------------------------- drawing

CardPainter::CardPainter(SDL_Renderer* renderer, FontLibrary& fonts)
    : renderer_(renderer), fonts_(fonts), text_(renderer, fonts), shapes_(renderer),
      art_(renderer) {}

const CardLayout& CardPainter::layout(const Deck& deck, const Card& card, int w, int h) {
    std::string key = card.id + '@' + std::to_string(w) + 'x' + std::to_string(h);
    auto it = layouts_.find(key);
    if (it == layouts_.end()) {
        if (layouts_.size() > 256)
            layouts_.clear();
        ++layouts_made_;
        it = layouts_.emplace(key, layout_card(fonts_, deck, card, w, h, see_words_, pages_)).first;
    }
    return it->second;
}

void CardPainter::draw_front(const Deck& deck, const Card& card, SDL_Rect rect, int page) {
    draw_face(deck, card, rect, true, page);
}

int CardPainter::page_count(const Deck& deck, const Card& card, int w, int h) {
    if (w < 8 || h < 8)
        return 1;
    return std::max<int>(1, int(layout(deck, card, w, h).pages.size()));
}

void CardPainter::draw_front_full_bleed(const Deck& deck, const Card& card, SDL_Rect bleed,
                                        SDL_Rect content) {
    const Color face = deck.type_of(card).color;
    SDL_SetRenderDrawColor(renderer_, face.r, face.g, face.b, 0xff);
    SDL_RenderFillRect(renderer_, &bleed);
    draw_face(deck, card, content, false);
}

void CardPainter::draw_back_full_bleed(const Deck& deck, const CardType& type, SDL_Rect bleed) {
    draw_back_bleed(type, deck.back_file_of(type), bleed);
}

void CardPainter::draw_back_full_bleed(const Deck& deck, const Card& card, SDL_Rect bleed) {
    draw_back_bleed(deck.type_of(card), deck.back_file_of(card), bleed);
}

void CardPainter::draw_back_bleed(const CardType& type, const std::filesystem::path& back,
                                  SDL_Rect bleed) {
    SDL_SetRenderDrawColor(renderer_, type.color.r, type.color.g, type.color.b, 0xff);
    SDL_RenderFillRect(renderer_, &bleed);
    if (back.empty() || bleed.w < 8 || bleed.h < 8)
        return;
    // At the card's print proportions (as draw_back), large enough to cover
    // the bleed; what falls outside the image is cut off.
    int w = bleed.w, h = int(std::ceil(w / kPrintCardAspect));
    if (h < bleed.h) {
        h = bleed.h;
        w = int(std::ceil(h * kPrintCardAspect));
    }
    art_.draw(back, SDL_Rect{bleed.x + (bleed.w - w) / 2, bleed.y + (bleed.h - h) / 2, w, h});
}

void CardPainter::draw_face(const Deck& deck, const Card& card, SDL_Rect rect, bool frame,
                            int page) {
    if (rect.w < 8 || rect.h < 8)
        return;
    const CardLayout& L = layout(deck, card, rect.w, rect.h);
    const CardType& type = deck.type_of(card);
    const Color ink = high_contrast_ ? Color{0, 0, 0, 0xff} : type.ink;
    const Color face = high_contrast_ ? lift_for_contrast(type.color, ink, 7.0) : type.color;
    const int x = rect.x, y = rect.y;

    if (frame)
        shapes_.rounded_rect(rect, L.radius, face, ink, high_contrast_ ? L.outline * 2 : L.outline);
    // A card's own art is drawn whether or not its type has art of its own.
    if (const std::filesystem::path& art = deck.art_file_of(card); !art.empty()) {
        const SDL_Rect at = L.art_place == ArtPlace::Corner ? L.ornament : L.art;
        if (L.art_place != ArtPlace::None && at.w > 0 && at.h > 0)
            art_.draw(art, SDL_Rect{x + at.x, y + at.y, at.w, at.h});
    }
    if (!L.words)
        return;
    if (L.header_pill.w > 0)
        shapes_.rounded_rect(
            SDL_Rect{x + L.header_pill.x, y + L.header_pill.y, L.header_pill.w, L.header_pill.h},
            L.header_pill.h / 2, kPanel);
    SDL_Rect panel{x + L.panel.x, y + L.panel.y, L.panel.w, L.panel.h};
    if (L.art_place == ArtPlace::Full) // the title sits on the panel too
        shapes_.rounded_rect(panel, L.radius * 2 / 3, kPanel, with_alpha(ink, 160),
                             std::max(1, L.outline / 2));

    SDL_Rect badge{x + L.badge.x, y + L.badge.y, L.badge.w, L.badge.h};
    shapes_.circle(badge, kPanel, ink, std::max(1, L.outline * 2 / 3));
    if (!L.number_text.empty()) {
        const int w = text_.measure(L.number_text, Face::BodyBold, L.number_px);
        const int h = TTF_FontHeight(text_.fonts().get(Face::BodyBold, L.number_px));
        text_.draw_line(L.number_text, Face::BodyBold, L.number_px, ink,
                        badge.x + (badge.w - w) / 2, badge.y + (badge.h - h) / 2);
    }
    text_.draw_line(type.name, Face::BodyBold, L.type_px, ink, x + L.type_at.x, y + L.type_at.y);
    text_.draw(L.title, kTitleFaces, ink, x + L.title_at.x, y + L.title_at.y);
    if (!card.subtitle.empty())
        text_.draw_line(card.subtitle, Face::BodyItalic, L.subtitle_px, ink, x + L.subtitle_at.x,
                        y + L.subtitle_at.y, L.subtitle_dir);

    if (L.art_place != ArtPlace::Full)
        shapes_.rounded_rect(panel, L.radius * 2 / 3, kPanel, with_alpha(ink, 160),
                             std::max(1, L.outline / 2));
    draw_body(L, ink, panel, x, y, page);
    if (!L.see_text.empty())
        text_.draw_line(L.see_text, Face::BodyBold, L.see_px, ink, x + L.see_at.x, y + L.see_at.y);
}

void CardPainter::draw_body(const CardLayout& L, Color ink, SDL_Rect panel, int x, int y,
                            int page) {
    // Text that does not fit stays inside its panel, never over the see
    // line (lint, render and sheet say by how much it is over): the lines
    // below the text box are left out, and a word too wide for the box is
    // cut at the panel's edge. A paged body shows one page and its marker.
    const TextLayout* body = &L.body;
    TextLayout kept;
    if (!L.pages.empty()) {
        const int n = int(L.pages.size());
        const TextPage& shown = L.pages[std::size_t(std::clamp(page, 0, n - 1))];
        kept = L.body;
        kept.runs.assign(L.body.runs.begin() + long(shown.first),
                         L.body.runs.begin() + long(shown.last));
        for (PlacedRun& run : kept.runs)
            run.y -= shown.top;
        body = &kept;
        const std::string marker =
            std::to_string(std::clamp(page, 0, n - 1) + 1) + "/" + std::to_string(n);
        text_.draw_line(marker, Face::BodyBold, L.see_px, ink,
                        x + L.page_marker_end.x - text_.measure(marker, Face::BodyBold, L.see_px),
                        y + L.page_marker_end.y);
    } else if (!L.body_fits) {
        kept = L.body;
        kept.runs.clear();
        const int room = L.text_box.y + L.text_box.h - L.body_at.y;
        for (const PlacedRun& run : L.body.runs)
            if (run.y + run.height <= room)
                kept.runs.push_back(run);
        body = &kept;
    }
    SDL_Rect old{};
    const bool clipped = SDL_RenderIsClipEnabled(renderer_);
    if (clipped)
        SDL_RenderGetClipRect(renderer_, &old);
    SDL_Rect clip = panel;
    if (clipped && !SDL_IntersectRect(&old, &panel, &clip))
        clip = SDL_Rect{panel.x, panel.y, 0, 0};
    SDL_RenderSetClipRect(renderer_, &clip);
    text_.draw(*body, kBodyFaces, ink, x + L.body_at.x, y + L.body_at.y);
    SDL_RenderSetClipRect(renderer_, clipped ? &old : nullptr);
}

void CardPainter::draw_back(const Deck& deck, const CardType& type, SDL_Rect rect) {
    draw_back_art(type, deck.back_file_of(type), rect);
}

void CardPainter::draw_back(const Deck& deck, const Card& card, SDL_Rect rect) {
    if (card.two_sided())
        draw_front(deck, back_face(card), rect); // a face of its own
    else
        draw_back_art(deck.type_of(card), deck.back_file_of(card), rect);
}

void CardPainter::draw_back_art(const CardType& type, const std::filesystem::path& back,
                                SDL_Rect rect) {
    if (rect.w < 8 || rect.h < 8)
        return;
    int radius = frac(kRadius, rect.w);
    int outline = frac(kOutline, rect.w);
    // The card's own frame first; the back's art (often a full rectangle)
    // goes inside it, inset so that even its square corners stay within the
    // rounded outline, as a printed back sits inside the card's edge.
    shapes_.rounded_rect(rect, radius, type.color, type.ink, outline);
    if (back.empty())
        return;
    // The art is rasterised at the card's print proportions (backs are drawn
    // for them): a rect of other proportions would show what the file has
    // outside its view box.
    const int inset = outline + (radius * 3 + 9) / 10;
    SDL_Rect inner{rect.x + inset, rect.y + inset, rect.w - 2 * inset, rect.h - 2 * inset};
    int w = std::min(inner.w, int(inner.h * kPrintCardAspect));
    int h = std::min(inner.h, int(w / kPrintCardAspect));
    SDL_Rect fit{inner.x + (inner.w - w) / 2, inner.y + (inner.h - h) / 2, w, h};
    if (fit.w >= 4 && fit.h >= 4)
        art_.draw(back, fit);
}

void CardPainter::prepare_art(const Deck& deck, const CardType& type, int w, int h) {
    if (w < 8 || h < 8)
        return;
    // The ornament's size, as layout_card places it.
    const int od = frac(kOrnament, w);
    if (!type.art_file.empty())
        art_.prepare(type.art_file, SDL_Rect{0, 0, od, od});
    if (const std::filesystem::path& back = deck.back_file_of(type); !back.empty()) {
        // As draw_back places it: inside the frame.
        const int inset = frac(kOutline, w) + (frac(kRadius, w) * 3 + 9) / 10;
        const int iw = w - 2 * inset, ih = h - 2 * inset;
        const int fw = std::min(iw, int(ih * kPrintCardAspect));
        art_.prepare(back, SDL_Rect{0, 0, fw, std::min(ih, int(fw / kPrintCardAspect))});
    }
}

void CardPainter::clear() {
    layouts_.clear();
    art_.clear();
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
