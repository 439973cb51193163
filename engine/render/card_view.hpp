// The card view: one card's front or back drawn into any SDL_Renderer at any
// pixel size. The table uses it; so can hearth-deck (issue 7) to render print
// images through a software renderer on an SDL_Surface.
//
//   CardPainter painter(renderer, fonts);
//   painter.draw_front(deck, card, rect);
//   CardFitReport fit = card_text_fit(fonts, deck, card, 744, 1039);
//
// Layout is proportional to the card's width, so a card looks the same at
// every size; body text takes the largest size that fits its panel.
#pragma once

#include "engine/render/art_cache.hpp"
#include "engine/render/fonts.hpp"
#include "engine/render/shapes.hpp"
#include "engine/render/text_painter.hpp"
#include "game/deck/card_text.hpp"
#include "game/deck/deck.hpp"
#include "game/text/text_pages.hpp"

#include <map>
#include <string>

namespace hearth {

// The cross references' English words: "see 24 · 31".
inline constexpr const char* kSeeWords = "see {cards}";

// Width over height of a printed poker-size card (63 x 88 mm).
inline constexpr double kPrintCardAspect = 63.0 / 88.0;

// The smallest body text size counted readable on a card `card_h` pixels
// tall: 3% of the card's height (28 px on a 930 px card, the table's card
// at 1080p; 31 px, about 7.5 pt, on a 300 dpi print).
int min_readable_px(int card_h);

// Where everything on a card front goes, relative to the card's top-left.
struct CardLayout {
    int w = 0, h = 0;
    int radius = 0, outline = 0;
    SDL_Rect badge{}; // number disc
    std::string number_text;
    int number_px = 0;
    SDL_Point type_at{};
    int type_px = 0;
    SDL_Rect ornament{}; // the art in the corner (empty unless art = "corner")
    ArtPlace art_place = ArtPlace::Corner;
    SDL_Rect art{};         // the art's picture for "top", "full" and "only"
    bool words = true;      // false for art = "only": the art alone
    SDL_Rect header_pill{}; // behind the type name, over full art
    TextLayout title;
    SDL_Point title_at{};
    int subtitle_px = 0;
    SDL_Point subtitle_at{};
    TextDirection subtitle_dir = TextDirection::Auto; // right to left: ranged right
    SDL_Rect panel{};                                 // the light panel behind the body text
    SDL_Rect text_box{};                              // the box the body text must fit
    TextLayout body;
    SDL_Point body_at{};
    bool body_fits = false;
    // A paged layout (CardPainter::set_pages) whose body does not fit whole
    // at the readable size shows it a page at a time: the pages, and where
    // the "1/2" marker ends on the see line's row (right-aligned). Empty:
    // one page.
    std::vector<TextPage> pages;
    SDL_Point page_marker_end{};
    SDL_Rect page_marker{}; // where a click or tap turns the page (the row's right part)
    std::string see_text;   // "see 24 · 31"
    int see_px = 0;
    SDL_Point see_at{};
};

// What a tool needs to know about a card's text at one card size.
struct CardFitReport {
    bool fits = false;      // the text fits at >= min_px (on its pages, when paged)
    int pages = 1;          // the pages it takes (more than one only when paged)
    int body_px = 0;        // the size the text is set at
    int min_px = 0;         // the smallest readable size at this card size
    int title_px = 0;       // the title's size
    SDL_Rect text_box{};    // where the body text must stay, card-relative
    SDL_Rect text_bounds{}; // where the body text's lines are, card-relative
    int lines = 0;          // the body's lines at body_px
    int lines_over = 0;     // of them, how many fall below the text box
    int words_over = 0;     // the words on those lines
    bool too_wide = false;  // a word alone is wider than the text box
};

// Lays out, caches and draws card faces for one renderer.
class CardPainter {
public:
    CardPainter(SDL_Renderer* renderer, FontLibrary& fonts);

    // The layout of `card`'s front at w x h (cached).
    const CardLayout& layout(const Deck& deck, const Card& card, int w, int h);
    // Draws `card`'s front filling `rect`; a paged layout shows page `page`
    // (from 0; clamped to the last).
    void draw_front(const Deck& deck, const Card& card, SDL_Rect rect, int page = 0);
    // How many pages `card`'s front takes at w x h (1 unless paged).
    int page_count(const Deck& deck, const Card& card, int w, int h);
    // Draws the back of a card of `type` filling `rect`.
    void draw_back(const Deck& deck, const CardType& type, SDL_Rect rect);
    // Draws `card`'s own back (its `back`, else its type's) filling `rect`.
    void draw_back(const Deck& deck, const Card& card, SDL_Rect rect);
    // The side of the clear square at each corner (opaque_copy.hpp) of what
    // draw_back(deck, card, {0, 0, w, h}) paints on a clear target, known
    // without reading its pixels back: an opaque frame with the back's art
    // inside it is clear only in its rounded corners. Outside them a pixel
    // may be one level short of opaque (SDL's rounding where the art's edge
    // is blended over the frame), which a plain copy shows one level of 255
    // apart. -1 when not known (a two-sided card's back face, a frame that is
    // not opaque).
    static int back_clear_corner(const Deck& deck, const Card& card, int w);
    // For print with bleed: the face colour fills `bleed` edge to edge, with
    // no frame on the cut (where a cut a little off the line would show it),
    // and the face's content is laid out in `content` (inside the safe area).
    void draw_front_full_bleed(const Deck& deck, const Card& card, SDL_Rect bleed,
                               SDL_Rect content);
    // The back for print with bleed: the type's colour, and its back art
    // (aspect kept) covering `bleed` to its edges.
    void draw_back_full_bleed(const Deck& deck, const CardType& type, SDL_Rect bleed);
    void draw_back_full_bleed(const Deck& deck, const Card& card, SDL_Rect bleed);
    // Rasterises what the front and back of a `type` card at w x h show
    // (the type's ornament and back), without drawing: idle preparation.
    void prepare_art(const Deck& deck, const CardType& type, int w, int h);
    // Forgets cached layouts and art (after a deck reload).
    void clear();
    // The reader's high contrast wins over the deck's colours: card text in
    // black, on the type's colour lifted until the text is at least 7:1.
    void set_high_contrast(bool on) { high_contrast_ = on; }
    // The cross references' words in the interface's language, "{cards}"
    // standing for their numbers ("see {cards}", "siehe {cards}").
    void set_see_words(std::string words) {
        see_words_ = std::move(words);
        layouts_.clear();
    }

    // Paged layouts: a body that does not fit whole at the readable size is
    // shown a page at a time (the screen, where a key turns the page), not
    // cut (print, where lint reports it). Off unless asked for.
    void set_pages(bool on) {
        if (on != pages_)
            layouts_.clear();
        pages_ = on;
    }

    // How many layouts have been made, cached or not (tests, benchmarks).
    std::size_t layouts_made() const { return layouts_made_; }

    TextPainter& text() { return text_; }
    ShapePainter& shapes() { return shapes_; }
    ArtCache& art() { return art_; }

private:
    void draw_face(const Deck& deck, const Card& card, SDL_Rect rect, bool frame, int page = 0);
    void draw_body(const CardLayout& L, Color ink, SDL_Rect panel, int x, int y, int page);
    void draw_back_art(const CardType& type, const std::filesystem::path& back, SDL_Rect rect);
    void draw_back_bleed(const CardType& type, const std::filesystem::path& back, SDL_Rect bleed);

    SDL_Renderer* renderer_;
    FontLibrary& fonts_;
    TextPainter text_;
    ShapePainter shapes_;
    ArtCache art_;
    std::map<std::string, CardLayout> layouts_;
    std::size_t layouts_made_ = 0;
    bool high_contrast_ = false;
    bool pages_ = false;
    std::string see_words_ = kSeeWords;
};

// Lays out a card front without drawing (no renderer needed); the cross
// references in `see_words` (see CardPainter::set_see_words); `paged`: as
// CardPainter::set_pages.
CardLayout layout_card(FontLibrary& fonts, const Deck& deck, const Card& card, int w, int h,
                       std::string_view see_words = kSeeWords, bool paged = false);

// Does `card`'s text fit a w x h card at a readable size, and at what size;
// `paged`: on the pages a paged layout cuts it into.
CardFitReport card_text_fit(FontLibrary& fonts, const Deck& deck, const Card& card, int w, int h,
                            bool paged = false);

// True for a card laid out as a short question, centred as a printed one
// is: one paragraph of at most 160 characters (counted as characters).
bool is_short_question(const CardText& text);

} // namespace hearth
