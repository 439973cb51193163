// Card faces at print size: the table's own card view drawn by SDL's
// software renderer onto a surface the size of the printed card plus its
// bleed. With bleed, the face colour (and a back's art) runs to the image's
// edges with no frame on the cut, and everything on the face is laid out
// inside the safe area, so a cut a little off the line shows nothing amiss.
// Without bleed the card is drawn as on the table, its rounded frame on the
// image's edge. Guides (trim and safe lines) are drawn only when asked.
#pragma once

#include "engine/render/card_view.hpp"
#include "engine/render/sdl_handles.hpp"
#include "tools/print_sizes.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace hearth::tools {

struct PrintSpec {
    SizeMm card{63, 88};
    double bleed = 0; // mm on each side
    int dpi = 300;
    double safe = 3;     // mm inside the cut kept for the face's content
    bool guides = false; // draw the trim and safe lines on the images
};

// The colours of the guides: the trim line, and the safe line inside it.
inline constexpr Color kTrimGuide{0xe6, 0x00, 0x7e, 0xff};
inline constexpr Color kSafeGuide{0x00, 0x9f, 0xe3, 0xff};

// "see {cards}" in `language` (a deck's), as the table says it when the
// interface follows the deck: "siehe {cards}" for "de"; English for a
// language Hearth has no words for.
std::string see_words_in(std::string_view language);

class CardImager {
public:
    // Fails (throws std::runtime_error) when SDL cannot make the surface.
    CardImager(FontLibrary& fonts, const PrintSpec& spec);

    int width() const { return surface_->w; }
    int height() const { return surface_->h; }
    // Where the cut is, in pixels of the image.
    SDL_Rect trim() const { return trim_; }
    // The safe area: the trim less the safe margin.
    SDL_Rect safe() const { return safe_; }
    // Where the face is laid out: with bleed, inside the trim so that all of
    // it (the ornament at its top corner too) lies in the safe area; without
    // bleed, the trim. Fit checks measure a card at this size.
    SDL_Rect content() const { return content_; }

    // Text lines go to `sink` when it takes them, not into the image (the
    // sheet's vector text); nullptr draws them all again.
    void set_text_sink(TextSink* sink) { painter_.text().set_sink(sink); }

    // The front of `card`, its cross references in the deck's language; the
    // surface is reused by the next call.
    SDL_Surface* front(const Deck& deck, const Card& card);
    // The back of cards of `type`; the surface is reused by the next call.
    SDL_Surface* back(const Deck& deck, const CardType& type);
    // The back `card` shows: its own `back`, else its type's.
    SDL_Surface* back(const Deck& deck, const Card& card);

private:
    void clear(Color c);
    SDL_Surface* finish();
    SDL_Surface* whole() const;

    SurfacePtr surface_;
    RendererPtr renderer_;
    CardPainter painter_;
    SDL_Rect trim_{};
    SDL_Rect safe_{};
    SDL_Rect content_{};
    std::optional<std::string> see_language_; // the deck language the see words are in
    bool full_bleed_ = false;
    bool guides_ = false;
    int guide_px_ = 1;
};

} // namespace hearth::tools
