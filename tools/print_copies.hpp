// Copies per card for print: "--copies 2" for every card, "--copies ID=3"
// for one.
#pragma once

#include "game/deck/deck.hpp"

#include <map>
#include <string>
#include <vector>

namespace hearth::tools {

// How many of each card to print: `all` of every card, or as many as
// `per_card` says for a card named there ("--copies 2", "--copies ID=3").
struct Copies {
    int all = 1;
    std::map<std::string, int, std::less<>> per_card;
    int of(const Card& card) const;
};

// Every card of `cards` as many times as `copies` says, in order. A card id
// in `copies` that the deck lacks is named in `unknown`.
std::vector<const Card*> with_copies(const Deck& deck, const std::vector<const Card*>& cards,
                                     const Copies& copies, std::string& unknown);

} // namespace hearth::tools
