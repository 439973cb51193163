// The group's mission as the table shows it (I, its whole text): the one
// set with the format's mission rule, or, in a format without one that
// names a `mission_type`, the last card of that type the group played (a
// choose step's pick: Mission night lays the missions out as its turn). A
// view of the table: nothing is logged or saved for it, so every log
// replays as it did.
#pragma once

#include "game/deck/deck.hpp"

namespace hearth {

struct Session;

// The group's mission card, or null.
const Card* group_mission(const Deck& deck, const Session& s);

} // namespace hearth
