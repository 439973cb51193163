// What the phones see of the table, and which moves each seat may make now.
// Built on the table's thread from the session, sent as JSON (docs/phones.md).
#pragma once

#include "engine/phones/phone_room.hpp"
#include "game/session/session.hpp"

#include <string>
#include <vector>

namespace hearth {

// The moves `seat` may make now (empty: none; another seat's turn).
std::vector<PhoneMove> phone_moves(const Deck& deck, const Session& s, int seat);
// The "table" object of a state message; `s` null: still at set-up.
// `version` counts the states sent, so a phone can tell a new one.
std::string phone_table_json(const Deck& deck, const Session* s, std::uint64_t version);

} // namespace hearth
