// A rough guess at how full a card's face is, until the table's own layout
// can be asked. It counts lines of text at the proportions of a poker card
// on the table: so many characters to a line, so many lines to the face.
#pragma once

#include "game/deck.hpp"

namespace hearth::tools {

// The share of the face the card's title, subtitle and text take: 1.0 is
// full; above 1.0 likely overflows.
double estimate_fill(const Card& card);

} // namespace hearth::tools
