// The choose step's screen: the cards laid face up side by side (each its
// number, title and, up to four cards, a short form of its text), the lit
// one's full text in a panel below. The layout and the fit are here, apart
// from the table, so the fit tests hold every card to them.
#pragma once

#include "engine/render/fonts.hpp"
#include "game/deck/deck.hpp"
#include "game/text/text_layout.hpp"

#include <SDL_rect.h>

#include <string>
#include <vector>

namespace hearth {

// The smallest text the choose step draws, at 1080p.
inline constexpr int kOfferedMinPx = 28;

struct OfferedLayout {
    std::vector<SDL_Rect> cards;          // the cards laid out, left to right
    std::vector<SDL_Rect> titles, shorts; // inside each card: its title's box and its short
                                          // text's (of height 0 in two rows: none)
    SDL_Rect full{};                      // the lit card's panel
    SDL_Rect full_title{}, full_text{};   // inside the panel
    int label_px = 0, title_px = 0, short_px = 0, full_title_px = 0, full_px = 0, min_px = 0;
    // The heading ("Choose one card") and the line under it (whose turn,
    // where the others go): the cards start below them at every text size.
    int heading_px = 0, heading_y = 0, who_px = 0, who_y = 0;
    // The two hint lines at the bottom (the keys; the clicker's), each box
    // as tall as its text's line: the panel ends above the first, the first
    // ends above the second, at every text size.
    SDL_Rect hint{}, clicker{};
    int hint_px = 0, clicker_px = 0;
};

// The most cards the choose step lays out: set-up's missions, two rows of four.
inline constexpr int kMaxOffered = 8;

// The choose step's boxes for `n` cards in a w x h window: 2 to 4 side by
// side, each with a short form of its text; 5 to 8 (set-up's missions) in
// two rows, each its number and title. `zoom` is the text size factor (+/-).
OfferedLayout offered_layout(int w, int h, int n, double zoom = 1.0);

// A card's text cut short: its first paragraph, cut at a word with an
// ellipsis when longer than `chars` characters.
std::string short_text(const Card& card, std::size_t chars);

// How a card's parts fit the choose step's boxes.
struct OfferedFit {
    TextFit title, short_form, full_title, full;
};
// The card at position `i` of `L`, fitted at the smallest size `L.min_px`.
OfferedFit offered_fit(FontLibrary& fonts, const Card& card, const OfferedLayout& L, int i);

} // namespace hearth
