#include "engine/scenes/mission_list.hpp"

namespace hearth {

std::vector<const Card*> mission_cards(const Deck& deck, const Format& f) {
    std::vector<const Card*> out;
    for (const Card& c : deck.cards)
        if (c.type == f.mission_type)
            out.push_back(&c);
    return out;
}

int row_at(const std::vector<SDL_Rect>& rows, int x, int y) {
    SDL_Point p{x, y};
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (SDL_PointInRect(&p, &rows[i]))
            return int(i);
    return -1;
}

} // namespace hearth
