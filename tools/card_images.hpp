// Card faces at print size: the table's own card view drawn by SDL's
// software renderer onto a surface the size of the printed card plus its
// bleed. The bleed is filled with the colour just inside the card's edge,
// so a cut a little off the line shows no white edge.
#pragma once

#include "engine/render/card_view.hpp"
#include "engine/render/sdl_handles.hpp"
#include "tools/print_sizes.hpp"

namespace hearth::tools {

struct PrintSpec {
    SizeMm card{63, 88};
    double bleed = 0; // mm on each side
    int dpi = 300;
};

class CardImager {
public:
    // Fails (throws std::runtime_error) when SDL cannot make the surface.
    CardImager(FontLibrary& fonts, const PrintSpec& spec);

    int width() const { return surface_->w; }
    int height() const { return surface_->h; }
    // Where the cut is, in pixels of the image.
    SDL_Rect trim() const { return trim_; }

    // The front of `card`; the surface is reused by the next call.
    SDL_Surface* front(const Deck& deck, const Card& card);
    // The back of cards of `type`; the surface is reused by the next call.
    SDL_Surface* back(const Deck& deck, const CardType& type);

private:
    void clear(Color c);
    Color pixel(int x, int y) const;
    template <typename Draw> SDL_Surface* draw_with_bleed(Color guess, Draw draw);

    SurfacePtr surface_;
    RendererPtr renderer_;
    CardPainter painter_;
    SDL_Rect trim_{};
};

} // namespace hearth::tools
