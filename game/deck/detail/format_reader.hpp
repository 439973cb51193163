// Internal to the loader: reading the [formats.ID] tables.
#pragma once

#include "game/deck/detail/deck_reader.hpp"
#include "game/deck/detail/toml_reader.hpp"

namespace hearth::detail {

// Every [formats.ID] of `doc` into `deck.formats`; without any, the one
// format "Free play" drawing every type that is not blank (with a warning).
void read_formats(Reader& r, const toml::table& doc, Deck& deck, DeckSources& src);

} // namespace hearth::detail
