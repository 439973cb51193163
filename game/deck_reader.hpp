// Internal to the loader: the TOML-to-Deck pass and the reference pass.
#pragma once

#include "game/deck.hpp"
#include "game/deck_loader.hpp"
#include "game/diagnostic.hpp"

#include <toml++/toml.h>

#include <vector>

namespace hearth::detail {

// Where the values the reference pass checks were written.
struct CardSources {
    SourcePos id, type, text, art, number;
    std::vector<SourcePos> see;
};
struct TypeSources {
    SourcePos art, back;
};
struct FormatSources {
    SourcePos mission_type;
    std::vector<SourcePos> draw;
};
struct DeckSources {
    SourcePos back;
    std::vector<TypeSources> types;
    std::vector<CardSources> cards;
    std::vector<FormatSources> formats;
};

// First pass: shapes, types and values of every key. Fills `deck` and `sources`.
void read_deck(const toml::table& doc, const std::string& file, Deck& deck, DeckSources& sources,
               Diagnostics& diags);

// Second pass: references between cards, types and formats, and the art files.
void check_deck(const Deck& deck, const DeckSources& sources, const LoadOptions& options,
                Diagnostics& diags);

} // namespace hearth::detail
