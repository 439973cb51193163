// The group's missions as a list to choose from, the lit one's card beside
// it: set-up's third step, and the table's when set-up was skipped.
#pragma once

#include "engine/scene.hpp"

#include <string>
#include <vector>

namespace hearth {

// The deck's cards of the format's mission type, in deck order.
std::vector<const Card*> mission_cards(const Deck& deck, const Format& f);

// Draws `missions` as rows from `top` down the left half, `lit` lit, and the
// lit card at the right; returns each row's rectangle (for clicks and taps).
std::vector<SDL_Rect> draw_mission_list(Gfx& g, const Deck& deck,
                                        const std::vector<const Card*>& missions, int lit, int top);

// The row of `rows` at x, y, or -1.
int row_at(const std::vector<SDL_Rect>& rows, int x, int y);

} // namespace hearth
