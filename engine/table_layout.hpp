// Where things go on the table screen, as a pure function of the screen size
// and the number of seats: the drawing code and the tests share it.
#pragma once

#include <SDL_rect.h>

#include <vector>

namespace hearth {

struct TableLayout {
    SDL_Rect header{};           // deck and format names, round
    SDL_Rect card{};             // the current card, big, in the middle
    std::vector<SDL_Rect> seats; // one pill per seat, in seat order
    SDL_Rect mission{};          // the group's mission banner
    SDL_Rect timer{};            // the timer ring (square)
    SDL_Rect draw_pile{};        // top card of the draw pile (a back)
    SDL_Rect discard{};          // top card of the discard
    SDL_Rect status{};           // what happens next, and the keys for it
    double unit = 1.0;           // scale against 1920x1080
};

// The card takes 86% of the height (less on narrow screens). On a screen
// taller than wide the card is on top and the seats, mission, timer and
// piles share the space under it.
TableLayout table_layout(int w, int h, int seats, double card_aspect);

} // namespace hearth
