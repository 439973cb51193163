// Writes a Deck back out as deck.toml text that load_deck reads to the same
// model (the round trip the tests check). Used by tools that generate or
// rewrite decks.
#pragma once

#include "game/deck/deck.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace hearth {

// The deck as TOML, in the order of the model, with defaults left out.
std::string write_deck(const Deck& deck);

// One card as a [[cards]] table, a blank line before it, keys in the
// model's order, empty ones left out. `number` is written when it differs
// from `expected_number` (the number the loader would give it); never when
// that is nullopt.
std::string card_toml(const Card& card, std::optional<int> expected_number);

// `s` as a TOML basic string, quotes included; multi-line text becomes a
// """multi-line""" string so card text stays readable.
std::string toml_quote(std::string_view s);

} // namespace hearth
