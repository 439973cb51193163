#include "tools/card_images.hpp"

#include "engine/render/asset_paths.hpp"
#include "engine/words/translation.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace hearth::tools {
namespace {

SurfacePtr make_surface(const PrintSpec& spec) {
    // The whole image is rounded once, as print services size it (2.75 in at
    // 300 dpi is 825 px, not 2 x 38 + 750).
    int w = mm_to_px(spec.card.w + 2 * spec.bleed, spec.dpi);
    int h = mm_to_px(spec.card.h + 2 * spec.bleed, spec.dpi);
    SurfacePtr s(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!s)
        throw std::runtime_error("cannot make a " + std::to_string(w) + "x" + std::to_string(h) +
                                 " image: " + SDL_GetError());
    return s;
}

RendererPtr make_renderer(SDL_Surface* s) {
    RendererPtr r(SDL_CreateSoftwareRenderer(s));
    if (!r)
        throw std::runtime_error(std::string("cannot make a software renderer: ") + SDL_GetError());
    return r;
}

} // namespace

std::string see_words_in(std::string_view language) {
    const std::string before = interface_language();
    follow_language("", language, find_locale_dir());
    std::string words = tr("see {cards}");
    set_interface_language(before, find_locale_dir());
    return words;
}

CardImager::CardImager(FontLibrary& fonts, const PrintSpec& spec)
    : surface_(make_surface(spec)), renderer_(make_renderer(surface_.get())),
      painter_(renderer_.get(), fonts), full_bleed_(spec.bleed > 0), guides_(spec.guides),
      guide_px_(std::max(1, spec.dpi / 150)) {
    // The cut: the card rounded on its own, centred (a half pixel of bleed
    // goes to the right and bottom).
    const int tw = mm_to_px(spec.card.w, spec.dpi), th = mm_to_px(spec.card.h, spec.dpi);
    trim_ = {(surface_->w - tw) / 2, (surface_->h - th) / 2, tw, th};
    const int s = std::clamp(mm_to_px(spec.safe, spec.dpi), 0, std::min(tw, th) / 4);
    safe_ = {trim_.x + s, trim_.y + s, tw - 2 * s, th - 2 * s};
    content_ = trim_;
    if (full_bleed_) {
        // The face's outermost parts (the ornament) sit 2.5% of its width
        // from its edge: inset the face until that edge is the safe line.
        const int inset = std::max(0, int(std::ceil((s - 0.025 * tw) / 0.95)));
        content_ = {trim_.x + inset, trim_.y + inset, tw - 2 * inset, th - 2 * inset};
    }
}

void CardImager::clear(Color c) {
    SDL_SetRenderDrawColor(renderer_.get(), c.r, c.g, c.b, 255);
    SDL_RenderClear(renderer_.get());
}

SDL_Surface* CardImager::whole() const {
    return surface_.get();
}

// Draws the guides when asked, and hands over the image.
SDL_Surface* CardImager::finish() {
    if (guides_) {
        SDL_Renderer* r = renderer_.get();
        auto outline = [&](SDL_Rect box, Color c, int from) {
            SDL_SetRenderDrawColor(r, c.r, c.g, c.b, 0xff);
            for (int i = from; i < from + guide_px_; ++i) {
                SDL_Rect line{box.x + i, box.y + i, box.w - 2 * i, box.h - 2 * i};
                SDL_RenderDrawRect(r, &line);
            }
        };
        // The trim line straddles the cut; the safe line lies just inside
        // the safe area's edge.
        outline(trim_, kTrimGuide, -guide_px_ / 2);
        outline(safe_, kSafeGuide, 0);
    }
    SDL_RenderPresent(renderer_.get());
    return whole();
}

SDL_Surface* CardImager::front(const Deck& deck, const Card& card) {
    if (!see_language_ || *see_language_ != deck.info.language) {
        see_language_ = deck.info.language;
        painter_.set_see_words(see_words_in(deck.info.language));
    }
    const SDL_Rect all{0, 0, surface_->w, surface_->h};
    if (full_bleed_) {
        painter_.draw_front_full_bleed(deck, card, all, content_);
    } else {
        clear(deck.type_of(card).color);
        painter_.draw_front(deck, card, trim_);
    }
    return finish();
}

SDL_Surface* CardImager::back(const Deck& deck, const Card& card) {
    if (card.two_sided())
        return front(deck, back_face(card)); // printed as a face of its own
    const SDL_Rect all{0, 0, surface_->w, surface_->h};
    if (full_bleed_) {
        painter_.draw_back_full_bleed(deck, card, all);
    } else {
        clear(deck.type_of(card).color);
        painter_.draw_back(deck, card, trim_);
    }
    return finish();
}

SDL_Surface* CardImager::back(const Deck& deck, const CardType& type) {
    const SDL_Rect all{0, 0, surface_->w, surface_->h};
    if (full_bleed_) {
        painter_.draw_back_full_bleed(deck, type, all);
    } else {
        clear(type.color);
        painter_.draw_back(deck, type, trim_);
    }
    return finish();
}

} // namespace hearth::tools
