// Card view: drawing a card's front and back into a renderer, from the
// layout card_layout.cpp makes.
#include "engine/render/card_view.hpp"

#include "engine/render/card_proportions.hpp"
#include "game/deck/colour_vision.hpp"

#include <algorithm>
#include <cmath>

namespace hearth {
using namespace card_proportions;

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
        const int h = text_.fonts().line_pitch(Face::BodyBold, L.number_px).height;
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

int CardPainter::back_clear_corner(const Deck& deck, const Card& card, int w) {
    const CardType& type = deck.type_of(card);
    if (card.two_sided() || type.color.a != 0xff || type.ink.a != 0xff || w < 8)
        return -1;
    // The frame's corner pieces are `radius` square; a pixel more covers
    // their antialiased edge.
    return frac(kRadius, w) + 1;
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

} // namespace hearth
