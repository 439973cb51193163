// The one deck loader. The game, hearth-deck and the tests all load decks
// through load_deck, so a deck that lints clean is a deck that plays.
//
// Every problem becomes a Diagnostic with file, line and column; all of them
// are collected, not just the first. A deck with errors yields no Deck, so a
// caller holding a good deck keeps it (live reload relies on this).
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/deck/deck.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace hearth {

// Checks that an art file can be decoded; returns why not, or nullopt.
using ArtCheck = std::function<std::optional<std::string>(const std::filesystem::path& file)>;

struct LoadOptions {
    // Full decode check for art; by default a cheap header check (art_probe.hpp).
    ArtCheck check_art;
    // Whether a font the deck names opens (FreeType); by default its first
    // bytes are checked only (font_files.hpp).
    ArtCheck check_font;
    // Larger deck files are refused rather than parsed.
    std::uintmax_t max_deck_bytes = 8u << 20;
    // Larger art files are refused.
    std::uintmax_t max_art_bytes = 32u << 20;
};

struct LoadResult {
    std::optional<Deck> deck; // present only when there is no error
    Diagnostics diagnostics;
    bool ok() const { return deck.has_value(); }
};

// Loads the deck at `path`: a deck folder or its deck.toml. Diagnostics name
// the file as `path` names it, so they are clickable from where it was given.
LoadResult load_deck(const std::filesystem::path& path, const LoadOptions& options = {});

// Loads deck text held in memory, as if read from `folder`/deck.toml; art
// paths resolve against `folder`. For tests and tools that build decks.
LoadResult load_deck_text(std::string_view text, const std::filesystem::path& folder,
                          const LoadOptions& options = {});

} // namespace hearth
