#include "tools/card_images.hpp"

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

CardImager::CardImager(FontLibrary& fonts, const PrintSpec& spec)
    : surface_(make_surface(spec)), renderer_(make_renderer(surface_.get())),
      painter_(renderer_.get(), fonts) {
    // The cut: the card rounded on its own, centred (a half pixel of bleed
    // goes to the right and bottom).
    const int tw = mm_to_px(spec.card.w, spec.dpi), th = mm_to_px(spec.card.h, spec.dpi);
    trim_ = {(surface_->w - tw) / 2, (surface_->h - th) / 2, tw, th};
}

void CardImager::clear(Color c) {
    SDL_SetRenderDrawColor(renderer_.get(), c.r, c.g, c.b, 255);
    SDL_RenderClear(renderer_.get());
}

// The bleed takes the colour just inside the card's left edge, half way
// down: the face colour on a front, the art's own colour on a back with art.
// Drawn twice: once to find that colour, once on it.
template <typename Draw> SDL_Surface* CardImager::draw_with_bleed(Color guess, Draw draw) {
    clear(guess);
    draw();
    if (trim_.x > 0) {
        Color edge = pixel(trim_.x + trim_.w * 3 / 100, trim_.y + trim_.h / 2);
        if (!(edge == guess)) {
            clear(edge);
            draw();
        }
    }
    SDL_RenderPresent(renderer_.get());
    return surface_.get();
}

Color CardImager::pixel(int x, int y) const {
    SDL_RenderPresent(renderer_.get());
    auto* row = static_cast<const std::uint8_t*>(surface_->pixels) + y * surface_->pitch;
    Uint32 v = *reinterpret_cast<const Uint32*>(row + x * 4);
    Color c;
    SDL_GetRGBA(v, surface_->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

SDL_Surface* CardImager::front(const Deck& deck, const Card& card) {
    return draw_with_bleed(deck.type_of(card).color,
                           [&] { painter_.draw_front(deck, card, trim_); });
}

SDL_Surface* CardImager::back(const Deck& deck, const CardType& type) {
    return draw_with_bleed(type.color, [&] { painter_.draw_back(deck, type, trim_); });
}

} // namespace hearth::tools
