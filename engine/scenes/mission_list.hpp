// The format's missions, as the set-up's choose step lays them out, and the
// hit test of a list of rectangles (rows, cards) for clicks and taps.
#pragma once

#include "engine/scene.hpp"

#include <string>
#include <vector>

namespace hearth {

// The deck's cards of the format's mission type, in deck order.
std::vector<const Card*> mission_cards(const Deck& deck, const Format& f);

// The row of `rows` at x, y, or -1.
int row_at(const std::vector<SDL_Rect>& rows, int x, int y);

} // namespace hearth
