// Internal to the loader: the TOML-to-Deck pass and the reference pass.
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/deck/deck.hpp"
#include "game/deck/deck_loader.hpp"

#include <toml++/toml.h>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace hearth::detail {

// Where the values the reference pass checks were written.
struct CardSources {
    SourcePos id, type, text, art, number, back;
    std::vector<SourcePos> see;
};
struct TypeSources {
    SourcePos art, back;
    SourcePos color; // where `color` is written (line 0: not written)
};
struct FilterSources {
    std::vector<SourcePos> types;
};
struct FormatSources {
    SourcePos mission_type;
    SourcePos do_step; // where the turn names "do" (the do step's checks point there)
    SourcePos opening; // where the opening's `card` or `draw` is written
    std::vector<SourcePos> draw;
    std::vector<FilterSources> filters;
};
struct DeckSources {
    std::string_view text; // the deck file's text, for positions inside its strings
    SourcePos back;
    std::array<SourcePos, 5> fonts; // where each of [deck]'s fonts is named
    std::vector<TypeSources> types;
    std::vector<CardSources> cards;
    std::vector<FormatSources> formats;
};

// First pass: shapes, types and values of every key. Fills `deck` and `sources`.
void read_deck(const toml::table& doc, const std::string& file, Deck& deck, DeckSources& sources,
               Diagnostics& diags);

// A TOML syntax error as a diagnostic in `shown`, worded for people who edit files.
Diagnostic syntax_error(const toml::parse_error& e, std::string_view text,
                        const std::string& shown);

// `text` checked to be UTF-8 without NUL bytes and parsed as TOML, or
// nullopt with the diagnostic; `noun` names the file ("the deck file").
std::optional<toml::table> parse_toml(std::string_view text, const std::string& shown,
                                      std::string_view noun, Diagnostics& diags);

// The user's own cards: a file holding only [[cards]] tables (any number,
// none included), read with the same rules as a deck's cards into `deck`.
void read_extra_cards(const toml::table& doc, const std::string& file, Deck& deck,
                      DeckSources& sources, Diagnostics& diags);

// Second pass: references between cards, types and formats, and the art files.
// Keeps in `deck` what it learns: the resolved art paths and the parsed texts.
void check_deck(Deck& deck, const DeckSources& sources, const LoadOptions& options,
                Diagnostics& diags);

} // namespace hearth::detail
